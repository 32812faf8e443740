import { SYNC_WINDOW_PRESETS, isRunning, type SyncStatus, type SyncWindowPreset } from '../../sources/sync/sync-status';
import { formatAgo, formatCount, formatDuration } from '../shared/format';
import type { SyncModel } from './sync-model';
import { WaitNotice } from './WaitNotice';

const PRESET_LABELS: Record<SyncWindowPreset, string> = { '7d': 'Last 7 days', '30d': 'Last 30 days', '90d': 'Last 90 days', '180d': 'Last 180 days', all: 'All data' };

const PHASE_LABELS: Record<SyncStatus['phase'], string> = {
  idle: 'Not synced yet', counting: 'Counting events…', events: 'Pulling events…', metadata: 'Pulling persons and groups…',
  complete: 'Up to date', stopped: 'Stopped', failed: 'Sync failed',
};

function Progress({ status }: { status: SyncStatus }) {
  const total = status.estimatedTotal;
  const fraction = total ? Math.min(1, status.pulled / total) : status.phase === 'complete' ? 1 : null;
  return (
    <div class="stack tight">
      <div
        class="progress"
        role="progressbar"
        aria-label="Sync progress"
        aria-valuemin={0}
        aria-valuemax={total ?? undefined}
        aria-valuenow={total ? status.pulled : undefined}
      >
        <div class="progress-fill" style={{ width: fraction === null ? '100%' : `${(fraction * 100).toFixed(1)}%` }} data-indeterminate={fraction === null} />
      </div>
      <p class="muted" data-testid="sync-counts">
        {formatCount(status.pulled)}
        {total !== null ? ` of ~${formatCount(total)}` : ''} events
        {status.rate ? ` · ${formatCount(Math.round(status.rate))}/s` : ''}
        {status.etaSeconds && isRunning(status) ? ` · ${formatDuration(status.etaSeconds)} left` : ''}
      </p>
    </div>
  );
}

export function SyncPanel({ model, now }: { model: SyncModel; now: number }) {
  const view = model.view.value;
  if (!view) return <p class="muted">Loading sync status…</p>;
  const { status, storedEvents } = view;
  const running = isRunning(status);
  const preset = model.preset.value ?? status.preset;
  return (
    <section class="card stack" aria-labelledby="sync-title" data-testid="sync">
      <div class="row spread">
        <h2 id="sync-title">Sync</h2>
        <span class={`badge ${status.phase}`} data-testid="sync-phase">{PHASE_LABELS[status.phase]}</span>
      </div>
      {(running || status.phase === 'stopped' || status.pulled > 0) && <Progress status={status} />}
      {status.waiting && running && <WaitNotice reason={status.waiting.reason} untilMs={status.waiting.untilMs} />}
      {status.error && <p class="error" role="alert" data-testid="sync-error">{status.error.message}</p>}
      {status.malformed > 0 && (
        <p class="muted" role="status">{formatCount(status.malformed)} rows could not be read and were skipped. First: {status.malformedExample}</p>
      )}
      <p data-testid="stored-events">
        {formatCount(storedEvents)} events stored in this browser
        {status.lastCompletedAt ? ` · last synced ${formatAgo(status.lastCompletedAt, now)}` : ''}
      </p>
      <label class="field">
        <span>Window</span>
        <select name="window" aria-label="Window" value={preset} disabled={running} onChange={(e) => model.choosePreset(e.currentTarget.value as SyncWindowPreset)}>
          {SYNC_WINDOW_PRESETS.map((p) => <option key={p} value={p}>{PRESET_LABELS[p]}</option>)}
        </select>
      </label>
      <div class="row wrap">
        {running ? (
          <button type="button" onClick={() => void model.stop()}>Stop</button>
        ) : (
          <button type="button" class="primary" onClick={() => void model.start('update')}>Sync now</button>
        )}
        <button type="button" disabled={running} onClick={() => void model.start('resync')}>Resync from scratch</button>
        <button type="button" class="danger" onClick={() => { if (confirm('Delete every event, person and group stored in this browser?')) void model.deleteLocalData(); }}>
          Delete local data
        </button>
      </div>
      {model.error.value && <p class="error" role="alert">{model.error.value}</p>}
    </section>
  );
}
