/// <reference types="vite/client" />
import { render } from 'preact';
import { extensionApi } from '../../src/platform/extension-api';
import { createDashboardClient } from '../../src/ui/dashboard/dashboard-client';
import { createDashboardModel } from '../../src/ui/sidepanel/dashboard-model';
import { createImportModel } from '../../src/ui/sidepanel/import-model';
import { SidePanelApp } from '../../src/ui/sidepanel/SidePanelApp';
import { createSidePanelModel } from '../../src/ui/sidepanel/sidepanel-model';
import '../../src/ui/shared/theme.css';

const worker = new Worker(new URL('./dashboard.worker.ts', import.meta.url), { type: 'module' });
const model = createSidePanelModel(extensionApi);
const dashboard = createDashboardModel(extensionApi, createDashboardClient(worker));
render(<SidePanelApp model={model} imports={createImportModel(extensionApi, () => void dashboard.refresh())} dashboard={dashboard} />, document.getElementById('app')!);
// A saved role config changes every number: compute again.
extensionApi.onEvent('roleConfigChanged', () => void dashboard.refresh());
void model.load();
void dashboard.start();
