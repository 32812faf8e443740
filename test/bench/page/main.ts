// The bench page: only installs the measurements on `window`; test/bench/run.ts drives them with page.evaluate.
import type { BenchPageApi } from './bench-api';
import { compactColumnar, ingestColumnar, readColumnar } from './columnar';
import { dashboardInWorker, putDashboardInputs } from './dashboard';
import { ingestNaive, readNaive } from './naive';
import { estimateUsage } from './page-texts';
import { roleEditorAsks, roleEditorSplit } from './role-editor';
import { profileStoreSteps } from './store-steps';

const api: BenchPageApi = {
  ingestColumnar, readColumnar, compactColumnar, profileStoreSteps, ingestNaive, readNaive, estimateUsage,
  dashboardInWorker: (r) => dashboardInWorker(r.dbName, r.personsJson, r.configText, r.from, r.to),
  putDashboardInputs: (r) => putDashboardInputs(r.dbName, r.personsJson, r.configText),
  roleEditorAsks, roleEditorSplit,
};
window.bench = api;
