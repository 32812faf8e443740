import { describe, expect, it } from 'vitest';
import { openEventWriter } from '../../../src/store/event-writer';
import { cachePerStoredVersion } from '../../../src/store/stored-version-cache';
import { batchOf, freshDatabase, row, T0, uuidOf } from './fixtures';

describe('cachePerStoredVersion', () => {
  it('loads once per version and key, keeps the latest keys, forgets failures, and reloads after new events', async () => {
    const db = await freshDatabase().open();
    const loads: string[] = [];
    let fail = false;
    const cached = cachePerStoredVersion(async (_db, version, key) => {
      loads.push(key);
      if (fail) throw new Error('disk');
      return `${key}@${version.length}`;
    }, 2);

    await cached(db, 'a');
    await cached(db, 'a');
    await cached(db, 'b');
    await cached(db, 'a'); // now the most recent: 'b' is the one to drop
    await cached(db, 'c');
    await cached(db, 'a');
    expect(loads).toEqual(['a', 'b', 'c']);
    await cached(db, 'b');
    expect(loads).toEqual(['a', 'b', 'c', 'b']);

    fail = true;
    await expect(cached(db, 'd')).rejects.toThrow('disk');
    fail = false;
    await cached(db, 'd');
    expect(loads.slice(-2)).toEqual(['d', 'd']);

    await (await openEventWriter(db)).append(batchOf([row(1, { uuid: uuidOf(1, 3), timestamp: T0 })]));
    await cached(db, 'a');
    expect(loads.at(-1)).toBe('a');
  });
});
