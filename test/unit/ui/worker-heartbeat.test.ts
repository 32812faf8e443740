// The pages' heartbeat: a message a second while a sync runs (so a stopped worker is started again and resumes
// within ~2 s), none while idle (an open side panel must not keep the worker alive for hours) (issue 10 item 8).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startWorkerHeartbeat, SYNCING_INTERVAL_MS } from '../../../src/ui/shared/worker-heartbeat';

describe('startWorkerHeartbeat', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('pings every second while the worker says a sync runs, not at all when idle, again when a sync starts, and stops', async () => {
    let syncing = true;
    let pings = 0;
    let progress: ((view: { status: { phase: string } }) => void) | undefined;
    const api = {
      request: async () => {
        pings++;
        if (pings === 3) throw new Error('Could not establish connection. Receiving end does not exist.');
        return { version: '1', syncing };
      },
      onEvent: (_name: string, listener: (view: { status: { phase: string } }) => void) => {
        progress = listener;
        return () => undefined;
      },
    };
    const stop = startWorkerHeartbeat(api as never);
    await vi.advanceTimersByTimeAsync(0);
    expect(pings).toBe(1);
    await vi.advanceTimersByTimeAsync(SYNCING_INTERVAL_MS * 3);
    // One failed answer (a worker restarting) does not end the beat.
    expect(pings).toBe(4);
    syncing = false;
    await vi.advanceTimersByTimeAsync(SYNCING_INTERVAL_MS);
    const idleFrom = pings;
    await vi.advanceTimersByTimeAsync(SYNCING_INTERVAL_MS * 60);
    expect(pings).toBe(idleFrom);
    // A sync reported as started brings the beat back.
    syncing = true;
    progress?.({ status: { phase: 'events' } });
    progress?.({ status: { phase: 'events' } });
    await vi.advanceTimersByTimeAsync(SYNCING_INTERVAL_MS * 2);
    expect(pings).toBe(idleFrom + 2);
    stop();
    await vi.advanceTimersByTimeAsync(SYNCING_INTERVAL_MS * 10);
    expect(pings).toBe(idleFrom + 2);
  });
});
