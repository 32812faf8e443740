import { formatCount } from '../shared/format';
import type { ImportModel } from './import-model';

export function ImportCard({ model }: { model: ImportModel }) {
  const state = model.state.value;
  const report = state?.report;
  return (
    <section class="card stack" aria-labelledby="import-title">
      <h2 id="import-title">Import events from a file</h2>
      <p class="muted">A PostHog event export as JSONL (one event per line), or a query-API JSON response. The file stays in this browser.</p>
      <label class="field">
        <span>Events file</span>
        <input
          type="file"
          name="events-file"
          accept=".jsonl,.ndjson,.json,.txt"
          disabled={state?.running}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void model.importFile(file);
            e.currentTarget.value = '';
          }}
        />
      </label>
      {state && (
        <p role="status" data-testid="import-status">
          {state.running ? `Importing ${state.fileName}… ` : `${state.fileName}: `}
          {report ? `${formatCount(report.stored)} events stored, ${formatCount(report.duplicates)} already there` : ''}
          {report && report.malformed > 0 ? `, ${formatCount(report.malformed)} unreadable (first: ${report.malformedExample})` : ''}
        </p>
      )}
      {state?.error && <p class="error" role="alert">{state.error}</p>}
    </section>
  );
}
