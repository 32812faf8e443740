// The table keeps each uuid as 16 raw bytes; the profile hands out the canonical text PostHog uses, so an event
// can be looked up or linked by it.
const HEX: string[] = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** Lowercase 8-4-4-4-12 text of row `row`'s uuid. */
export function uuidTextAt(uuid: Uint8Array, row: number): string {
  const at = row * 16;
  let text = '';
  for (let b = 0; b < 16; b++) {
    if (b === 4 || b === 6 || b === 8 || b === 10) text += '-';
    text += HEX[uuid[at + b] ?? 0];
  }
  return text;
}
