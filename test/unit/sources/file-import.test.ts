import { describe, expect, it } from 'vitest';
import { parseJsonLines, parseQueryRows, readQueryResponse } from '../../../src/sources/file-import/parse-import';
import { readJsonLinesPieces, readQueryResponsePieces, looksLikeQueryResponse } from '../../../src/sources/file-import/read-file';
import type { ImportPiece } from '../../../src/platform/protocol';

const event = (n: number, extra: Record<string, unknown> = {}) => ({
  uuid: `0190ab00-0000-7000-8000-${String(n).padStart(12, '0')}`,
  event: '$pageview',
  timestamp: '2026-07-01T14:03:05.123000+02:00',
  distinct_id: `d${n}`,
  properties: { $session_id: `s${n}`, $groups: { company: 'acme' } },
  ...extra,
});

const file = (name: string, text: string) => {
  const blob = new Blob([text]);
  return { name, size: blob.size, stream: () => blob.stream(), text: () => blob.text() };
};

async function collect(pieces: AsyncGenerator<ImportPiece>) {
  const out: ImportPiece[] = [];
  for await (const piece of pieces) out.push(piece);
  return out;
}

describe('parseJsonLines', () => {
  it('reads PostHog export lines, with properties as an object or a JSON string', () => {
    const lines = [JSON.stringify(event(1)), JSON.stringify(event(2, { properties: '{"$session_id":"x","$group_0":"beta"}', person_id: 'ABC' })), ''];
    const { batch, malformed } = parseJsonLines(lines, 1, 'events.jsonl');
    expect(malformed).toBe(0);
    expect(batch.length).toBe(2);
    expect(batch.timestamp[0]).toBe(Date.UTC(2026, 6, 1, 12, 3, 5, 123));
    // $session_id and $group_N fall back to the properties when the export has no such column.
    expect(batch.sessionId).toEqual(['s1', 'x']);
    expect(batch.groups[0]).toEqual(['acme', 'beta']);
    expect(batch.personId).toEqual([null, 'abc']);
    expect(batch.properties[1]).toBe('{"$session_id":"x","$group_0":"beta"}');
  });

  it('names the file and line of each kind of bad line, and keeps the good ones', () => {
    const lines = [JSON.stringify(event(1)), '{oops', JSON.stringify(event(3, { uuid: 'nope' })), JSON.stringify(event(4, { timestamp: 'later' })), JSON.stringify(event(5, { properties: '[1]' })), JSON.stringify(event(6))];
    const { batch, malformed, malformedExample } = parseJsonLines(lines, 41, 'export.jsonl');
    expect(batch.length).toBe(2);
    expect(malformed).toBe(4);
    expect(malformedExample).toBe('export.jsonl line 42: not valid JSON');
    expect(parseJsonLines([lines[2]!], 7, 'f').malformedExample).toMatch(/line 7: "uuid" is missing or not a UUID/);
    expect(parseJsonLines([lines[3]!], 7, 'f').malformedExample).toMatch(/"timestamp" is missing or unreadable/);
    expect(parseJsonLines([lines[4]!], 7, 'f').malformedExample).toMatch(/properties is not a JSON object/);
  });
});

describe('query-API responses', () => {
  it('matches rows to columns by name, in any order', () => {
    const response = readQueryResponse({ columns: ['event', 'uuid', 'distinct_id', 'timestamp', 'properties'], results: [['$identify', event(9).uuid, 'u9', '2026-07-01T10:00:00Z', '{}']] });
    if (typeof response === 'string') throw new Error(response);
    const { batch } = parseQueryRows(response.columns, response.rows, 1, 'q.json');
    expect(batch.event).toEqual(['$identify']);
    expect(batch.distinctId).toEqual(['u9']);
  });

  it('explains a JSON file that is not a query response', () => {
    expect(readQueryResponse({ hello: 1 })).toMatch(/"columns" and "results"/);
    expect(readQueryResponse({ columns: ['event'], results: [] })).toMatch(/no "uuid" column/);
  });
});

describe('reading files in pieces', () => {
  it('streams JSONL in pieces of 5,000 lines with the right line numbers, across chunk borders', async () => {
    const text = Array.from({ length: 12_001 }, (_, i) => JSON.stringify(event(i))).join('\r\n');
    const pieces = await collect(readJsonLinesPieces(file('big.jsonl', text), 'id'));
    expect(pieces.map((p) => (p.kind === 'lines' ? [p.firstLine, p.lines.length, p.last] : null))).toEqual([[1, 5000, false], [5001, 5000, false], [10001, 2001, true]]);
    const last = pieces[2]!;
    if (last.kind !== 'lines') throw new Error('lines expected');
    expect(parseJsonLines(last.lines, last.firstLine, 'big.jsonl').batch.uuid.at(-1)).toBe(event(12_000).uuid);
  });

  it('splits a query response into pieces of rows and rejects invalid JSON with the file name', async () => {
    const doc = JSON.stringify({ columns: ['uuid', 'event', 'timestamp', 'distinct_id'], results: Array.from({ length: 7000 }, (_, i) => [event(i).uuid, 'e', '2026-07-01T10:00:00Z', 'd']) });
    const pieces = await collect(readQueryResponsePieces(file('q.json', doc), 'id'));
    expect(pieces.map((p) => (p.kind === 'rows' ? [p.rows.length, p.last] : null))).toEqual([[5000, false], [2000, true]]);
    await expect(collect(readQueryResponsePieces(file('bad.json', '{"columns": ['), 'id'))).rejects.toThrow(/bad.json is not valid JSON/);
  });

  it('tells JSONL from a query response', () => {
    expect(looksLikeQueryResponse('a.json', '')).toBe(true);
    expect(looksLikeQueryResponse('a.jsonl', '{"columns": []}')).toBe(false);
    expect(looksLikeQueryResponse('export', '{"columns": ["uuid"], "results": []}')).toBe(true);
    expect(looksLikeQueryResponse('export', '{"uuid": "a"}\n{"uuid": "b"}')).toBe(false);
  });
});
