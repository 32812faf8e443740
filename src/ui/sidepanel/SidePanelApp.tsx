import { ImportCard } from './ImportCard';
import type { ImportModel } from './import-model';
import type { SidePanelModel } from './sidepanel-model';

export function SidePanelApp({ model, imports }: { model: SidePanelModel; imports: ImportModel }) {
  const state = model.state.value;
  const connection = state?.connection ?? null;
  return (
    <main class="panel stack">
      <header class="stack tight">
        <h1>Customer analytics</h1>
        {connection ? (
          <p class="muted" data-testid="panel-project">
            {connection.projectName} · project {connection.projectId} · {connection.timezone}
          </p>
        ) : null}
      </header>
      {model.error.value && <p class="error" role="alert">{model.error.value}</p>}
      {state === null ? (
        <p class="muted">Loading…</p>
      ) : connection ? (
        <section class="card empty" data-testid="panel-empty">
          <h2>No events stored yet</h2>
          <p>The dashboard appears here once events from {connection.host} are synced into this browser.</p>
        </section>
      ) : (
        <section class="card empty" data-testid="panel-not-connected">
          <h2>Not connected</h2>
          <p>Open the PMF Lens popup from the toolbar and connect a PostHog project.</p>
        </section>
      )}
      <ImportCard model={imports} />
    </main>
  );
}
