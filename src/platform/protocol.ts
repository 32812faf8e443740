// The one message protocol between extension pages (popup, side panel) and the background worker.
// Requests name a handler and get a typed reply; events are broadcast by the worker to every open page.
import type { SyncMode } from '../sources/sync/sync-plan';
import type { RoleSuggestions } from '../store/role-suggestions';
import type { PropertyKeyCount } from '../core/catalog/property-keys';
import type { ValueCount } from '../core/catalog/property-values';
import type { RolePreview } from '../core/catalog/role-preview';
import type { Matcher } from '../core/config/role-config';
import type { EventCatalog } from '../store/event-catalog';
import type { PostHogRoleConfig } from '../store/posthog-role-config';
import type { SyncStatus, SyncWindowPreset } from '../sources/sync/sync-status';

/** What pages may show about the connected project. The API key never leaves the worker. */
export interface ConnectionSummary {
  host: string;
  projectId: number;
  projectName: string;
  timezone: string;
  connectedAt: string;
}

export interface ConnectRequest {
  host: string;
  projectId: string;
  apiKey: string;
}

export interface ExtensionState {
  connection: ConnectionSummary | null;
}

/** A sync's status and what is stored, as pages show it. */
export interface SyncView {
  status: SyncStatus;
  storedEvents: number;
}

/** The role configuration as pages see it: the exported file's text, where it came from, what to warn about. */
export interface RoleConfigView {
  text: string;
  source: 'saved' | 'posthog' | 'default';
  /** What could not be imported from PostHog, in words. */
  problems: string[];
  /** Activity is a plain $pageview: PostHog warns about that, so do we. */
  plainPageviewActivity: boolean;
}

/** One piece of a file being imported: JSONL lines, or rows of a query-API response. */
export type ImportPiece =
  | { importId: string; fileName: string; kind: 'lines'; firstLine: number; lines: string[]; last: boolean }
  | { importId: string; fileName: string; kind: 'rows'; columns: string[]; rows: unknown[][]; last: boolean };

export interface ImportReport {
  stored: number;
  duplicates: number;
  malformed: number;
  /** The first unreadable line or row, with its number and what is wrong with it. */
  malformedExample: string | null;
}

/** Request name → its payload and its reply. */
export interface Requests {
  /** `syncing`: a sync is running in the worker (after its start-up had the chance to resume one). */
  ping: { request: null; response: { version: string; syncing: boolean } };
  getState: { request: null; response: ExtensionState };
  connect: { request: ConnectRequest; response: ConnectionSummary };
  disconnect: { request: null; response: ExtensionState };
  getSync: { request: null; response: SyncView };
  startSync: { request: { mode: SyncMode; preset?: SyncWindowPreset }; response: SyncView };
  stopSync: { request: null; response: SyncView };
  deleteLocalData: { request: null; response: SyncView };
  importEvents: { request: ImportPiece; response: ImportReport };
  getRoleConfig: { request: null; response: RoleConfigView };
  /** Saves a config file's text; a field of the wrong shape is refused with its path. */
  saveRoleConfig: { request: { text: string }; response: RoleConfigView };
  /** Candidate events per role from the stored data, with reasons, and warnings on the current roles. */
  getSuggestions: { request: null; response: RoleSuggestions };
  /** The stored event names with 30-day volume, actors and last seen, and the project's PostHog actions. */
  getEventCatalog: { request: null; response: EventCatalog };
  /** The property keys seen on one event name, most common first. */
  getEventProperties: { request: { event: string }; response: PropertyKeyCount[] };
  /** The top stored values of one property of one event name, with counts. */
  getPropertyValues: { request: { event: string; key: string }; response: ValueCount[] };
  /** What these matchers (a draft role, saved or not) match over the last 30 days, per day. */
  previewRole: { request: { matchers: Matcher[] }; response: RolePreview };
  /** The project's own PostHog customer-analytics config and actions as a config file's text (not saved). */
  getPostHogRoleConfig: { request: null; response: PostHogRoleConfig };
}

/** Event name → its payload (worker → pages). */
export interface Events {
  stateChanged: ExtensionState;
  syncProgress: SyncView;
  roleConfigChanged: RoleConfigView;
}

export type RequestName = keyof Requests;
export type EventName = keyof Events;

/** A failure the user can act on: `message` says what happened and what to do. */
export interface ErrorInfo {
  code: string;
  message: string;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export interface RequestMessage<N extends RequestName = RequestName> {
  kind: 'request';
  name: N;
  payload: Requests[N]['request'];
}

export interface EventMessage<N extends EventName = EventName> {
  kind: 'event';
  name: N;
  payload: Events[N];
}

/** A handler per request name: the worker implements all of them. */
export type RequestHandlers = {
  [N in RequestName]: (payload: Requests[N]['request']) => Promise<Requests[N]['response']>;
};
