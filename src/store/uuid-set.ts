// A hash set of 16-byte UUIDs for dropping duplicate events. A Set of a million strings costs ~100 MB and a string
// per lookup; this keeps four Uint32 words per slot (open addressing, linear probing): ~40 bytes per UUID, no
// allocation per lookup. Keys are read as the four 32-bit words of a Uint32Array view of the bytes (uuidWords):
// one load per word, in the platform's byte order, which only matters within one process.
import { UUID_BYTES } from './uuid-bytes';

const EMPTY = 0;
const MAX_LOAD = 0.5;

export class UuidSet {
  private words: Uint32Array;
  private used: Uint8Array;
  private mask: number;
  size = 0;
  // The word view of the UUID column last asked about: callers ask about every row of one column in turn.
  private lastBytes: Uint8Array | null = null;
  private lastKeys: Uint32Array = new Uint32Array(0);

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity * MAX_LOAD < expected) capacity *= 2;
    this.words = new Uint32Array(capacity * 4);
    this.used = new Uint8Array(capacity);
    this.mask = capacity - 1;
  }

  /** Whether the UUID of row `row` of `uuid` (16 bytes per row) is in the set. */
  has(uuid: Uint8Array, row: number): boolean {
    return this.find(this.keysOf(uuid), row * 4) >= 0;
  }

  /** Adds the UUID of row `row`; false when it was already there. */
  add(uuid: Uint8Array, row: number): boolean {
    const keys = this.keysOf(uuid);
    const at = row * 4;
    if (this.find(keys, at) >= 0) return false;
    if (this.size + 1 > (this.mask + 1) * MAX_LOAD) this.grow();
    this.insert(keys[at] as number, keys[at + 1] as number, keys[at + 2] as number, keys[at + 3] as number);
    return true;
  }

  /** Adds every row of a uuid column. */
  addAll(uuid: Uint8Array): void {
    const rows = uuid.length / UUID_BYTES;
    for (let row = 0; row < rows; row++) this.add(uuid, row);
  }

  private keysOf(bytes: Uint8Array): Uint32Array {
    if (bytes === this.lastBytes) return this.lastKeys;
    const keys = uuidWords(bytes);
    // A copy (unaligned bytes) would not see later changes to the bytes: not kept.
    if (keys.buffer === bytes.buffer) {
      this.lastBytes = bytes;
      this.lastKeys = keys;
    }
    return keys;
  }

  /** Slot of the UUID at keys[at, at + 4), or -1. */
  private find(keys: Uint32Array, at: number): number {
    const w0 = keys[at] as number;
    const w1 = keys[at + 1] as number;
    const w2 = keys[at + 2] as number;
    const w3 = keys[at + 3] as number;
    const { words, used, mask } = this;
    for (let slot = hash(w0, w1, w2, w3) & mask; ; slot = (slot + 1) & mask) {
      if (used[slot] === EMPTY) return -1;
      const p = slot * 4;
      if (words[p] === w0 && words[p + 1] === w1 && words[p + 2] === w2 && words[p + 3] === w3) return slot;
    }
  }

  private insert(w0: number, w1: number, w2: number, w3: number): void {
    const { words, used, mask } = this;
    let slot = hash(w0, w1, w2, w3) & mask;
    while (used[slot] !== EMPTY) slot = (slot + 1) & mask;
    used[slot] = 1;
    const p = slot * 4;
    words[p] = w0;
    words[p + 1] = w1;
    words[p + 2] = w2;
    words[p + 3] = w3;
    this.size++;
  }

  private grow(): void {
    const { words, used } = this;
    const capacity = used.length * 2;
    this.words = new Uint32Array(capacity * 4);
    this.used = new Uint8Array(capacity);
    this.mask = capacity - 1;
    this.size = 0;
    for (let slot = 0; slot < used.length; slot++) {
      if (used[slot] === EMPTY) continue;
      const p = slot * 4;
      this.insert(words[p] as number, words[p + 1] as number, words[p + 2] as number, words[p + 3] as number);
    }
  }
}


