// The side panel's handle on its dashboard worker: requests with ids, answered in any order.
import type { CustomerList } from '../../core/customers/query-customers';
import type { CustomerProfile } from '../../core/profile/customer-profile';
import type {
  CustomersQuery,
  DashboardQuery,
  DashboardResult,
  ProfileQuery,
  WorkerReply,
  WorkerRequest,
  WorkerResult,
  WorkerResults,
} from './worker-protocol';

export interface DashboardClient {
  dashboard(query: DashboardQuery): Promise<DashboardResult | null>;
  /** A page of the customers list. */
  customers(query: CustomersQuery): Promise<CustomerList>;
  /** One customer's profile; null when no stored event, person or group has that id. */
  profile(query: ProfileQuery): Promise<CustomerProfile | null>;
  invalidate(): Promise<void>;
}

type Send = (request: WorkerRequest) => void;

/** A request before it has its id (distributes over the union, so each kind keeps its own query type). */
type Unsent = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

export function createDashboardClient(worker: { postMessage: Send; addEventListener(type: 'message', listener: (event: MessageEvent<WorkerReply>) => void): void }): DashboardClient {
  let nextId = 1;
  const pending = new Map<number, { resolve: (result: WorkerResult) => void; reject: (error: Error) => void }>();
  worker.addEventListener('message', ({ data }) => {
    const waiting = pending.get(data.id);
    if (!waiting) return;
    pending.delete(data.id);
    if (data.ok) waiting.resolve(data.result);
    else waiting.reject(Object.assign(new Error(data.error.message), { code: data.error.code }));
  });
  // The host answers a request of kind K with WorkerResults[K] (worker-host.ts), which is what the cast states.
  const ask = <K extends Unsent['kind']>(request: Extract<Unsent, { kind: K }>) =>
    new Promise<WorkerResults[K]>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (result: WorkerResult) => void, reject });
      worker.postMessage({ ...request, id } as WorkerRequest);
    });
  return {
    dashboard: (query) => ask({ kind: 'dashboard', query }),
    customers: (query) => ask({ kind: 'customers', query }),
    profile: (query) => ask({ kind: 'profile', query }),
    invalidate: async () => {
      await ask({ kind: 'invalidate' });
    },
  };
}
