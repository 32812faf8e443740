// UUIDs derived from the seeded generator (never crypto), in the two shapes PostHog uses:
// v7 (time-ordered: events, sessions, anonymous distinct ids) and v4 (person ids).
//
// Written as ASCII into one reused buffer and read back as a single flat string: gluing 12 hex pieces
// with `+` leaves a tree of rope nodes per uuid, ~8× the memory, and with a day of events held for
// sorting that garbage dominated the run time of large datasets.
import type { Random } from './random.ts';

const HEX_DIGITS = Uint8Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const DASH = 0x2d;
const scratch = Buffer.alloc(36, DASH);

function putHex(x: number, at: number, digits: number): void {
  for (let i = at + digits - 1; i >= at; i--) {
    scratch[i] = HEX_DIGITS[x & 15] as number;
    x >>>= 4;
  }
}

/** Version nibble, 12 random bits, the RFC 9562 variant, then 62 more random bits (chars 14–35). */
function putRandomTail(version: number, rng: Random): string {
  const r1 = rng.nextUint32();
  const r2 = rng.nextUint32();
  const r3 = rng.nextUint32();
  putHex(version, 14, 1);
  putHex(r1 & 0xfff, 15, 3);
  putHex(0x8000 | ((r1 >>> 12) & 0x3fff), 19, 4);
  putHex(r2, 24, 8);
  putHex(r3 & 0xffff, 32, 4);
  return scratch.toString('latin1', 0, 36);
}

/**
 * A UUIDv7 whose first 48 bits are `ms`: its text sorts like its timestamp, as PostHog's event uuids,
 * session ids and anonymous distinct ids do.
 */
export function uuidV7(ms: number, rng: Random): string {
  putHex(Math.floor(ms / 65536) >>> 0, 0, 8);
  putHex(ms & 0xffff, 9, 4);
  return putRandomTail(7, rng);
}

export function uuidV4(rng: Random): string {
  putHex(rng.nextUint32(), 0, 8);
  putHex(rng.nextUint32() >>> 16, 9, 4);
  return putRandomTail(4, rng);
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[47][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
