// The embedded ClickHouse (the `chdb` package). chdb allows one open data directory per process, so every
// emulator in a process shares one Session and gets a database of its own, dropped when it closes.
// Several emulators may share the session, so the SQL names its tables with the database (no `USE`).
// Queries use the async API: they run off the event loop, so the HTTP server keeps answering meanwhile.
import type { Session as ChdbSession } from 'chdb';

/** One query's answer in ClickHouse's JSONCompact shape. */
export interface ClickHouseResult {
  meta: { name: string; type: string }[];
  data: unknown[][];
  statistics: { elapsed: number; rows_read: number; bytes_read: number };
}

/** ClickHouse's error, with its numeric code (e.g. 159 TIMEOUT_EXCEEDED). */
export class ClickHouseError extends Error {
  constructor(
    message: string,
    readonly code: number | undefined,
  ) {
    super(message);
  }
}

let shared: Promise<ChdbSession> | undefined;
let users = 0;
let databases = 0;

async function openSession(): Promise<ChdbSession> {
  let chdb: typeof import('chdb');
  try {
    chdb = await import('chdb');
  } catch (error) {
    throw new Error(
      `The PostHog emulator runs its HogQL on ClickHouse embedded by the \`chdb\` package (a devDependency), ` +
        `and that could not be loaded on this platform (${process.platform}/${process.arch}): ${(error as Error).message}. ` +
        'Run `npm install` again; chdb has builds for Linux (glibc) and macOS on x64 and arm64 only.',
      { cause: error },
    );
  }
  const session = new chdb.Session();
  // Output settings for every query of the session: datetimes as UTC ISO 8601 (results.ts writes them in the
  // column's timezone), and 64-bit integers as JSON numbers, as PostHog's JSON answers carry them.
  await session.queryAsync("SET date_time_output_format = 'iso'");
  await session.queryAsync('SET output_format_json_quote_64bit_integers = 0');
  return session;
}

/** A database of the shared session, for one emulator. */
export class ClickHouseDatabase {
  private constructor(
    private readonly session: ChdbSession,
    readonly name: string,
  ) {}

  static async create(): Promise<ClickHouseDatabase> {
    shared ??= openSession();
    let session: ChdbSession;
    try {
      session = await shared;
    } catch (error) {
      shared = undefined;
      throw error;
    }
    users++;
    const name = `emulator_${process.pid}_${++databases}`;
    await session.queryAsync(`CREATE DATABASE ${name}`);
    return new ClickHouseDatabase(session, name);
  }

  async run(sql: string): Promise<void> {
    await this.execute(sql, 'CSV');
  }

  async query(sql: string): Promise<ClickHouseResult> {
    // Read the answer at once: chdb's result views share a buffer with the query.
    const text = await this.execute(sql, 'JSONCompact');
    return JSON.parse(text) as ClickHouseResult;
  }

  async insert(table: string, lines: Buffer, format: 'JSONEachRow' | 'TabSeparated' = 'JSONEachRow', columns?: readonly string[]): Promise<void> {
    if (lines.length === 0) return;
    try {
      // Events span many daily partitions (schema.ts); one load may touch hundreds of them.
      await this.session.insert({
        table: `${this.name}.${table}`,
        values: lines,
        format,
        ...(columns ? { columns } : {}),
        settings: { max_partitions_per_insert_block: 0 },
      });
    } catch (error) {
      throw asClickHouseError(error);
    }
  }

  /**
   * A streamed insert: ClickHouse parses each chunk while the next is being made, so building the text of
   * a large load and parsing it overlap.
   */
  async insertStream(table: string, chunks: AsyncIterable<Buffer>, format: 'JSONEachRow' | 'TabSeparated'): Promise<void> {
    try {
      await this.session.insert({ table: `${this.name}.${table}`, values: chunks, format, maxChunkBytes: 16 * 1024 * 1024, settings: { max_partitions_per_insert_block: 0 } });
    } catch (error) {
      throw asClickHouseError(error);
    }
  }

  async drop(): Promise<void> {
    try {
      await this.session.queryAsync(`DROP DATABASE IF EXISTS ${this.name} SYNC`);
    } finally {
      users--;
      if (users === 0 && shared) {
        const closing = shared;
        shared = undefined;
        (await closing).close();
      }
    }
  }

  private async execute(sql: string, format: string): Promise<string> {
    try {
      const result = await this.session.queryAsync(sql, { format });
      return result.text();
    } catch (error) {
      throw asClickHouseError(error);
    }
  }
}

function asClickHouseError(error: unknown): ClickHouseError {
  const code = (error as { clickhouseCode?: unknown }).clickhouseCode;
  return new ClickHouseError((error as Error).message ?? String(error), typeof code === 'number' ? code : undefined);
}
