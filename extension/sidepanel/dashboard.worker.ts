// The side panel's dashboard worker: the engine runs here, off the page's thread.
import { databaseHandle } from '../../src/store/database-handle';
import { createDashboardHost } from '../../src/ui/dashboard/worker-host';
import type { WorkerRequest } from '../../src/ui/dashboard/worker-protocol';

const handle = createDashboardHost(databaseHandle());
// The panel asks only after its own start-up; the store's read need not wait for that.
handle.preload();
self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  void handle(event.data).then((reply) => self.postMessage(reply));
});
