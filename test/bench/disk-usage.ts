// Bytes an origin's IndexedDB takes in a Chromium profile: every file under <profile>/Default/IndexedDB whose
// folder belongs to the origin (http_127.0.0.1_<port>.indexeddb.leveldb, and .indexeddb.blob for values Chromium
// keeps as files). LevelDB compacts in the background, and while it does, a table's old and new files are both
// there (a one-record-per-event store measured 88 MB mid-compaction, 47 MB a second later); a browser closed
// mid-compaction leaves the partial output behind. So the size is read once it has stopped changing.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface DiskUsage {
  bytes: number;
  /** Bytes per top-level folder, e.g. { 'http_127.0.0.1_40123.indexeddb.leveldb': 1234 }. */
  folders: Record<string, number>;
}

export async function indexedDbDiskUsage(profileDir: string, origin: string): Promise<DiskUsage> {
  const url = new URL(origin);
  const prefix = `${url.protocol.replace(':', '')}_${url.hostname}_${url.port || (url.protocol === 'https:' ? 443 : 80)}.`;
  const root = join(profileDir, 'Default', 'IndexedDB');
  const folders: Record<string, number> = {};
  let bytes = 0;
  for (const entry of await readdir(root).catch(() => [] as string[])) {
    if (!entry.startsWith(prefix)) continue;
    folders[entry] = await treeBytes(join(root, entry));
    bytes += folders[entry];
  }
  if (bytes === 0) throw new Error(`no IndexedDB files for ${origin} under ${root}`);
  return { bytes, folders };
}

export interface SettledDiskUsage extends DiskUsage {
  /** False when the size still changed after `maxMs`: then it is the last size read. */
  settled: boolean;
  waitedMs: number;
}

/** The origin's size once it has stayed the same for `stableMs` (polled while the browser runs, databases closed). */
export async function settledDiskUsage(profileDir: string, origin: string, stableMs = 3_000, maxMs = 90_000): Promise<SettledDiskUsage> {
  const start = Date.now();
  let last = await indexedDbDiskUsage(profileDir, origin);
  let since = Date.now();
  while (Date.now() - since < stableMs) {
    if (Date.now() - start > maxMs) return { ...last, settled: false, waitedMs: Date.now() - start };
    await new Promise((resolve) => setTimeout(resolve, 250));
    const next = await indexedDbDiskUsage(profileDir, origin);
    if (JSON.stringify(next.folders) !== JSON.stringify(last.folders)) {
      last = next;
      since = Date.now();
    }
  }
  return { ...last, settled: true, waitedMs: Date.now() - start };
}

async function treeBytes(path: string): Promise<number> {
  // A compaction may delete a file between listing and reading it: it no longer counts.
  const info = await stat(path).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.size;
  let sum = 0;
  for (const entry of await readdir(path).catch(() => [] as string[])) sum += await treeBytes(join(path, entry));
  return sum;
}
