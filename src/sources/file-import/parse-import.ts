// Files a user may import for offline use: a PostHog JSONL event export (one event per line) or a query-API
// JSON response ({columns, results}). Unreadable lines are counted and the first one described with its number.
import { emptyBatch, type EventBatch } from '../../core/events/event-batch';
import { addEventRecord } from './event-record';

export interface ParsedPiece {
  batch: EventBatch;
  malformed: number;
  malformedExample: string | null;
}

/** `firstLine` is the 1-based number of lines[0] in the file, so messages point at the right line. */
export function parseJsonLines(lines: readonly string[], firstLine: number, fileName: string): ParsedPiece {
  const batch = emptyBatch(lines.length);
  let malformed = 0;
  let malformedExample: string | null = null;
  lines.forEach((line, offset) => {
    if (line.trim() === '') return;
    let problem: string | null;
    try {
      problem = addEventRecord(batch, JSON.parse(line));
    } catch {
      problem = 'not valid JSON';
    }
    if (problem) {
      malformed++;
      malformedExample ??= `${fileName} line ${firstLine + offset}: ${problem}`;
    }
  });
  return { batch, malformed, malformedExample };
}

/** Rows of a query-API response, matched to their columns by name (any order, extra columns ignored). */
export function parseQueryRows(columns: readonly string[], rows: readonly unknown[][], firstRow: number, fileName: string): ParsedPiece {
  const batch = emptyBatch(rows.length);
  let malformed = 0;
  let malformedExample: string | null = null;
  rows.forEach((row, offset) => {
    const problem = Array.isArray(row)
      ? addEventRecord(batch, Object.fromEntries(columns.map((name, i) => [name, row[i]])))
      : 'not a row (an array of values)';
    if (problem) {
      malformed++;
      malformedExample ??= `${fileName} result row ${firstRow + offset}: ${problem}`;
    }
  });
  return { batch, malformed, malformedExample };
}

/** A query-API response's columns and rows, or what is wrong with the document. */
export function readQueryResponse(document: unknown): { columns: string[]; rows: unknown[][] } | string {
  const d = document as { columns?: unknown; results?: unknown } | null;
  if (!d || typeof d !== 'object' || !Array.isArray(d.columns) || !Array.isArray(d.results)) {
    return 'a JSON file must be a PostHog query-API response with "columns" and "results"';
  }
  if (!d.columns.every((c) => typeof c === 'string')) return '"columns" must be a list of names';
  for (const needed of ['uuid', 'event', 'timestamp', 'distinct_id']) {
    if (!d.columns.includes(needed)) return `the query response has no "${needed}" column; select uuid, event, timestamp, distinct_id, person_id, properties`;
  }
  return { columns: d.columns as string[], rows: d.results as unknown[][] };
}
