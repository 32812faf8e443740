// UUIDs as 16 raw bytes: a third of the text's size, and comparable byte by byte in the text's own order.

export const UUID_BYTES = 16;

// charCode → nibble value, -1 for anything that is not a hex digit.
const NIBBLE = new Int8Array(128).fill(-1);
for (let c = 0; c < 10; c++) NIBBLE[48 + c] = c;
for (let c = 0; c < 6; c++) {
  NIBBLE[97 + c] = 10 + c;
  NIBBLE[65 + c] = 10 + c;
}

const HEX: string[] = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** Writes the UUID `text` (36-char canonical or 32 hex digits, any case) as 16 bytes at `out[offset]`. */
export function writeUuidBytes(text: string, out: Uint8Array, offset: number): void {
  const dashed = text.length === 36;
  if (!dashed && text.length !== 32) throw new TypeError(`Not a UUID: "${text}"`);
  let at = 0;
  for (let b = 0; b < UUID_BYTES; b++) {
    if (dashed && (at === 8 || at === 13 || at === 18 || at === 23)) {
      if (text.charCodeAt(at) !== 45) throw new TypeError(`Not a UUID: "${text}"`);
      at++;
    }
    const hi = NIBBLE[text.charCodeAt(at) & 127] ?? -1;
    const lo = NIBBLE[text.charCodeAt(at + 1) & 127] ?? -1;
    if (hi < 0 || lo < 0 || text.charCodeAt(at) > 127 || text.charCodeAt(at + 1) > 127) {
      throw new TypeError(`Not a UUID: "${text}"`);
    }
    out[offset + b] = (hi << 4) | lo;
    at += 2;
  }
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
