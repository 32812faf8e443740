// The connected source, kept in storage.local (never synced). The API key stays here and in the worker.
import { readLocal, removeLocal, writeLocal } from '../platform/local-storage';
import type { ConnectionSummary } from '../platform/protocol';

export interface StoredConnection {
  origin: string;
  projectId: number;
  apiKey: string;
  projectName: string;
  timezone: string;
  connectedAt: string;
}

const KEY = 'connection.v1';

export async function loadConnection(): Promise<StoredConnection | null> {
  return (await readLocal<StoredConnection>(KEY)) ?? null;
}

export async function saveConnection(connection: StoredConnection): Promise<void> {
  await writeLocal(KEY, connection);
}

export async function clearConnection(): Promise<void> {
  await removeLocal(KEY);
}

/** What pages may see: everything but the key. */
export function summarizeConnection(connection: StoredConnection | null): ConnectionSummary | null {
  if (!connection) return null;
  const { origin, projectId, projectName, timezone, connectedAt } = connection;
  return { host: origin, projectId, projectName, timezone, connectedAt };
}
