// The project's data in ClickHouse: the tables created and bulk-loaded from ProjectData at start, then kept in
// step with it (appended events, new person versions). Writes are chained, and every query waits for the
// writes queued before it, so `appendEvents(…)` followed by a query sees the new events without awaiting.
import type { DemoEvent } from '../../demo-data/types.ts';
import type { PersonChanges, ProjectData } from '../project-data.ts';
import { ClickHouseDatabase, type ClickHouseResult } from './engine.ts';
import type { PropertyForms } from './property-forms.ts';
import { distinctIdLine, lineChunks, eventLine, groupLine, jsonLines, personLine } from './rows.ts';
import { createTables } from './schema.ts';

export class ClickHouseStore {
  private writes: Promise<void> = Promise.resolve();

  private constructor(
    readonly db: ClickHouseDatabase,
    private readonly teamId: number,
    private readonly onWriteError: (error: Error) => void,
  ) {}

  static async open(data: ProjectData, forms: PropertyForms | undefined, onWriteError: (error: Error) => void): Promise<ClickHouseStore> {
    const db = await ClickHouseDatabase.create();
    const store = new ClickHouseStore(db, data.project.id, onWriteError);
    try {
      for (const statement of createTables(db.name, forms)) await db.run(statement);
      const teamId = data.project.id;
      // Before the emulator existed, an event was ingested at its own time unless it says otherwise.
      await db.insertStream('events', lineChunks(data.allEvents, (event) => eventLine(event, teamId, event.created_at ?? event.timestamp)), 'TabSeparated');
      await store.insertPersonChanges(data.initialRows());
      await db.insert('groups', jsonLines(data.groups, (group) => groupLine(group, teamId)));
    } catch (error) {
      await db.drop();
      throw error;
    }
    return store;
  }

  /** Events whose `created_at` is already set (ProjectData.appendEvents fills it). */
  appendEvents(events: readonly DemoEvent[]): Promise<void> {
    return this.write(() => this.db.insert('events', jsonLines(events, (event) => eventLine(event, this.teamId, event.created_at ?? Date.now())), 'TabSeparated'));
  }

  applyPersonChanges(changes: PersonChanges): Promise<void> {
    return this.write(() => this.insertPersonChanges(changes));
  }

  async query(sql: string): Promise<ClickHouseResult> {
    await this.writes;
    return this.db.query(sql);
  }

  async close(): Promise<void> {
    await this.writes;
    await this.db.drop();
  }

  private async insertPersonChanges(changes: PersonChanges): Promise<void> {
    await this.db.insert('person', jsonLines(changes.persons, (row) => personLine(row, this.teamId)));
    await this.db.insert('person_distinct_id2', jsonLines(changes.distinctIds, (row) => distinctIdLine(row, this.teamId)));
  }

  private write(step: () => Promise<void>): Promise<void> {
    const done = this.writes.then(step);
    // A failed write is reported, and later writes and queries still run.
    this.writes = done.catch((error: unknown) => this.onWriteError(error as Error));
    return done;
  }
}
