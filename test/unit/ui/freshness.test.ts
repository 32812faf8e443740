import { describe, expect, it } from 'vitest';
import type { SyncView } from '../../../src/platform/protocol';
import { idleStatus } from '../../../src/sources/sync/sync-status';
import { describeFreshness } from '../../../src/ui/sidepanel/freshness';

const now = Date.UTC(2026, 10, 29, 12);
const view = (change: Partial<SyncView['status']>): SyncView => ({ status: { ...idleStatus(now), ...change }, storedEvents: 10 });

describe('describeFreshness', () => {
  it('says when the data was last synced, and hints after a day without a sync', () => {
    expect(describeFreshness(view({ phase: 'complete', lastCompletedAt: now - 2 * 3_600_000 }), '2026-11-29', now, true)).toEqual({ line: 'Last synced 2 h 0 min ago', stale: null });
    const old = describeFreshness(view({ phase: 'complete', lastCompletedAt: now - 3 * 86_400_000 }), '2026-11-26', now, true);
    expect(old.stale).toMatch(/3 day\(s\) old.*Sync now/);
  });

  it('says so while syncing, for imported files, and when offline', () => {
    expect(describeFreshness(view({ phase: 'events' }), null, now, true).line).toBe('Syncing now');
    expect(describeFreshness(view({}), '2026-10-01', now, false).line).toBe('Imported from a file; the newest event is from 2026-10-01 · offline: showing the data stored in this browser');
    expect(describeFreshness(null, null, now, true)).toEqual({ line: 'Nothing synced yet', stale: null });
  });
});