// Version-7 UUIDs start with a timestamp, so every word is mixed in, not just the first.
function hash(w0: number, w1: number, w2: number, w3: number): number {
  let h = Math.imul(w0 ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ w1 ^ (h >>> 15), 0xc2b2ae35);
  h = Math.imul(h ^ w2 ^ (h >>> 13), 0x27d4eb2f);
  h = Math.imul(h ^ w3 ^ (h >>> 16), 0x165667b1);
  return (h ^ (h >>> 15)) >>> 0;
}

/**
 * 16-byte UUIDs → numbers (dictionary ids), the same open addressing as UuidSet with a value per slot. The global
 * dictionaries of UUID-shaped columns merge chunks' UUID bytes through it without making a string per lookup. Keys
 * are read as four 32-bit words of a Uint32Array (see `uuidWords`), one load each. A slot is five words, the key's
 * four then value + 1 (0 = empty), side by side: one cache miss per probe, not two.
 */
export class UuidMap {
  private slots: Uint32Array;
  private mask: number;
  size = 0;

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity * MAX_LOAD < expected) capacity *= 2;
    this.slots = new Uint32Array(capacity * 5);
    this.mask = capacity - 1;
  }

  /** The value of UUID number `k` of `keys` (4 words each), or -1. */
  get(keys: Uint32Array, k: number): number {
    const at = k * 4;
    const w0 = keys[at] as number;
    const w1 = keys[at + 1] as number;
    const w2 = keys[at + 2] as number;
    const w3 = keys[at + 3] as number;
    const { slots, mask } = this;
    for (let slot = hash(w0, w1, w2, w3) & mask; ; slot = (slot + 1) & mask) {
      const p = slot * 5;
      const stored = slots[p + 4] as number;
      if (stored === 0) return -1;
      if (slots[p] === w0 && slots[p + 1] === w1 && slots[p + 2] === w2 && slots[p + 3] === w3) return stored - 1;
    }
  }

  /** Sets the value (≥ 0) of UUID number `k` of `keys`, which is not in the map yet. */
  setNew(keys: Uint32Array, k: number, value: number): void {
    if (this.getOrSet(keys, k, value) >= 0) throw new Error('UuidMap.setNew: the UUID is in the map already');
  }

  /** The value of UUID number `k` of `keys`; when it has none, it gets `value` (≥ 0) and -1 is returned. One probe. */
  getOrSet(keys: Uint32Array, k: number, value: number): number {
    if (this.size + 1 > (this.mask + 1) * MAX_LOAD) this.grow();
    const at = k * 4;
    const w0 = keys[at] as number;
    const w1 = keys[at + 1] as number;
    const w2 = keys[at + 2] as number;
    const w3 = keys[at + 3] as number;
    const { slots, mask } = this;
    for (let slot = hash(w0, w1, w2, w3) & mask; ; slot = (slot + 1) & mask) {
      const p = slot * 5;
      const stored = slots[p + 4] as number;
      if (stored === 0) {
        slots[p] = w0;
        slots[p + 1] = w1;
        slots[p + 2] = w2;
        slots[p + 3] = w3;
        slots[p + 4] = value + 1;
        this.size++;
        return -1;
      }
      if (slots[p] === w0 && slots[p + 1] === w1 && slots[p + 2] === w2 && slots[p + 3] === w3) return stored - 1;
    }
  }

  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    this.slots = new Uint32Array(capacity * 5);
    this.mask = capacity - 1;
    const keys = new Uint32Array(4);
    this.size = 0;
    for (let p = 0; p < old.length; p += 5) {
      const stored = old[p + 4] as number;
      if (stored === 0) continue;
      keys.set(old.subarray(p, p + 4));
      this.getOrSet(keys, 0, stored - 1);
    }
  }
}

/** UUID bytes (16 each) as 32-bit words, 4 each: a view when aligned, else a copy. The words' values depend on the
 * platform's byte order, which is fine for hashing and equality within one process, never for storing. */
export function uuidWords(bytes: Uint8Array): Uint32Array {
  if (bytes.byteOffset % 4 === 0) return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  return new Uint32Array(bytes.slice().buffer);
}
