// Dictionary coding of one text column within one chunk. The dictionary is local to the chunk so that chunks can
// be written, deleted and merged independently; readers merge the few distinct values, not the rows.
import type { DictionaryColumn } from './schema';

const UINT16_LIMIT = 65_536;

/**
 * Codes `texts[rows[k]]` for every k. null, undefined and '' all become index 0 ('' in the dictionary), so a
 * column where every row is empty comes back with `values.length === 1`.
 */
export function encodeDictionaryColumn(texts: readonly (string | null | undefined)[], rows: Uint32Array): DictionaryColumn {
  const values = [''];
  const ids = new Map<string, number>();
  const index = new Uint32Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const text = texts[rows[k] as number];
    if (!text) continue;
    let id = ids.get(text);
    if (id === undefined) {
      id = values.length;
      ids.set(text, id);
      values.push(text);
    }
    index[k] = id;
  }
  return { values, index: values.length < UINT16_LIMIT ? new Uint16Array(index) : index };
}
