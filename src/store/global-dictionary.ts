// Merges chunks' local dictionaries into one per column. Only the distinct values go through the Map; the rows
// are then remapped through a small lookup table per chunk, in one pass over typed arrays.

export class GlobalDictionary {
  /** values[0] is '' (none), as in every local dictionary. */
  readonly values: string[] = [''];
  private readonly ids = new Map<string, number>();

  /** table[localIndex] = global index of the same text; table[0] = 0. */
  remap(local: readonly string[]): Uint32Array {
    const table = new Uint32Array(local.length);
    for (let j = 1; j < local.length; j++) {
      const text = local[j] as string;
      let id = this.ids.get(text);
      if (id === undefined) {
        id = this.values.length;
        this.ids.set(text, id);
        this.values.push(text);
      }
      table[j] = id;
    }
    return table;
  }
}

/** out[at + k] = table[index[from + k]] for k < to - from. */
export function copyRemapped(index: Uint16Array | Uint32Array, table: Uint32Array, from: number, to: number, out: Uint32Array, at: number): void {
  for (let i = from; i < to; i++) out[at++] = table[index[i] as number] as number;
}
