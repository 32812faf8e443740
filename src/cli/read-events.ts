// --events: a PostHog JSONL export (one event per line) or a query-API JSON response.
import { readFile } from 'node:fs/promises';
import type { EventBatch } from '../core/events/event-batch';
import { parseJsonLines, parseQueryRows, readQueryResponse } from '../sources/file-import/parse-import';
import { InputError } from './input-error';
import { checkReadable, firstLine, readLines } from './read-lines';

const LINES_PER_BATCH = 20_000;

function failOnMalformed(malformedExample: string | null): void {
  if (malformedExample) throw new InputError(`${malformedExample}. Every line must be one PostHog event (uuid, event, timestamp, distinct_id, properties).`);
}

async function readQueryResponseFile(path: string): Promise<EventBatch[]> {
  let document: unknown;
  try {
    document = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new InputError(`${path} is not valid JSON (${(error as Error).message}); give a JSONL export or a query-API JSON response.`);
  }
  const response = readQueryResponse(document);
  if (typeof response === 'string') throw new InputError(`${path}: ${response}.`);
  const parsed = parseQueryRows(response.columns, response.rows, 1, path);
  failOnMalformed(parsed.malformedExample);
  return [parsed.batch];
}

export async function readEventsFile(path: string): Promise<EventBatch[]> {
  await checkReadable(path, 'The --events');
  const head = await firstLine(path);
  // A JSONL line is a whole event; a query-API response starts an object with "columns" (possibly on its own line).
  const isJsonDocument = head.trim() === '{' || head.trim().startsWith('[') || /^\s*\{\s*"(columns|results|types|cache_key)"/.test(head);
  if (isJsonDocument) return readQueryResponseFile(path);
  const batches: EventBatch[] = [];
  let lines: string[] = [];
  let first = 1;
  const flush = () => {
    const parsed = parseJsonLines(lines, first, path);
    failOnMalformed(parsed.malformedExample);
    batches.push(parsed.batch);
    lines = [];
  };
  for await (const { line, number } of readLines(path)) {
    if (lines.length === 0) first = number;
    lines.push(line);
    if (lines.length >= LINES_PER_BATCH) flush();
  }
  if (lines.length > 0) flush();
  return batches;
}
