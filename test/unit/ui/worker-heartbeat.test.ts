// The pages' heartbeat: a message a second while a sync runs (so a stopped worker is started again and resumes
// within ~2 s), one every ten seconds otherwise (issue 10 item 8).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_INTERVAL_MS, startWorkerHeartbeat, SYNCING_INTERVAL_MS } from '../../../src/ui/shared/worker-heartbeat';

describe('startWorkerHeartbeat', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('pings every second while the worker says a sync runs, every ten seconds when idle, and stops', async () => {
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
    await vi.advanceTimersByTimeAsync(IDLE_INTERVAL_MS - 100);
    expect(pings).toBe(idleFrom);
    await vi.advanceTimersByTimeAsync(200);
    expect(pings).toBe(idleFrom + 1);
    // A sync reported as started speeds it up again from the next beat.
    syncing = true;
    progress?.({ status: { phase: 'events' } });
    await vi.advanceTimersByTimeAsync(IDLE_INTERVAL_MS);
    const fast = pings;
    await vi.advanceTimersByTimeAsync(SYNCING_INTERVAL_MS * 2);
    expect(pings).toBe(fast + 2);
    stop();
    await vi.advanceTimersByTimeAsync(IDLE_INTERVAL_MS * 3);
    expect(pings).toBe(fast + 2);
  });
});
