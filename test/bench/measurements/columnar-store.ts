// Our columnar store (src/store): ingest of PostHog pages as the sync does it, reading back, bytes on disk.
import { settledDiskUsage } from '../disk-usage';
import { median, per1M, READ_REPEATS, type Measurement } from '../measurement';

const DB_NAME = 'pmf-lens-bench';

export const columnarStore: Measurement = {
  name: 'ours',
  async run({ data, openSession, pageUrls, log }) {
    const session = await openSession();
    const n = data.events.events;
    log(`ours: ingesting ${n.toLocaleString('en-US')} events (${data.events.texts.length} pages) into the columnar store…`);
    const ingest = await session.call('ingestColumnar', { dbName: DB_NAME, pageUrls: pageUrls('events') });
    if (ingest.rows !== n) throw new Error(`ours: ${ingest.rows} rows read from ${n} events`);
    if (ingest.stored !== ingest.rows - ingest.malformed - ingest.duplicates) {
      throw new Error(`ours: ${ingest.stored} events stored of ${ingest.rows} (${ingest.malformed} malformed, ${ingest.duplicates} duplicates)`);
    }
    // The texts are committed uncompressed; the size before compaction is what a sync stopped mid-way leaves.
    const diskBeforeCompaction = await settledDiskUsage(session.profileDir, session.origin);
    log('ours: compacting (compressing the texts the ingest committed as they were)…');
    const compaction = await session.call('compactColumnar', { dbName: DB_NAME });
    const disk = await settledDiskUsage(session.profileDir, session.origin);
    const estimated = await session.call('estimateUsage', undefined);
    log(`ours: reading back, ${READ_REPEATS}× each: hot columns, + kept properties, + raw properties…`);
    const read = await session.call('readColumnar', { dbName: DB_NAME, repeats: READ_REPEATS });
    if (read.count !== ingest.stored) throw new Error(`ours: read ${read.count} events, ${ingest.stored} stored`);
    await session.closeBrowser();
    log('ours: restarting the browser for a first read on a fresh process…');
    await session.start();
    const restarted = await session.call('readColumnar', { dbName: DB_NAME, repeats: 1 });
    await session.closeBrowser();
    // The alternative to compaction: the texts compressed before each append's transaction (a profile of its own,
    // so its bytes do not count above).
    log('ours: ingesting again with the texts compressed inline, on a fresh profile…');
    const inlineSession = await openSession();
    const inline = await inlineSession.call('ingestColumnar', { dbName: DB_NAME, pageUrls: pageUrls('events'), compaction: 'inline' });
    await inlineSession.closeBrowser();
    await session.start();
    log('ours: timing the store step\'s parts on one page…');
    const steps = await session.call('profileStoreSteps', { dbName: `${DB_NAME}-steps`, pageUrl: pageUrls('events')[0] as string });
    await session.closeBrowser();
    const stored = ingest.stored;
    return {
      events: n,
      chromium_version: session.version,
      // The commit path: what a sync waits for between two pages (texts committed uncompressed).
      ingest_events_per_s: (n * 1000) / ingest.totalMs,
      // The same plus compacting everything afterwards: all the CPU work of storing, as when nothing else waits.
      ingest_with_compaction_events_per_s: (n * 1000) / (ingest.totalMs + compaction.ms),
      compact_1m_ms: per1M(compaction.ms, stored),
      // Compressing inline instead: one commit path that does everything, no compaction afterwards.
      ingest_inline_compaction_events_per_s: (n * 1000) / inline.totalMs,
      compacted_chunks: compaction.chunks,
      // Robust to another process taking the CPU for a while; the first page also pays for compiling the code.
      ingest_median_page_events_per_s: median(ingest.pageRates),
      ingest_parse_share: ingest.parseMs / ingest.totalMs,
      ingest_decode_share: ingest.decodeMs / ingest.totalMs,
      ingest_store_share: ingest.storeMs / ingest.totalMs,
      ingest_store_events_per_s: (n * 1000) / ingest.storeMs,
      ingest_malformed: ingest.malformed,
      ingest_duplicates: ingest.duplicates,
      page_json_bytes_per_event: ingest.pageBytes / n,
      read_hot_1m_ms: per1M(Math.min(...read.times.hot), stored),
      read_full_1m_ms: per1M(Math.min(...read.times.full), stored),
      read_raw_properties_1m_ms: per1M(Math.min(...read.times.raw), stored),
      read_hot_median_1m_ms: per1M(median(read.times.hot), stored),
      read_full_median_1m_ms: per1M(median(read.times.full), stored),
      read_raw_properties_median_1m_ms: per1M(median(read.times.raw), stored),
      read_hot_after_restart_1m_ms: per1M(restarted.times.hot[0] ?? NaN, stored),
      read_full_after_restart_1m_ms: per1M(restarted.times.full[0] ?? NaN, stored),
      read_raw_properties_after_restart_1m_ms: per1M(restarted.times.raw[0] ?? NaN, stored),
      bytes_per_event: disk.bytes / stored,
      bytes_per_event_before_compaction: diskBeforeCompaction.bytes / stored,
      disk_bytes: disk.bytes,
      disk_settled: disk.settled ? 1 : 0,
      disk_wait_ms: disk.waitedMs,
      disk_folders: JSON.stringify(disk.folders),
      store_split_encode_1m_ms: per1M(steps.encodeMs, steps.events),
      store_split_compress_1m_ms: per1M(steps.compressMs, steps.events),
      store_split_write_1m_ms: per1M(Math.max(0, steps.appendMs - steps.encodeMs), steps.events),
      store_split_compact_1m_ms: per1M(steps.compactMs, steps.events),
      text_compression_ratio: steps.textChars / steps.compressedBytes,
      estimate_bytes_per_event: estimated === null ? null : estimated / stored,
    };
  },
};
