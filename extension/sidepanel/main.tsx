/// <reference types="vite/client" />
import { render } from 'preact';
import { extensionApi } from '../../src/platform/extension-api';
import { createDashboardClient } from '../../src/ui/dashboard/dashboard-client';
import { createProfileModel } from '../../src/ui/sidepanel/profile/profile-model';
import { createDashboardModel } from '../../src/ui/sidepanel/dashboard-model';
import { createImportModel } from '../../src/ui/sidepanel/import-model';
import { SidePanelApp } from '../../src/ui/sidepanel/SidePanelApp';
import { createSidePanelModel } from '../../src/ui/sidepanel/sidepanel-model';
import '../../src/ui/shared/theme.css';

const worker = new Worker(new URL('./dashboard.worker.ts', import.meta.url), { type: 'module' });
const model = createSidePanelModel(extensionApi);
const client = createDashboardClient(worker);
const dashboard = createDashboardModel(extensionApi, client);
// The customers list and profiles follow the dashboard's B2C/B2B and test-account choices, and refresh with it.
const profiles = createProfileModel(client, () => {
  const result = dashboard.result.value;
  return { business: result?.business, filterTestAccounts: result?.filterTestAccounts };
});
render(<SidePanelApp model={model} imports={createImportModel(extensionApi, () => void dashboard.refresh())} dashboard={dashboard} profiles={profiles} />, document.getElementById('app')!);
// A saved role config changes every number: compute again.
extensionApi.onEvent('roleConfigChanged', () => void dashboard.refresh());
void model.load();
void dashboard.start();
