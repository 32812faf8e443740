// Every measurement `npm run bench` runs, in order. Later ones (the dashboard in a worker, DuckDB) go here.
import type { Measurement } from '../measurement';
import { columnarStore } from './columnar-store';
import { dashboardNode } from './dashboard-node';
import { dashboardWorker } from './dashboard-worker';
import { demoSync } from './demo-sync';
import { naiveBaseline } from './naive-baseline';
import { roleEditor } from './role-editor';
import { sidePanelUi } from './sidepanel-ui';

export const MEASUREMENTS: readonly Measurement[] = [columnarStore, naiveBaseline, dashboardWorker, sidePanelUi, roleEditor, dashboardNode, demoSync];
