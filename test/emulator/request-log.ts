// Every API request the emulator answered, so tests can assert what a client fetched and how often.

export interface LogEntry {
  /** Epoch ms when the request arrived. */
  at: number;
  method: string;
  /** Path and query string as requested. */
  path: string;
  /** 0 when the connection was dropped without a response. */
  status: number;
  /** For `/query/`: the parsed JSON body. */
  body?: unknown;
  /** For `/query/`: the HogQL text sent. */
  hogql?: string;
  /** The injected fault that answered instead, if any. */
  fault?: string;
}

export class RequestLog {
  readonly entries: LogEntry[] = [];

  add(entry: LogEntry): void {
    this.entries.push(entry);
  }

  clear(): void {
    this.entries.length = 0;
  }

  /** The HogQL texts of the queries sent, in order. */
  queries(): string[] {
    return this.entries.flatMap((entry) => (entry.hogql === undefined ? [] : [entry.hogql]));
  }
}
