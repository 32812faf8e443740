import type { SyncView } from '../../platform/protocol';
import { isRunning } from '../../sources/sync/sync-status';
import { formatAgo, formatCount } from '../shared/format';

/** What this browser holds, so the user knows what the dashboard will be computed from. */
export function StoredDataCard({ view, now }: { view: SyncView; now: number }) {
  const { status, storedEvents } = view;
  const day = (ms: number | null) => (ms === null ? '…' : new Date(ms).toISOString().slice(0, 10));
  return (
    <section class="card stack tight" aria-labelledby="stored-title" data-testid="panel-stored">
      <h2 id="stored-title">{storedEvents > 0 ? `${formatCount(storedEvents)} events stored in this browser` : 'No events stored yet'}</h2>
      {storedEvents > 0 && status.storedFromMs !== null && (
        <p class="muted">From {day(status.storedFromMs)} to {day(status.syncedUntilMs)}</p>
      )}
      <p class="muted" data-testid="panel-sync-line">
        {isRunning(status)
          ? `Syncing: ${formatCount(status.pulled)}${status.estimatedTotal !== null ? ` of ~${formatCount(status.estimatedTotal)}` : ''} events pulled`
          : status.lastCompletedAt
            ? `Last synced ${formatAgo(status.lastCompletedAt, now)}`
            : storedEvents > 0 ? 'Imported from a file' : 'Sync from the popup, or import an export file below.'}
      </p>
    </section>
  );
}
