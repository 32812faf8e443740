// The functions the bench page puts on `window` for Playwright to call, and what they return. Shared by the page
// and the node side (types only), so both agree on the shapes.

/** Where one store lives: the database name, and the PostHog query pages to fill it from. */
export interface IngestRequest {
  dbName: string;
  /** URLs of the pages, same origin as the bench page. */
  pageUrls: string[];
  /** Ours only: when the writer compresses the texts (default 'manual': the ingest leaves them to compaction). */
  compaction?: 'manual' | 'inline';
}

export interface IngestResult {
  /** Events in the pages, and events the store holds afterwards. */
  rows: number;
  stored: number;
  malformed: number;
  duplicates: number;
  /** Bytes of page JSON fetched (before timing; not part of any figure). */
  pageBytes: number;
  /** Timed work, summed over pages: JSON.parse, rows → columns (or row objects), storing (encode + write). */
  parseMs: number;
  decodeMs: number;
  storeMs: number;
  totalMs: number;
  /** Events per second of each page alone (parse + decode + store). */
  pageRates: number[];
}

export interface ReadRequest {
  dbName: string;
  repeats: number;
}

export interface ColumnarReadResult {
  /** Events returned by each read. */
  count: number;
  /** One time per repeat, each read on a freshly reopened database: hot columns, then with the kept properties. */
  hotMs: number[];
  fullMs: number[];
  /** The same by kind: hot; full = hot + every kept property column; raw = hot + every raw properties JSON. */
  times: { hot: number[]; full: number[]; raw: number[] };
}

export interface CompactRequest {
  dbName: string;
}

export interface CompactResult {
  /** Chunks whose texts were compressed, and the time it took. */
  chunks: number;
  ms: number;
}

export interface NaiveReadResult {
  count: number;
  /** getAll() on the object store (uuid order), one per repeat, database reopened before each. */
  storeMs: number[];
  /** getAll() on the timestamp index (time order, as our reader returns), once. */
  indexMs: number;
}

export interface StoreStepsRequest {
  /** A database of its own: it is emptied afterwards. */
  dbName: string;
  pageUrl: string;
}

export interface StoreStepsResult {
  events: number;
  encodeMs: number;
  /** Compressing the chunks' texts as compaction does (encoding to UTF-8 + deflate), outside of any transaction. */
  compressMs: number;
  /** The whole append (encode + write; the texts are committed uncompressed). */
  appendMs: number;
  /** Compacting what the append wrote (read the texts back, compress, write). */
  compactMs: number;
  /** UTF-16 code units of properties + elements chains, and their deflated size. */
  textChars: number;
  compressedBytes: number;
}

export interface BenchPageApi {
  ingestColumnar(request: IngestRequest): Promise<IngestResult>;
  readColumnar(request: ReadRequest): Promise<ColumnarReadResult>;
  compactColumnar(request: CompactRequest): Promise<CompactResult>;
  profileStoreSteps(request: StoreStepsRequest): Promise<StoreStepsResult>;
  ingestNaive(request: IngestRequest): Promise<IngestResult>;
  readNaive(request: ReadRequest): Promise<NaiveReadResult>;
  /** navigator.storage.estimate().usage of this origin. */
  estimateUsage(): Promise<number | null>;
  /** The dashboard computed in a Web Worker by the side panel's worker code, over a database ingested before. */
  dashboardInWorker(request: DashboardRequest): Promise<import('./dashboard').WorkerDashboardTimings>;
  /** Persons and the role config into a database ingested before (the side panel page then reads it). */
  putDashboardInputs(request: Omit<DashboardRequest, 'from' | 'to'>): Promise<void>;
  /** The popup's role-editor requests (catalogue, property keys and values, role preview), as the service worker answers them. */
  roleEditorAsks(request: import('./role-editor').RoleEditorRequest): Promise<import('./role-editor').RoleEditorResult>;
  /** The parts of the role editor's slower answers, timed apart (a diagnostic). */
  roleEditorSplit(request: { dbName: string; nowMs: number }): Promise<import('./role-editor').RoleEditorSplit>;
}

export interface DashboardRequest {
  dbName: string;
  personsJson: string;
  configText: string;
  from: string;
  to: string;
}

declare global {
  interface Window {
    bench?: BenchPageApi;
  }
}
