// UUIDs as 16 raw bytes: a third of the text's size, and comparable byte by byte in the text's own order.

export const UUID_BYTES = 16;

// charCode (any UTF-16 unit) → nibble value, -1 for anything that is not a hex digit. One lookup per character and
// no range checks: a 64 KB table.
const NIBBLE = new Int8Array(65_536).fill(-1);
// Only lowercase digits: the shape of a UUID this code writes back exactly.
const LOWER_NIBBLE = new Int8Array(65_536).fill(-1);
for (let c = 0; c < 10; c++) NIBBLE[48 + c] = LOWER_NIBBLE[48 + c] = c;
for (let c = 0; c < 6; c++) {
  NIBBLE[97 + c] = LOWER_NIBBLE[97 + c] = 10 + c;
  NIBBLE[65 + c] = 10 + c;
}

// Where byte b's two hex digits start, in the canonical text and in the 32-digit one.
const DASHED_AT = Uint8Array.from({ length: UUID_BYTES }, (_, b) => 2 * b + (b >= 4 ? 1 : 0) + (b >= 6 ? 1 : 0) + (b >= 8 ? 1 : 0) + (b >= 10 ? 1 : 0));

const HEX: string[] = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));
const HEX_CODES = Uint8Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

const notAUuid = (text: string) => new TypeError(`Not a UUID: "${text}"`);

function hasDashes(text: string): boolean {
  return text.charCodeAt(8) === 45 && text.charCodeAt(13) === 45 && text.charCodeAt(18) === 45 && text.charCodeAt(23) === 45;
}

/** Writes the UUID `text` (36-char canonical or 32 hex digits, any case) as 16 bytes at `out[offset]`. */
export function writeUuidBytes(text: string, out: Uint8Array, offset: number): void {
  let bad: number;
  if (text.length === 36 && hasDashes(text)) {
    bad = pair(text, 0, out, offset) | pair(text, 2, out, offset + 1) | pair(text, 4, out, offset + 2) | pair(text, 6, out, offset + 3) |
      pair(text, 9, out, offset + 4) | pair(text, 11, out, offset + 5) | pair(text, 14, out, offset + 6) | pair(text, 16, out, offset + 7) |
      pair(text, 19, out, offset + 8) | pair(text, 21, out, offset + 9) | pair(text, 24, out, offset + 10) | pair(text, 26, out, offset + 11) |
      pair(text, 28, out, offset + 12) | pair(text, 30, out, offset + 13) | pair(text, 32, out, offset + 14) | pair(text, 34, out, offset + 15);
  } else if (text.length === 32) {
    bad = 0;
    for (let b = 0; b < UUID_BYTES; b++) bad |= pair(text, 2 * b, out, offset + b);
  } else {
    bad = -1;
  }
  if (bad < 0) throw notAUuid(text);
}

/** Writes the byte of the two hex digits at text[at]; returns it, negative when one is not a hex digit. */
function pair(text: string, at: number, out: Uint8Array, to: number): number {
  const value = ((NIBBLE[text.charCodeAt(at)] as number) << 4) | (NIBBLE[text.charCodeAt(at + 1)] as number);
  out[to] = value;
  return value;
}

/** Whether `text` is a UUID in lowercase canonical form, the one formatUuid writes (so its 16 bytes are exact). */
export function isCanonicalUuid(text: string): boolean {
  if (text.length !== 36 || !hasDashes(text)) return false;
  let bad = 0;
  for (let b = 0; b < UUID_BYTES; b++) {
    const at = DASHED_AT[b] as number;
    bad |= (LOWER_NIBBLE[text.charCodeAt(at)] as number) | (LOWER_NIBBLE[text.charCodeAt(at + 1)] as number);
  }
  return bad >= 0;
}

/** The canonical lowercase text of the 16 bytes at `bytes[offset]`. */
export function formatUuid(bytes: Uint8Array, offset = 0): string {
  let text = '';
  for (let b = 0; b < UUID_BYTES; b++) {
    if (b === 4 || b === 6 || b === 8 || b === 10) text += '-';
    text += HEX[bytes[offset + b] ?? 0];
  }
  return text;
}

/**
 * The canonical texts of many UUIDs at once: `bytes` holds 16 bytes each; the texts are written as ASCII into one
 * buffer, decoded once, and cut into 36-character slices (a flat string each, no rope of 20 pieces per UUID).
 */
export function formatUuids(bytes: Uint8Array, count: number): string[] {
  return formatUuidsFrom([bytes], new Array<number>(count).fill(0), Array.from({ length: count }, (_, k) => k));
}

// Two ASCII hex digits of each byte value, high one first.
const HEX_HIGH = Uint8Array.from({ length: 256 }, (_, b) => HEX_CODES[b >>> 4] as number);
const HEX_LOW = Uint8Array.from({ length: 256 }, (_, b) => HEX_CODES[b & 15] as number);

/** The texts of UUID number locals[k] of sources[source[k]] (16 bytes each), for every k; as formatUuids. */
export function formatUuidsFrom(sources: readonly Uint8Array[], source: readonly number[], locals: readonly number[]): string[] {
  const count = locals.length;
  const ascii = new Uint8Array(count * 36);
  for (let k = 0; k < count; k++) {
    const bytes = sources[source[k] as number] as Uint8Array;
    const from = (locals[k] as number) * UUID_BYTES;
    let at = k * 36;
    for (let b = 0; b < UUID_BYTES; b++) {
      if (b === 4 || b === 6 || b === 8 || b === 10) ascii[at++] = 45;
      const byte = bytes[from + b] as number;
      ascii[at++] = HEX_HIGH[byte] as number;
      ascii[at++] = HEX_LOW[byte] as number;
    }
  }
  const all = new TextDecoder().decode(ascii);
  const texts = new Array<string>(count);
  for (let k = 0; k < count; k++) texts[k] = all.slice(k * 36, k * 36 + 36);
  return texts;
}

/** Byte-wise comparison of the UUIDs of rows a and b (16 bytes each); the order of their canonical text. */
export function compareUuidRows(uuid: Uint8Array, a: number, b: number): number {
  const pa = a * UUID_BYTES;
  const pb = b * UUID_BYTES;
  for (let k = 0; k < UUID_BYTES; k++) {
    const d = (uuid[pa + k] as number) - (uuid[pb + k] as number);
    if (d !== 0) return d;
  }
  return 0;
}
