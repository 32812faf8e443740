// Who an event's actor is when PostHog's person_id names no stored person: personless events (a v5 UUID of the
// distinct id), persons merged away or deleted. DESIGN §5 and issue 10 item 4.
import { describe, expect, it } from 'vitest';
import { emptyBatch } from '../../../../src/core/events/event-batch';
import { buildEventTable } from '../../../../src/core/engine/event-table-builder';
import { resolveActors } from '../../../../src/core/engine/actors';
import type { PersonInfo } from '../../../../src/core/events/event-table';

const PERSONLESS = '5b0e2c9a-1111-5aaa-8bbb-000000000001'; // the shape PostHog gives: version 5
const MERGED_AWAY = '0196aaaa-0000-7000-8000-00000000000b';
const SURVIVOR = '0196aaaa-0000-7000-8000-00000000000a';

function table(rows: { distinctId: string; personId: string | null }[]) {
  const batch = emptyBatch(rows.length);
  rows.forEach((row, i) => {
    batch.uuid.push(`0196bbbb-0000-7000-8000-${String(i).padStart(12, '0')}`);
    batch.event.push('$pageview');
    batch.timestamp[i] = 1_700_000_000_000 + i;
    batch.distinctId.push(row.distinctId);
    batch.personId.push(row.personId);
    batch.sessionId.push(null);
    for (const slot of batch.groups) slot.push(null);
    batch.properties.push('{}');
    batch.elementsChain.push('');
  });
  batch.length = rows.length;
  return buildEventTable([batch]).table;
}

const survivor: PersonInfo = { id: SURVIVOR, distinct_ids: ['anon-1', 'user@x'], properties: {}, created_at: 0 };

describe('resolveActors with person ids no person holds', () => {
  const events = table([
    { distinctId: 'device-9', personId: PERSONLESS },
    { distinctId: 'anon-1', personId: MERGED_AWAY },
    { distinctId: 'user@x', personId: SURVIVOR },
    { distinctId: 'orphan', personId: null },
  ]);

  it('reads a personless id as none: the actor is the distinct id, a merged-away id goes to the survivor', () => {
    const actors = resolveActors(events, { kind: 'person' }, [survivor], []);
    const actorOf = (i: number) => actors.ids[actors.actor[i]!];
    expect([0, 1, 2, 3].map(actorOf)).toEqual(['device-9', SURVIVOR, SURVIVOR, 'orphan']);
    expect(actors.ids).not.toContain(PERSONLESS);
    expect(actors.ids).not.toContain(MERGED_AWAY);
  });

  it('takes person_id as it is when no persons are known at all (a file imported without them)', () => {
    const actors = resolveActors(events, { kind: 'person' }, [], []);
    expect([0, 1, 2, 3].map((i) => actors.ids[actors.actor[i]!])).toEqual([PERSONLESS, MERGED_AWAY, SURVIVOR, 'orphan']);
  });
});
