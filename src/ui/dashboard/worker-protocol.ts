// Messages between the side panel and its dashboard worker, where the engine runs so the page never blocks.
import type { BusinessMode } from '../../core/config/role-config';
import type { DashboardOutput } from '../../core/dashboard/dashboard-output';
import type { CustomerList, CustomerSort } from '../../core/customers/query-customers';
import type { CustomerProfile } from '../../core/profile/customer-profile';
import type { RangePreset } from '../../core/time/date-range-presets';
import type { GroupTypeName } from '../../store/group-types';

export interface DashboardQuery {
  /** 'YYYY-MM-DD' days in the project timezone, both included; default: the last 30 days ending today. */
  from?: string;
  to?: string;
  /** A preset resolved in the project timezone against today and the stored data; wins over from/to. */
  preset?: RangePreset;
  /** Also compute the period of equal length just before (DashboardResult.comparison). */
  compare?: boolean;
  /** Overrides of the saved config's choices (the side panel's B2C/B2B and test-account controls). */
  business?: BusinessMode;
  filterTestAccounts?: boolean;
}

export interface DashboardResult {
  output: DashboardOutput;
  /** Role features that could not be evaluated offline, and config import problems, in words. */
  warnings: string[];
  /** Whether activity is a plain $pageview (PostHog shows a warning then). */
  plainPageviewActivity: boolean;
  timings: { loadMs: number; prepareMs: number; computeMs: number };
  eventCount: number;
  /** Today and the first and last stored event's day, in the project timezone: what range presets resolve against. */
  days: { today: string; first: string; last: string };
  /** The dashboard over the previous period of equal length, when the query asked to compare. */
  comparison: DashboardOutput | null;
  /** The choices in effect (the query's overrides, else the saved config's), for the controls to show. */
  business: BusinessMode;
  filterTestAccounts: boolean;
  /** The project's group types, for B2B: "companies" rather than "group 0". */
  groupTypes: GroupTypeName[];
  /** Shown from the last computation over the same data, roles, query and day (a reopened panel). */
  fromCache: boolean;
}

/** The side panel's choices a customers list or a profile is computed under (the dashboard's, so both agree). */
export interface ActorSettings {
  business?: BusinessMode;
  filterTestAccounts?: boolean;
}

/** A page of the customers list (search as you type: the per-actor totals are kept between requests). */
export interface CustomersQuery extends ActorSettings {
  search: string;
  sort: CustomerSort;
  /** Default true. */
  descending?: boolean;
  offset: number;
  limit: number;
}

/** One customer's profile, with one page of its activity history (0-based, 50 events a page). */
export interface ProfileQuery extends ActorSettings {
  actor: string;
  historyPage: number;
}

/** What each request kind answers: null when nothing is stored (dashboard) or the customer is unknown (profile). */
export interface WorkerResults {
  dashboard: DashboardResult | null;
  customers: CustomerList;
  profile: CustomerProfile | null;
  invalidate: null;
}

export type WorkerResult = WorkerResults[keyof WorkerResults];

export type WorkerRequest =
  | { id: number; kind: 'dashboard'; query: DashboardQuery }
  | { id: number; kind: 'customers'; query: CustomersQuery }
  | { id: number; kind: 'profile'; query: ProfileQuery }
  /** Stored data or the role config changed: read them again on the next request. */
  | { id: number; kind: 'invalidate' };

export type WorkerReply =
  | { id: number; ok: true; result: WorkerResult }
  | { id: number; ok: false; error: { code: string; message: string } };
