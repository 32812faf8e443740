// The side panel's wiring: its models over the extension API and the dashboard worker, rendered into `root`.
// The extension's entry point and the bench's copy of the panel both call this, so the bench times the real thing.
import { render } from 'preact';
import type { ExtensionApi } from '../../platform/extension-api';
import { createDashboardClient } from '../dashboard/dashboard-client';
import type { WorkerReply, WorkerRequest } from '../dashboard/worker-protocol';
import { createDashboardModel, type DashboardModel } from './dashboard-model';
import { createImportModel } from './import-model';
import { createProfileModel } from './profile/profile-model';
import { SidePanelApp } from './SidePanelApp';
import { createSidePanelModel } from './sidepanel-model';

interface DashboardWorker {
  postMessage(request: WorkerRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerReply>) => void): void;
}

export function mountSidePanel(api: ExtensionApi, worker: DashboardWorker, root: Element): { dashboard: DashboardModel } {
  const model = createSidePanelModel(api);
  const client = createDashboardClient(worker);
  const dashboard = createDashboardModel(api, client);
  // The customers list and profiles follow the dashboard's B2C/B2B and test-account choices and refresh with it;
  // nothing is asked before the first dashboard, so the first tiles are not queued behind the list in the worker.
  const profiles = createProfileModel(client, () => {
    const result = dashboard.result.value;
    return result && { business: result.business, filterTestAccounts: result.filterTestAccounts };
  });
  const imports = createImportModel(api, () => void dashboard.refresh());
  render(<SidePanelApp model={model} imports={imports} dashboard={dashboard} profiles={profiles} />, root);
  // A saved role config changes every number: compute again.
  api.onEvent('roleConfigChanged', () => void dashboard.refresh());
  void model.load();
  void dashboard.start();
  return { dashboard };
}
