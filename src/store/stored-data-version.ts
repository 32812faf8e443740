// A cheap fingerprint of the stored events and persons: every chunk's seq, size and time span, read from the
// `summary` index with a key cursor (no chunk is loaded), and the number of persons. Appends, compactions and
// deletions all change it, so a cache of anything computed from them is valid while it stays the same.
import type { Database } from './database';

export async function storedDataVersion(db: Database): Promise<string> {
  const parts: string[] = [];
  const tx = db.transaction(['chunks', 'persons']);
  const persons = tx.objectStore('persons').count();
  let cursor = await tx.objectStore('chunks').index('summary').openKeyCursor();
  while (cursor) {
    const [maxTs, minTs, count] = cursor.key;
    parts.push(`${cursor.primaryKey}:${count}:${minTs}:${maxTs}`);
    cursor = await cursor.continue();
  }
  return `${await persons}|${parts.join(',')}`;
}
