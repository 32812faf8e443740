import { CustomersList } from './customers/CustomersList';
import type { DashboardModel } from './dashboard-model';
import { CustomerScreens } from './profile/CustomerScreens';
import type { ProfileModel } from './profile/profile-model';
import { DashboardControls } from './controls/DashboardControls';
import { DashboardView } from './dashboard/DashboardView';
import { FreshnessLine } from './FreshnessLine';
import { ImportCard } from './ImportCard';
import { StoredDataCard } from './StoredDataCard';
import type { ImportModel } from './import-model';
import type { SidePanelModel } from './sidepanel-model';

interface Props {
  model: SidePanelModel;
  imports: ImportModel;
  dashboard: DashboardModel;
  profiles: ProfileModel;
}

export function SidePanelApp({ model, imports, dashboard, profiles }: Props) {
  const state = model.state.value;
  const connection = state?.connection ?? null;
  const result = dashboard.result.value;
  const business = result?.business;
  const groupTypeName = business?.type === 'b2b' ? (result?.groupTypes.find((type) => type.index === business.groupTypeIndex)?.singular.toLowerCase() ?? `group ${business.groupTypeIndex}`) : null;
  const storedEvents = model.sync.value?.storedEvents ?? 0;
  return (
    <main class="panel stack">
      <CustomerScreens model={profiles}>
        <header class="stack tight">
          <h1>Customer analytics</h1>
          {connection ? (
            <p class="muted" data-testid="panel-project">
              {connection.projectName} · project {connection.projectId} · {connection.timezone}
            </p>
          ) : null}
          {state !== null && <FreshnessLine view={model.sync.value} lastEventDay={result?.days.last ?? null} />}
        </header>
        {model.error.value && <p class="error" role="alert">{model.error.value}</p>}
        {state === null ? (
          <p class="muted">Loading…</p>
        ) : (
          <>
            {!connection && storedEvents === 0 && (
              <section class="card empty" data-testid="panel-not-connected">
                <h2>Not connected</h2>
                <p>Open the PMF Lens popup from the toolbar and connect a PostHog project (or try the demo project), or import an export file below.</p>
              </section>
            )}
            {connection && storedEvents === 0 && !result && (
              <section class="card empty" data-testid="panel-empty">
                <h2>No events stored yet</h2>
                <p>The dashboard appears here once the first sync has stored events. Its progress shows in the popup.</p>
              </section>
            )}
            {result && <DashboardControls choices={dashboard.choices.value} result={result} busy={dashboard.computing.value} onChoose={dashboard.choose} />}
            {dashboard.error.value ? (
              <p class="error" role="alert">{dashboard.error.value}</p>
            ) : result ? (
              <DashboardView
                result={result}
                comparison={dashboard.comparison.value}
                groupTypeName={groupTypeName}
                onOpenCustomer={profiles.open}
                onConfigureRole={(role) => void model.configureRole(role)}
              />
            ) : (
              dashboard.computing.value && <p class="muted">Computing the dashboard…</p>
            )}
            {result && <CustomersList model={profiles} />}
            {model.sync.value && <StoredDataCard view={model.sync.value} now={Date.now()} />}
          </>
        )}
        <ImportCard model={imports} />
      </CustomerScreens>
    </main>
  );
}
