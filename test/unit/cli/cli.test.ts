import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseRoleConfig } from '../../../src/core/config/parse-role-config';
import { computeDashboard } from '../../../src/core/dashboard/compute-dashboard';
import { buildEventTable } from '../../../src/core/engine/event-table-builder';
import { prepare } from '../../../src/core/engine/prepare';
import { parseJsonLines } from '../../../src/sources/file-import/parse-import';
import { generateDemoData } from '../../demo-data/generate';
import { eventToJsonLine, groupToJsonLine, personToJsonLine } from '../../demo-data/jsonl';
import { demoRoleConfig } from '../../demo-data/role-config';
import type { DemoDataset } from '../../demo-data/types';

const root = resolve(import.meta.dirname, '../../..');
const run = promisify(execFile);

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], { cwd: root, maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;
let dataset: DemoDataset;
const file = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pmf-cli-'));
  dataset = generateDemoData({ seed: 3, events: 6000, days: 60 });
  writeFileSync(file('events.jsonl'), dataset.events.map(eventToJsonLine).join('\n'));
  writeFileSync(file('persons.jsonl'), dataset.persons.map(personToJsonLine).join('\n'));
  writeFileSync(file('groups.jsonl'), dataset.groups.map(groupToJsonLine).join('\n'));
  writeFileSync(file('config.json'), demoRoleConfig(dataset.project));
});

const base = () => ['--events', file('events.jsonl'), '--persons', file('persons.jsonl'), '--groups', file('groups.jsonl'), '--config', file('config.json')];

describe('pmf-lens dashboard', () => {
  it('prints the same JSON as the engine computes in-process', async () => {
    const result = await cli(['dashboard', ...base(), '--from', '2026-10-01', '--to', '2026-10-31', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);
    const { batch } = parseJsonLines(dataset.events.map(eventToJsonLine), 1, 'x');
    const persons = dataset.persons.map((p) => ({ id: p.id, distinct_ids: p.distinct_ids, properties: p.properties, created_at: p.created_at }));
    const config = parseRoleConfig(JSON.parse(demoRoleConfig(dataset.project)));
    const { table } = buildEventTable([batch]);
    const expected = computeDashboard(prepare({ table, persons, groups: dataset.groups, config }).data, { from: '2026-10-01', to: '2026-10-31', actor: 'person' });
    expect(printed).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(printed.range).toEqual({ from: '2026-10-01', to: '2026-10-31', timezone: 'Europe/Berlin' });
    expect(printed.tiles.signups.value).toBeGreaterThan(0);
  });

  it('prints a readable dashboard without --json', async () => {
    const result = await cli(['dashboard', ...base(), '--from', '2026-10-01', '--to', '2026-10-31']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Customer analytics, 2026-10-01 to 2026-10-31 (Europe/Berlin), persons');
    expect(result.stdout).toMatch(/Signup conversion \(14 days\): [\d,]+ of [\d,]+ converted/);
  });

  it('prints a customer profile', async () => {
    const json = JSON.parse((await cli(['dashboard', ...base(), '--from', '2026-10-01', '--to', '2026-10-31', '--json'])).stdout);
    const top = json.tiles.power_users[0];
    const result = await cli(['profile', '--actor', top.actor, ...base()]);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(`${top.name} (person ${top.actor})`);
    expect(result.stdout).toContain('Activity, page 1 of');
  });
});

describe('bad input: a clear message and exit status 2', () => {
  const cases: [string, () => string[], RegExp][] = [
    ['an unreadable events file', () => ['dashboard', '--events', file('nope.jsonl'), '--config', file('config.json'), '--from', '2026-10-01', '--to', '2026-10-31'], /--events file .*nope\.jsonl cannot be read/],
    ['a malformed line', () => {
      writeFileSync(file('bad.jsonl'), `${eventToJsonLine(dataset.events[0]!)}\n${eventToJsonLine(dataset.events[1]!)}\n{"uuid": 1`);
      return ['dashboard', '--events', file('bad.jsonl'), '--config', file('config.json'), '--from', '2026-10-01', '--to', '2026-10-31'];
    }, /bad\.jsonl line 3: not valid JSON/],
    ['a config field of the wrong shape', () => {
      const config = JSON.parse(demoRoleConfig(dataset.project));
      config.roles.signup_pageview[0].properties[0].operator = 'contains';
      writeFileSync(file('bad-config.json'), JSON.stringify(config));
      return ['dashboard', '--events', file('events.jsonl'), '--config', file('bad-config.json'), '--from', '2026-10-01', '--to', '2026-10-31'];
    }, /bad-config\.json: .*roles\.signup_pageview\[0\]\.properties\[0\]\.operator/],
    ['from after to', () => ['dashboard', ...base(), '--from', '2026-10-31', '--to', '2026-10-01'], /--from 2026-10-31 is after --to 2026-10-01/],
    ['a date that is not one', () => ['dashboard', ...base(), '--from', '2026-02-30', '--to', '2026-03-01'], /2026-02-30/],
    ['an unknown command', () => ['dashbord'], /Unknown command "dashbord"/],
    ['an unknown customer', () => ['profile', '--actor', 'nobody', ...base()], /No customer "nobody"/],
  ];
  it.each(cases)('%s', async (_, args, message) => {
    const result = await cli(args());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });
});
