// Whose events the store holds. A disconnect keeps the data (the dashboard still works offline), so connecting a
// project later must find out whether the stored events are that project's or another's, which must not mix.
import { deleteAllData, type Database } from './database';
import { getMeta, putMeta } from './meta';

const OWNER_META_KEY = 'dataOwner';

export interface DataOwner {
  origin: string;
  projectId: number;
}

/** Makes `owner` the owner of the stored data; another owner's data is deleted first. Returns whether it was. */
export async function claimStoredData(db: Database, owner: DataOwner): Promise<boolean> {
  const previous = await getMeta<DataOwner>(db, OWNER_META_KEY);
  const other = previous !== undefined && (previous.origin !== owner.origin || previous.projectId !== owner.projectId);
  if (other) await deleteAllData(db);
  await putMeta(db, OWNER_META_KEY, owner);
  return other;
}
