import type { DashboardModel } from './dashboard-model';
import { DashboardView } from './dashboard/DashboardView';
import { ImportCard } from './ImportCard';
import { StoredDataCard } from './StoredDataCard';
import type { ImportModel } from './import-model';
import type { SidePanelModel } from './sidepanel-model';

export function SidePanelApp({ model, imports, dashboard }: { model: SidePanelModel; imports: ImportModel; dashboard: DashboardModel }) {
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
      ) : (
        <>
          {!connection && (
            <section class="card empty" data-testid="panel-not-connected">
              <h2>Not connected</h2>
              <p>Open the PMF Lens popup from the toolbar and connect a PostHog project, or import an export file.</p>
            </section>
          )}
          {dashboard.error.value ? (
            <p class="error" role="alert">{dashboard.error.value}</p>
          ) : dashboard.result.value ? (
            <DashboardView result={dashboard.result.value} comparison={null} onOpenCustomer={() => {}} onConfigureRole={() => {}} />
          ) : (
            dashboard.computing.value && <p class="muted">Computing the dashboard…</p>
          )}
          {model.sync.value && <StoredDataCard view={model.sync.value} now={Date.now()} />}
        </>
      )}
      <ImportCard model={imports} />
    </main>
  );
}
