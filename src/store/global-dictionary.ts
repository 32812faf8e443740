// Merges chunks' local dictionaries into one per column. Only the distinct values go through a hash map; the rows
// are then remapped through a small lookup table per chunk, in one pass over typed arrays. UUID-shaped values come
// as 16 bytes and are merged by a hash of their four words; their texts are made once, at the end, in one batch.
import { UuidMap, uuidWords } from './uuid-set';
import { formatUuidsFrom, UUID_BYTES } from './uuid-bytes';

export interface LocalDictionary {
  values: readonly string[];
  uuids?: Uint8Array;
}

export class GlobalDictionary {
  /** values[0] is '' (none), as in every local dictionary. Complete once `finish()` has run. */
  readonly values: string[] = [''];
  private readonly ids = new Map<string, number>();
  private uuidIds: UuidMap | null = null;
  // The UUIDs added, to be made texts at the end: their local dictionary's bytes, index there, and global id.
  private readonly uuidSources: Uint8Array[] = [];
  private readonly uuidSource: number[] = [];
  private readonly uuidLocal: number[] = [];
  private readonly uuidSlot: number[] = [];

  /** `expectedUuids`: about how many UUIDs will be merged (sizes the hash table once). */
  constructor(private readonly expectedUuids = 0) {}

  /** table[localIndex] = global index of the same value; table[0] = 0. */
  remap(local: LocalDictionary): Uint32Array {
    const { values, uuids } = local;
    const uuidCount = uuids ? uuids.length / UUID_BYTES : 0;
    const table = new Uint32Array(values.length + uuidCount);
    for (let j = 1; j < values.length; j++) {
      const text = values[j] as string;
      let id = this.ids.get(text);
      if (id === undefined) {
        id = this.values.length;
        this.ids.set(text, id);
        this.values.push(text);
      }
      table[j] = id;
    }
    if (uuids && uuidCount > 0) {
      const map = (this.uuidIds ??= new UuidMap(Math.max(this.expectedUuids, uuidCount)));
      const keys = uuidWords(uuids);
      const source = this.uuidSources.length;
      this.uuidSources.push(uuids);
      for (let u = 0; u < uuidCount; u++) {
        const next = this.values.length;
        let id = map.getOrSet(keys, u, next);
        if (id < 0) {
          id = next;
          this.values.push('');
          this.uuidSource.push(source);
          this.uuidLocal.push(u);
          this.uuidSlot.push(id);
        }
        table[values.length + u] = id;
      }
    }
    return table;
  }

  /** Writes the texts of the UUIDs merged so far into `values`. */
  finish(): string[] {
    const count = this.uuidSlot.length;
    if (count > 0) {
      const texts = formatUuidsFrom(this.uuidSources, this.uuidSource, this.uuidLocal);
      for (let k = 0; k < count; k++) this.values[this.uuidSlot[k] as number] = texts[k] as string;
      this.uuidSources.length = 0;
      this.uuidSource.length = 0;
      this.uuidLocal.length = 0;
      this.uuidSlot.length = 0;
    }
    return this.values;
  }
}

/**
 * out[at + k] = table[index[from + k]] for k < to - from. One loop per array type: a single loop fed three kinds
 * of typed array goes megamorphic and runs several times slower.
 */
export function copyRemapped(index: Uint8Array | Uint16Array | Uint32Array, table: Uint32Array, from: number, to: number, out: Uint32Array, at: number): void {
  if (index instanceof Uint8Array) copyRemapped8(index, table, from, to, out, at);
  else if (index instanceof Uint16Array) copyRemapped16(index, table, from, to, out, at);
  else copyRemapped32(index, table, from, to, out, at);
}

function copyRemapped8(index: Uint8Array, table: Uint32Array, from: number, to: number, out: Uint32Array, at: number): void {
  for (let i = from; i < to; i++) out[at++] = table[index[i] as number] as number;
}

function copyRemapped16(index: Uint16Array, table: Uint32Array, from: number, to: number, out: Uint32Array, at: number): void {
  for (let i = from; i < to; i++) out[at++] = table[index[i] as number] as number;
}

function copyRemapped32(index: Uint32Array, table: Uint32Array, from: number, to: number, out: Uint32Array, at: number): void {
  for (let i = from; i < to; i++) out[at++] = table[index[i] as number] as number;
}
