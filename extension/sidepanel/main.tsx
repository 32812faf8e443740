/// <reference types="vite/client" />
import { extensionApi } from '../../src/platform/extension-api';
import { mountSidePanel } from '../../src/ui/sidepanel/mount-side-panel';
import { startWorkerHeartbeat } from '../../src/ui/shared/worker-heartbeat';
import '../../src/ui/shared/theme.css';

const worker = new Worker(new URL('./dashboard.worker.ts', import.meta.url), { type: 'module' });
mountSidePanel(extensionApi, worker, document.getElementById('app')!);
startWorkerHeartbeat(extensionApi);
