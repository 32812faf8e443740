// An EventTable from decoded events held in memory: what the CLI and tests use where the extension reads the
// store. Sorted by (timestamp, uuid); events whose uuid was already seen are dropped (DESIGN §5).
import { GROUP_SLOTS, type EventBatch } from '../events/event-batch';
import type { EventTable } from '../events/event-table';
import type { KeptColumn } from '../events/kept-properties';

class Dictionary {
  readonly values: string[] = [''];
  private readonly index = new Map<string, number>([['', 0]]);
  private readonly keptIndex = new Map<string, number>();

  /** For kept properties: every text, '' included, gets a code of its own; 0 stays none. */
  codeKept(value: string): number {
    let code = this.keptIndex.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.keptIndex.set(value, code);
    }
    return code;
  }

  code(value: string | null | undefined): number {
    if (value === null || value === undefined || value === '') return 0;
    let code = this.index.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.index.set(value, code);
    }
    return code;
  }
}

function uuidBytes(uuid: string, out: Uint8Array, at: number): void {
  const hex = uuid.replace(/-/g, '');
  for (let b = 0; b < 16; b++) out[at + b] = parseInt(hex.slice(b * 2, b * 2 + 2), 16) || 0;
}

/** Merges batches into one table; `duplicates` counts the events dropped for a uuid seen before. */
export function buildEventTable(batches: readonly EventBatch[]): { table: EventTable; duplicates: number } {
  const rows: { batch: EventBatch; i: number }[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  for (const batch of batches) {
    for (let i = 0; i < batch.length; i++) {
      const uuid = batch.uuid[i]!;
      if (seen.has(uuid)) {
        duplicates++;
        continue;
      }
      seen.add(uuid);
      rows.push({ batch, i });
    }
  }
  rows.sort((a, b) => a.batch.timestamp[a.i]! - b.batch.timestamp[b.i]! || (a.batch.uuid[a.i]! < b.batch.uuid[b.i]! ? -1 : a.batch.uuid[a.i]! > b.batch.uuid[b.i]! ? 1 : 0));

  const count = rows.length;
  const dictionaries = { event: new Dictionary(), person: new Dictionary(), distinct: new Dictionary(), session: new Dictionary() };
  const groupDictionaries = Array.from({ length: GROUP_SLOTS }, () => new Dictionary());
  const table: EventTable = {
    count,
    timestamp: new Float64Array(count),
    uuid: new Uint8Array(count * 16),
    event: new Uint32Array(count),
    eventNames: dictionaries.event.values,
    person: new Uint32Array(count),
    personIds: dictionaries.person.values,
    distinct: new Uint32Array(count),
    distinctIds: dictionaries.distinct.values,
    session: new Uint32Array(count),
    sessionIds: dictionaries.session.values,
    groups: Array.from({ length: GROUP_SLOTS }, () => new Uint32Array(count)),
    groupKeys: groupDictionaries.map((d) => d.values),
    properties: new Array<string>(count),
    elementsChain: new Array<string>(count),
  };
  // Kept properties the batches carry, dictionary-coded as the store reads them (0 = none).
  const keptKeys = [...new Set(batches.flatMap((b) => Object.keys(b.kept ?? {})))];
  const keptDictionaries = new Map(keptKeys.map((key) => [key, new Dictionary()]));
  const kept: Record<string, KeptColumn> = {};
  for (const key of keptKeys) kept[key] = { index: new Uint32Array(count), values: keptDictionaries.get(key)!.values };
  rows.forEach(({ batch, i }, row) => {
    for (const key of keptKeys) {
      const value = batch.kept?.[key]?.[i];
      // A kept '' is a value of its own, unlike the other columns' '' = none.
      if (value !== null && value !== undefined) kept[key]!.index[row] = keptDictionaries.get(key)!.codeKept(value);
    }
    table.timestamp[row] = batch.timestamp[i]!;
    uuidBytes(batch.uuid[i]!, table.uuid, row * 16);
    table.event[row] = dictionaries.event.code(batch.event[i]);
    table.person[row] = dictionaries.person.code(batch.personId[i]);
    table.distinct[row] = dictionaries.distinct.code(batch.distinctId[i]);
    table.session[row] = dictionaries.session.code(batch.sessionId[i]);
    for (let g = 0; g < GROUP_SLOTS; g++) table.groups[g]![row] = groupDictionaries[g]!.code(batch.groups[g]![i]);
    table.properties[row] = batch.properties[i]!;
    table.elementsChain[row] = batch.elementsChain[i]!;
  });
  if (keptKeys.length > 0) table.kept = kept;
  return { table, duplicates };
}
