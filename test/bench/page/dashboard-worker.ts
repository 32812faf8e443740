// The side panel's dashboard worker, as the bench runs it: the same host code, on the bench's database, whose
// name comes in the first message (Vite bundles a worker only when its options are literals).
import { openDatabase } from '../../../src/store/database';
import { createDashboardHost } from '../../../src/ui/dashboard/worker-host';
import type { WorkerRequest } from '../../../src/ui/dashboard/worker-protocol';

let handle: ReturnType<typeof createDashboardHost> | null = null;
self.addEventListener('message', (event: MessageEvent<WorkerRequest | { db: string }>) => {
  const message = event.data;
  if ('db' in message) {
    handle = createDashboardHost(() => openDatabase({ name: message.db }));
    return;
  }
  void handle!(message).then((reply) => self.postMessage(reply));
});
