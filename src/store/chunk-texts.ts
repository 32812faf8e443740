// A chunk's texts (every row's properties JSON, then every row's elements chain) in their two stored forms, and
// back. As appended: the joined text and its offsets, as they are (the commit path is not slowed by compressing).
// Compacted: one deflate stream holding the text's UTF-8 and what it takes to split it again, smallest first:
// - when no properties text contains U+0000 (valid JSON never does: a NUL must be escaped in a string and is not
//   whitespace), each is followed by a NUL, and only the elements chains' lengths are kept (LEB128, mostly one 0
//   byte each): ~0.2 byte an event once deflated;
// - else every text's length (LEB128).
// Kept beside the compressed bytes, 2·count+1 Uint32 offsets took 8 bytes an event, ~40% of the compressed texts.
import type { ChunkPropertiesRecord } from './schema';
import { compressBytes, decompressBytes, utf8Encode } from './text-compression';

export interface ChunkTexts {
  text: string;
  /** Text k (k < count: row k's properties; k ≥ count: row k − count's elements chain) is text.slice(starts[k], ends[k]). */
  starts: Uint32Array;
  ends: Uint32Array;
}

/** The texts of a record as appended: 2·count+1 offsets cut `text` into consecutive pieces. */
export function textsFromOffsets(text: string, offsets: Uint32Array): ChunkTexts {
  return { text, starts: offsets.subarray(0, offsets.length - 1), ends: offsets.subarray(1) };
}

function writeLengths(lengths: Uint8Array, at: number, length: number): number {
  while (length >= 0x80) {
    lengths[at++] = (length & 0x7f) | 0x80;
    length >>>= 7;
  }
  lengths[at++] = length;
  return at;
}

/** The compacted form of texts as appended (`offsets`: 2·count+1, see ChunkPropertiesRecord). */
export async function compactTexts(text: string, offsets: Uint32Array): Promise<Pick<ChunkPropertiesRecord, 'compressed' | 'lengthBytes' | 'texts' | 'separated'>> {
  const texts = offsets.length - 1;
  const count = texts / 2;
  const propertiesEnd = offsets[count] as number;
  const separated = !text.slice(0, propertiesEnd).includes('\0');
  const lengths = new Uint8Array(texts * 5);
  let at = 0;
  for (let k = separated ? count : 0; k < texts; k++) at = writeLengths(lengths, at, (offsets[k + 1] as number) - (offsets[k] as number));
  let body = text;
  if (separated) {
    const parts = new Array<string>(count + 1);
    for (let i = 0; i < count; i++) parts[i] = text.slice(offsets[i], offsets[i + 1]);
    parts[count] = text.slice(propertiesEnd);
    // p0 NUL p1 NUL … p(n-1) NUL chains: a NUL after every properties text.
    body = parts.join('\0');
  }
  const utf8 = utf8Encode(body);
  const payload = new Uint8Array(at + utf8.length);
  payload.set(lengths.subarray(0, at));
  payload.set(utf8, at);
  return { compressed: await compressBytes(payload), lengthBytes: at, texts, separated };
}

/** A record's texts, in either form. */
export async function readChunkTexts(record: ChunkPropertiesRecord): Promise<ChunkTexts> {
  if (!record.compressed) return textsFromOffsets(record.text ?? '', record.offsets ?? new Uint32Array(1));
  const bytes = await decompressBytes(record.compressed);
  const lengthBytes = record.lengthBytes ?? 0;
  const texts = record.texts ?? 0;
  const count = texts / 2;
  const separated = record.separated === true;
  const text = new TextDecoder().decode(bytes.subarray(lengthBytes));
  const starts = new Uint32Array(texts);
  const ends = new Uint32Array(texts);
  let position = 0;
  let k = 0;
  if (separated) {
    for (; k < count; k++) {
      const end = text.indexOf('\0', position);
      if (end < 0) throw damaged();
      starts[k] = position;
      ends[k] = end;
      position = end + 1;
    }
  }
  let at = 0;
  for (; k < texts; k++) {
    let length = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[at++] as number;
      length += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    starts[k] = position;
    position += length;
    ends[k] = position;
  }
  if (at !== lengthBytes || position !== text.length) throw damaged();
  return { text, starts, ends };
}

const damaged = () => new Error('The stored texts of a chunk are damaged; delete the data and sync again.');
