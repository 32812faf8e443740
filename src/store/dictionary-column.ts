// Dictionary coding of one text column within one chunk. The dictionary is local to the chunk so that chunks can
// be written, deleted and merged independently; readers merge the few distinct values, not the rows.
import type { CodedIndex, DictionaryColumn, KeptColumnRecord } from './schema';
import { isCanonicalUuid, UUID_BYTES, writeUuidBytes } from './uuid-bytes';

/** An array for `count` entries of values < `limit`, as narrow as they allow. */
export function codedArray(count: number, limit: number): CodedIndex {
  return limit <= 256 ? new Uint8Array(count) : limit <= 65_536 ? new Uint16Array(count) : new Uint32Array(count);
}

/** Row numbers of a chunk of `rows` rows, for `count` of them. */
export function rowArray(count: number, rows: number): Uint16Array | Uint32Array {
  return rows <= 65_536 ? new Uint16Array(count) : new Uint32Array(count);
}

const indexBytes = (size: number) => (size <= 256 ? 1 : size <= 65_536 ? 2 : 4);

/** A column of a chunk coded against its local dictionary: codes[k] for row k (0 = none), `size` entries. */
export interface LocalColumn {
  values: string[];
  uuids: Uint8Array | null;
  codes: Uint32Array;
  /** Entries of the dictionary: values, then UUIDs. */
  size: number;
  /** Rows with a value. */
  present: number;
}

/** A text column to code: its texts by batch row, and whether '' is a value (else none, like null). */
export interface ColumnTexts {
  texts: readonly (string | null | undefined)[];
  emptyIsValue: boolean;
}

interface Coding {
  texts: readonly (string | null | undefined)[];
  emptyIsValue: boolean;
  ids: Map<string, number>;
  distinct: string[];
  codes: Uint32Array;
  present: number;
  previous: string | null;
  previousId: number;
}

/**
 * Codes `texts[rows[k]]` for every k of every column, each against a dictionary of its distinct texts in order of
 * first appearance, laid out as a DictionaryColumn's: '' at 0 (none), the other texts in `values`, the ones shaped
 * as lowercase canonical UUIDs as 16 bytes after them. null and undefined are none; '' too unless `emptyIsValue`.
 *
 * All columns in one pass over the rows: the texts of one row were allocated side by side by JSON.parse, so reading
 * them row by row is ~1.7× faster than column by column, where every text is a cache miss of its own. A text equal
 * to the row before's is not hashed again (each is a fresh string, so a Map would hash every one).
 */
export function codeColumns(columns: readonly ColumnTexts[], rows: Uint32Array): LocalColumn[] {
  const codings: Coding[] = columns.map(({ texts, emptyIsValue }) => ({
    texts, emptyIsValue, ids: new Map(), distinct: [], codes: new Uint32Array(rows.length), present: 0, previous: null, previousId: 0,
  }));
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k] as number;
    for (let c = 0; c < codings.length; c++) {
      const coding = codings[c] as Coding;
      const text = coding.texts[row];
      if (text === null || text === undefined || (text === '' && !coding.emptyIsValue)) continue;
      coding.present++;
      if (text === coding.previous) {
        coding.codes[k] = coding.previousId;
        continue;
      }
      let id = coding.ids.get(text);
      if (id === undefined) {
        coding.distinct.push(text);
        id = coding.distinct.length;
        coding.ids.set(text, id);
      }
      coding.codes[k] = id;
      coding.previous = text;
      coding.previousId = id;
    }
  }
  return codings.map(layOut);
}

/** One column: see codeColumns. */
export function codeColumn(texts: readonly (string | null | undefined)[], rows: Uint32Array, emptyIsValue: boolean): LocalColumn {
  return codeColumns([{ texts, emptyIsValue }], rows)[0] as LocalColumn;
}

/** The dictionary of a coding: texts first, UUIDs after; codes renumbered when some are UUIDs. */
function layOut({ distinct, codes, present }: Coding): LocalColumn {
  const values = [''];
  const uuidIds: number[] = [];
  for (let j = 0; j < distinct.length; j++) {
    const text = distinct[j] as string;
    if (isCanonicalUuid(text)) uuidIds.push(j);
    else values.push(text);
  }
  let uuids: Uint8Array | null = null;
  if (uuidIds.length > 0) {
    const final = new Uint32Array(distinct.length + 1);
    uuids = new Uint8Array(uuidIds.length * UUID_BYTES);
    let next = 1;
    for (let j = 0, u = 0; j < distinct.length; j++) {
      if (u < uuidIds.length && uuidIds[u] === j) {
        final[j + 1] = values.length + u;
        writeUuidBytes(distinct[j] as string, uuids, u * UUID_BYTES);
        u++;
      } else {
        final[j + 1] = next++;
      }
    }
    for (let k = 0; k < codes.length; k++) codes[k] = final[codes[k] as number] as number;
  }
  return { values, uuids, codes, size: distinct.length + 1, present };
}

