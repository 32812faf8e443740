import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../../demo-data/generate.ts';
import { eventToJsonLine, parseGroupLine, parsePersonLine, parseProject } from '../../demo-data/jsonl.ts';

const CLI = fileURLToPath(new URL('../../demo-data/cli.ts', import.meta.url));

function runCli(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', CLI, ...args], (error, _stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stderr });
    });
  });
}

describe('demo-data CLI', () => {
  it.concurrent('rejects bad arguments with exit code 2 and a message', async () => {
    const result = await runCli(['--events', 'lots', '--out', tmpdir()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--events must be/);
  });

  it.concurrent('writes the same dataset as generateDemoData, as JSON lines', async () => {
    const out = mkdtempSync(join(tmpdir(), 'demo-data-'));
    try {
      const end = '2026-06-01T00:00:00Z';
      const result = await runCli(['--events', '3000', '--seed', '5', '--days', '40', '--end', end, '--out', out]);
      expect(result.code, result.stderr).toBe(0);
      const expected = generateDemoData({ seed: 5, events: 3000, days: 40, end: Date.parse(end) });
      const events = readFileSync(join(out, 'events.jsonl'), 'utf8');
      expect(events).toBe(expected.events.map((e) => `${eventToJsonLine(e)}\n`).join(''));
      const lines = (file: string) => readFileSync(join(out, file), 'utf8').trimEnd().split('\n');
      expect(lines('persons.jsonl').map(parsePersonLine)).toEqual(expected.persons);
      expect(lines('groups.jsonl').map(parseGroupLine)).toEqual(expected.groups);
      expect(parseProject(readFileSync(join(out, 'project.json'), 'utf8'))).toEqual(expected.project);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
