// The side panel's dashboard worker exactly as extension/sidepanel/dashboard.worker.ts (the same host on the
// extension's database, `pmf-lens`), plus one extra message after each reply saying when the request arrived, was
// answered and its reply posted (absolute times, so the page can put them on its own clock). The side panel's
// client ignores it: it has no `id`.
import { databaseHandle } from '../../../src/store/database-handle';
import { createDashboardHost } from '../../../src/ui/dashboard/worker-host';
import type { WorkerRequest } from '../../../src/ui/dashboard/worker-protocol';
import type { WorkerSpan } from './sidepanel-timing';

const now = () => performance.timeOrigin + performance.now();
const handle = createDashboardHost(databaseHandle());
// The panel asks only after its own start-up; the store's read need not wait for that.
handle.preload();
self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const received = now();
  void handle(event.data).then((reply) => {
    const answered = now();
    self.postMessage(reply);
    const span: WorkerSpan = { id: event.data.id, kind: event.data.kind, received, answered, posted: now() };
    self.postMessage({ benchSpan: span });
  });
});
