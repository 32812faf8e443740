// The naive baseline: one IndexedDB record per event (page/naive.ts), on --baseline-events events, in its own
// profile and origin. It is ~100× slower, so it runs on fewer events; times are scaled to 1M.
import { settledDiskUsage } from '../disk-usage';
import { BASELINE_READ_REPEATS, median, per1M, type Measurement } from '../measurement';

const DB_NAME = 'naive-baseline';

export const naiveBaseline: Measurement = {
  name: 'baseline',
  async run({ data, openSession, pageUrls, log }) {
    const session = await openSession();
    const n = data.baseline.events;
    log(`baseline: ingesting ${n.toLocaleString('en-US')} events, one record each, 1,000 per transaction…`);
    const ingest = await session.call('ingestNaive', { dbName: DB_NAME, pageUrls: pageUrls('baseline') });
    if (ingest.rows !== n) throw new Error(`baseline: ${ingest.rows} rows read from ${n} events`);
    const disk = await settledDiskUsage(session.profileDir, session.origin);
    const estimated = await session.call('estimateUsage', undefined);
    log(`baseline: reading back, ${BASELINE_READ_REPEATS}× getAll() and 1× getAll() on the timestamp index…`);
    const read = await session.call('readNaive', { dbName: DB_NAME, repeats: BASELINE_READ_REPEATS });
    if (read.count !== ingest.stored) throw new Error(`baseline: read ${read.count} events, ${ingest.stored} stored`);
    await session.closeBrowser();
    const stored = ingest.stored;
    return {
      baseline_events: n,
      baseline_ingest_events_per_s: (n * 1000) / ingest.totalMs,
      baseline_ingest_median_page_events_per_s: median(ingest.pageRates),
      baseline_ingest_store_events_per_s: (n * 1000) / ingest.storeMs,
      baseline_read_1m_ms: per1M(Math.min(...read.storeMs), stored),
      baseline_read_median_1m_ms: per1M(median(read.storeMs), stored),
      baseline_read_index_1m_ms: per1M(read.indexMs, stored),
      baseline_bytes_per_event: disk.bytes / stored,
      baseline_disk_bytes: disk.bytes,
      baseline_disk_settled: disk.settled ? 1 : 0,
      baseline_disk_wait_ms: disk.waitedMs,
      baseline_disk_folders: JSON.stringify(disk.folders),
      baseline_estimate_bytes_per_event: estimated === null ? null : estimated / stored,
    };
  },
};
