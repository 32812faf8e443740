// One customer's profile from the stored events. Cost is one pass over the actor column plus work on that
// actor's events only; JSON is parsed just for its payments, errors, tickets and the history page shown.
import { formatTimestamp } from '../events/timestamps';
import { historyPage, normalizePaging } from './activity-history';
import { groupIntoSessions } from './activity-sessions';
import { actorIndexOf, rowsOfActor } from './actor-rows';
import { PROFILE_ROLES, type CustomerProfile } from './customer-profile';
import { groupErrors } from './error-groups';
import { buildIdentity, resolveActor } from './identity';
import { buildMilestones } from './milestones';
import type { ProfileInput, ProfileOptions } from './profile-input';
import { groupTickets } from './support-tickets';
import { usageWindows } from './usage-windows';

/** null when the actor has no stored event and no person or group record. */
export function buildCustomerProfile(input: ProfileInput, options: ProfileOptions = {}): CustomerProfile | null {
  const { table, actors, roles } = input;
  const actorIndex = actorIndexOf(actors, input.actorId);
  const resolved = resolveActor(input, actorIndex);
  const rows = rowsOfActor(actors, actorIndex);
  if (rows.length === 0 && !resolved.person && !resolved.group) return null;

  const identity = buildIdentity(input, resolved, rows);
  const firstRow = rows[0];
  const lastRow = rows[rows.length - 1];
  const record = resolved.person ?? resolved.group;
  const firstEventMs = firstRow === undefined ? NaN : table.timestamp[firstRow]!;
  const createdMs = record && Number.isFinite(record.created_at) ? record.created_at : NaN;
  const firstSeenMs = Math.min(...[firstEventMs, createdMs].filter(Number.isFinite));

  const lastStoredMs = table.count > 0 ? table.timestamp[table.count - 1]! : NaN;
  const nowMs = input.now !== undefined && Number.isFinite(input.now) ? input.now : lastStoredMs;
  const { page, pageSize } = normalizePaging(options.historyPage, options.historyPageSize);

  return {
    ...identity,
    first_seen: Number.isFinite(firstSeenMs) ? formatTimestamp(firstSeenMs) : null,
    last_seen: lastRow === undefined ? null : formatTimestamp(table.timestamp[lastRow]!),
    event_count: rows.length,
    missing_roles: PROFILE_ROLES.filter((role) => roles[role] === null),
    milestones: buildMilestones(table, rows, roles),
    usage: roles.activity
      ? {
          as_of: Number.isFinite(nowMs) ? formatTimestamp(nowMs) : null,
          windows: usageWindows(table, rows, roles.activity, nowMs),
        }
      : null,
    history: historyPage(table, groupIntoSessions(table, rows), roles, page, pageSize),
    errors: groupErrors(table, rows),
    tickets: roles.support_ticket ? groupTickets(table, rows, roles.support_ticket) : null,
  };
}