/** The codes in the narrowest array for a dictionary of `size` entries. */
function narrowed(codes: ArrayLike<number>, size: number): CodedIndex {
  const index = codedArray(codes.length, size);
  index.set(codes);
  return index;
}

/** Codes `texts[rows[k]]` for every k; null, undefined and '' are all none (index 0). */
export function encodeDictionaryColumn(texts: readonly (string | null | undefined)[], rows: Uint32Array): DictionaryColumn {
  // Group slots a project does not use are empty on every row: no map, no row array.
  if (!rows.some((row) => texts[row])) return { values: [''], index: new Uint8Array(rows.length) };
  return storeDictionaryColumn(codeColumn(texts, rows, false));
}

/** A coded column as stored, a code per row. */
export function storeDictionaryColumn(column: LocalColumn): DictionaryColumn {
  const index = narrowed(column.codes, column.size);
  return column.uuids ? { values: column.values, uuids: column.uuids, index } : { values: column.values, index };
}

/**
 * A column as a function of another column of the chunk (its `parent`): `table[p]` is the code of rows whose parent
 * code is p, and the rows where that does not hold are listed with their codes. E.g. a distinct_id's person, a
 * session's distinct_id, a URL's path: a row then costs nothing but its exceptions. null when that would take more
 * than half the bytes of a code per row.
 */
export function deriveColumn(parent: LocalColumn, child: LocalColumn): { table: CodedIndex; rows: Uint16Array | Uint32Array; index: CodedIndex } | null {
  const n = child.codes.length;
  const childBytes = indexBytes(child.size);
  const budget = (n * childBytes) / 2;
  const perException = (n <= 65_536 ? 2 : 4) + childBytes;
  const maxExceptions = Math.floor((budget - parent.size * childBytes) / perException);
  if (maxExceptions < 0) return null;
  const { codes: parentCodes } = parent;
  const { codes } = child;
  const first = new Int32Array(parent.size).fill(-1);
  let exceptions = 0;
  for (let i = 0; i < n; i++) {
    const p = parentCodes[i] as number;
    const c = codes[i] as number;
    const seen = first[p] as number;
    if (seen === -1) first[p] = c;
    else if (seen !== c && ++exceptions > maxExceptions) return null;
  }
  const table = codedArray(parent.size, child.size);
  for (let p = 0; p < parent.size; p++) table[p] = Math.max(0, first[p] as number);
  const rows = rowArray(exceptions, n);
  const index = codedArray(exceptions, child.size);
  for (let i = 0, e = 0; i < n; i++) {
    const c = codes[i] as number;
    if (table[parentCodes[i] as number] !== c) {
      rows[e] = i;
      index[e++] = c;
    }
  }
  return { table, rows, index };
}

/** A kept property's column in a chunk: a KeptColumnRecord without its key. */
export type SparseColumn = Omit<KeptColumnRecord, 'property' | 'seq'>;

/**
 * One kept property of a chunk: only the rows with a value (not null or undefined; '' is a value) listed with their
 * codes, or, when most rows have one, a code for every row with 0 for none (whichever is smaller).
 */
export function storeSparseColumn(column: LocalColumn): SparseColumn {
  const { values, uuids, codes, size, present } = column;
  const n = codes.length;
  let listed: Uint16Array | Uint32Array | null = null;
  let index: CodedIndex;
  if (present * ((n <= 65_536 ? 2 : 4) + indexBytes(size)) < n * indexBytes(size)) {
    listed = rowArray(present, n);
    index = codedArray(present, size);
    for (let k = 0, j = 0; k < n; k++) {
      const code = codes[k] as number;
      if (code === 0) continue;
      listed[j] = k;
      index[j++] = code;
    }
  } else {
    index = narrowed(codes, size);
  }
  return uuids ? { values, uuids, rows: listed, index } : { values, rows: listed, index };
}
