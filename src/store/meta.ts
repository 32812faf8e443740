// Small structured values under string keys: sync state, project info, the event catalog. The sync cursor is
// written through EventWriter.append instead, so that it commits with its rows.
import type { Database } from './database';

export async function getMeta<T>(db: Database, key: string): Promise<T | undefined> {
  return (await db.get('meta', key)) as T | undefined;
}

export async function putMeta(db: Database, key: string, value: unknown): Promise<void> {
  await db.put('meta', value, key);
}

export async function deleteMeta(db: Database, key: string): Promise<void> {
  await db.delete('meta', key);
}
