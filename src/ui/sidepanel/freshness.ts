// How current the dashboard's data is, in words: when it was last synced, and a hint when it has gone stale. The
// panel works offline from what is stored, so it says so rather than failing.
import type { SyncView } from '../../platform/protocol';
import { isRunning } from '../../sources/sync/sync-status';
import { formatAgo } from '../shared/format';

const HOUR = 3_600_000;
/** A day without a sync: the numbers miss today's activity; the hourly top-up has not run (browser closed). */
const STALE_AFTER_MS = 24 * HOUR;

export interface Freshness {
  line: string;
  /** Set when the data is old enough to mislead. */
  stale: string | null;
}

export function describeFreshness(view: SyncView | null, lastEventDay: string | null, now: number, online: boolean): Freshness {
  const offline = online ? '' : ' · offline: showing the data stored in this browser';
  const status = view?.status ?? null;
  if (status && isRunning(status)) return { line: `Syncing now${offline}`, stale: null };
  if (status?.lastCompletedAt) {
    const age = now - status.lastCompletedAt;
    return {
      line: `Last synced ${formatAgo(status.lastCompletedAt, now)}${offline}`,
      stale: age > STALE_AFTER_MS ? `The data is ${Math.floor(age / (24 * HOUR))} day(s) old. Open the popup and choose Sync now for newer numbers.` : null,
    };
  }
  if (lastEventDay) return { line: `Imported from a file; the newest event is from ${lastEventDay}${offline}`, stale: null };
  return { line: `Nothing synced yet${offline}`, stale: null };
}
