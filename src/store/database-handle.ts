// One lazily opened connection per context, opened again after the browser or a newer version closed it.
import { openDatabase, type Database } from './database';

export function databaseHandle(): () => Promise<Database> {
  let current: Promise<Database> | null = null;
  return () => {
    current ??= openDatabase({
      onClosed: () => {
        current = null;
      },
    }).catch((error: unknown) => {
      current = null;
      throw error;
    });
    return current;
  };
}
