// While a popup or side panel is open and a sync runs, the page messages the service worker every second. Chrome
// stops an extension's worker when it likes (and a user or a crash can kill it); a message starts it again, and
// its start-up resumes an interrupted sync (extension/background.ts). So with a page open a sync stopped mid-run
// goes on within about two seconds, not at the next watchdog alarm (up to a minute). With no sync running the page
// sends nothing, so an open side panel does not keep the worker alive for hours: the worker's progress broadcast
// says when a sync starts, and the beat starts again then.
import type { ExtensionApi } from '../../platform/extension-api';

export const SYNCING_INTERVAL_MS = 1_000;

const RUNNING = ['counting', 'events', 'metadata'];

/** Starts the heartbeat; the returned function stops it. */
export function startWorkerHeartbeat(api: Pick<ExtensionApi, 'request' | 'onEvent'>, timers: { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout } = globalThis): () => void {
  let syncing = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const schedule = () => {
    if (!stopped && syncing && timer === undefined) timer = timers.setTimeout(() => void beat(), SYNCING_INTERVAL_MS);
  };
  const beat = async () => {
    timer = undefined;
    try {
      syncing = (await api.request('ping', null)).syncing;
    } catch {
      // A worker being restarted may not answer this one; the next beat asks again.
    }
    schedule();
  };
  const stopListening = api.onEvent('syncProgress', (view) => {
    syncing = RUNNING.includes(view.status.phase);
    schedule();
  });
  // The first message also wakes a worker that was stopped mid-sync while no page was open.
  void beat();
  return () => {
    stopped = true;
    stopListening();
    if (timer !== undefined) timers.clearTimeout(timer);
  };
}
