// While a popup or side panel is open, it messages the service worker: every second while a sync runs, every ten
// otherwise. Chrome stops an extension's worker when it likes (and a user or a crash can kill it); a message
// starts it again, and its start-up resumes an interrupted sync (extension/background.ts). So with a page open a
// sync stopped mid-run goes on within about two seconds, not at the next watchdog alarm (up to a minute).
import type { ExtensionApi } from '../../platform/extension-api';

export const SYNCING_INTERVAL_MS = 1_000;
export const IDLE_INTERVAL_MS = 10_000;

/** Starts the heartbeat; the returned function stops it. */
export function startWorkerHeartbeat(api: Pick<ExtensionApi, 'request' | 'onEvent'>, timers: { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout } = globalThis): () => void {
  let syncing = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const stopListening = api.onEvent('syncProgress', (view) => {
    syncing = ['counting', 'events', 'metadata'].includes(view.status.phase);
  });
  const beat = async () => {
    try {
      syncing = (await api.request('ping', null)).syncing;
    } catch {
      // A worker being restarted may not answer this one; the next beat asks again.
    }
    if (!stopped) timer = timers.setTimeout(() => void beat(), syncing ? SYNCING_INTERVAL_MS : IDLE_INTERVAL_MS);
  };
  void beat();
  return () => {
    stopped = true;
    stopListening();
    if (timer !== undefined) timers.clearTimeout(timer);
  };
}
