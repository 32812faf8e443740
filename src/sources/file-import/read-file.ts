// Reads an export file in pieces small enough for one message each, without holding a large file in memory:
// JSONL is streamed line by line; a query-API JSON response has to be parsed whole.
import type { ImportPiece } from '../../platform/protocol';
import { readQueryResponse } from './parse-import';

const LINES_PER_PIECE = 5_000;

export interface FileLike {
  name: string;
  size: number;
  stream(): ReadableStream<Uint8Array>;
  text(): Promise<string>;
}

/** JSON when the name says so, or when a .txt or nameless file starts with an object holding "columns". */
export function looksLikeQueryResponse(fileName: string, head: string): boolean {
  if (/\.json$/i.test(fileName)) return true;
  if (/\.(jsonl|ndjson)$/i.test(fileName)) return false;
  return /^\s*\{[\s\S]*"columns"\s*:/.test(head) && !head.includes('\n{');
}

export async function* readJsonLinesPieces(file: FileLike, importId: string): AsyncGenerator<ImportPiece> {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  let carry = '';
  let lines: string[] = [];
  let firstLine = 1;
  let lineNumber = 0;
  const piece = (last: boolean): ImportPiece => {
    const out: ImportPiece = { importId, fileName: file.name, kind: 'lines', firstLine, lines, last };
    firstLine = lineNumber + 1;
    lines = [];
    return out;
  };
  for (;;) {
    const { done, value } = await reader.read();
    const text = done ? decoder.decode() : decoder.decode(value, { stream: true });
    if (text) {
      const parts = (carry + text).split('\n');
      carry = parts.pop() ?? '';
      for (const part of parts) {
        lineNumber++;
        lines.push(part);
        if (lines.length >= LINES_PER_PIECE) yield piece(false);
      }
    }
    if (done) break;
  }
  if (carry) {
    lineNumber++;
    lines.push(carry);
  }
  yield piece(true);
}

export async function* readQueryResponsePieces(file: FileLike, importId: string): AsyncGenerator<ImportPiece> {
  let document: unknown;
  try {
    document = JSON.parse(await file.text());
  } catch (error) {
    throw new Error(`${file.name} is not valid JSON (${error instanceof Error ? error.message : String(error)}). Export events as JSONL, one event per line, or as a query-API JSON response.`);
  }
  const response = readQueryResponse(document);
  if (typeof response === 'string') throw new Error(`${file.name}: ${response}.`);
  const { columns, rows } = response;
  if (rows.length === 0) yield { importId, fileName: file.name, kind: 'rows', columns, rows: [], last: true };
  for (let start = 0; start < rows.length; start += LINES_PER_PIECE) {
    yield { importId, fileName: file.name, kind: 'rows', columns, rows: rows.slice(start, start + LINES_PER_PIECE), last: start + LINES_PER_PIECE >= rows.length };
  }
}
