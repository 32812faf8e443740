// The side panel's handle on its dashboard worker: requests with ids, answered in any order.
import type { DashboardQuery, DashboardResult, WorkerReply, WorkerRequest } from './worker-protocol';

export interface DashboardClient {
  dashboard(query: DashboardQuery): Promise<DashboardResult | null>;
  invalidate(): Promise<void>;
}

type Send = (request: WorkerRequest) => void;

export function createDashboardClient(worker: { postMessage: Send; addEventListener(type: 'message', listener: (event: MessageEvent<WorkerReply>) => void): void }): DashboardClient {
  let nextId = 1;
  const pending = new Map<number, { resolve: (result: DashboardResult | null) => void; reject: (error: Error) => void }>();
  worker.addEventListener('message', ({ data }) => {
    const waiting = pending.get(data.id);
    if (!waiting) return;
    pending.delete(data.id);
    if (data.ok) waiting.resolve(data.result);
    else waiting.reject(Object.assign(new Error(data.error.message), { code: data.error.code }));
  });
  type Unsent = { kind: 'dashboard'; query: DashboardQuery } | { kind: 'invalidate' };
  const ask = (request: Unsent) =>
    new Promise<DashboardResult | null>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id } as WorkerRequest);
    });
  return {
    dashboard: (query) => ask({ kind: 'dashboard', query }),
    invalidate: async () => {
      await ask({ kind: 'invalidate' });
    },
  };
}
