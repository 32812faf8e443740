// A hash set of 16-byte UUIDs for dropping duplicate events. A Set of a million strings costs ~100 MB and a string
// per lookup; this keeps four Uint32 words per slot (open addressing, linear probing): ~40 bytes per UUID, no
// allocation per lookup.
import { UUID_BYTES } from './uuid-bytes';

const EMPTY = 0;
const MAX_LOAD = 0.5;

export class UuidSet {
  private words: Uint32Array;
  private used: Uint8Array;
  private mask: number;
  size = 0;

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity * MAX_LOAD < expected) capacity *= 2;
    this.words = new Uint32Array(capacity * 4);
    this.used = new Uint8Array(capacity);
    this.mask = capacity - 1;
  }

  /** Whether the UUID of row `row` of `uuid` (16 bytes per row) is in the set. */
  has(uuid: Uint8Array, row: number): boolean {
    return this.find(uuid, row * UUID_BYTES) >= 0;
  }

  /** Adds the UUID of row `row`; false when it was already there. */
  add(uuid: Uint8Array, row: number): boolean {
    const at = row * UUID_BYTES;
    if (this.find(uuid, at) >= 0) return false;
    if (this.size + 1 > (this.mask + 1) * MAX_LOAD) this.grow();
    this.insert(word(uuid, at), word(uuid, at + 4), word(uuid, at + 8), word(uuid, at + 12));
    return true;
  }

  /** Adds every row of a uuid column. */
  addAll(uuid: Uint8Array): void {
    const rows = uuid.length / UUID_BYTES;
    for (let row = 0; row < rows; row++) this.add(uuid, row);
  }

  /** Slot of the UUID at `uuid[at]`, or -1. */
  private find(uuid: Uint8Array, at: number): number {
    const w0 = word(uuid, at);
    const w1 = word(uuid, at + 4);
    const w2 = word(uuid, at + 8);
    const w3 = word(uuid, at + 12);
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

function word(bytes: Uint8Array, at: number): number {
  return ((bytes[at] as number) | ((bytes[at + 1] as number) << 8) | ((bytes[at + 2] as number) << 16) | ((bytes[at + 3] as number) << 24)) >>> 0;
}

// Version-7 UUIDs start with a timestamp, so every word is mixed in, not just the first.
function hash(w0: number, w1: number, w2: number, w3: number): number {
  let h = Math.imul(w0 ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ w1 ^ (h >>> 15), 0xc2b2ae35);
  h = Math.imul(h ^ w2 ^ (h >>> 13), 0x27d4eb2f);
  h = Math.imul(h ^ w3 ^ (h >>> 16), 0x165667b1);
  return (h ^ (h >>> 15)) >>> 0;
}
