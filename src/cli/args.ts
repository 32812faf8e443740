// `pmf-lens dashboard --events F --config F --from D --to D [--persons F] [--groups F] [--json]`
// `pmf-lens profile --actor ID --events F --config F [--persons F] [--groups F] [--page N] [--json]`
import { InputError } from './input-error';

export interface CliArgs {
  command: 'dashboard' | 'profile';
  events: string;
  config: string;
  persons: string | null;
  groups: string | null;
  from: string | null;
  to: string | null;
  actor: string | null;
  page: number;
  json: boolean;
}

export const USAGE = `Usage:
  pmf-lens dashboard --events FILE --config FILE --from YYYY-MM-DD --to YYYY-MM-DD [--persons FILE] [--groups FILE] [--json]
  pmf-lens profile --actor ID --events FILE --config FILE [--persons FILE] [--groups FILE] [--page N] [--json]

  --events   a PostHog JSONL export (one event per line) or a query-API JSON response
  --config   the role configuration exported by the extension's popup
  --persons  JSONL of {id, distinct_ids, properties, created_at}
  --groups   JSONL of PostHog groups {group_type_index, group_key, group_properties, created_at}`;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command !== 'dashboard' && command !== 'profile') throw new InputError(command ? `Unknown command "${command}".\n${USAGE}` : USAGE);
  const args: CliArgs = { command, events: '', config: '', persons: null, groups: null, from: null, to: null, actor: null, page: 1, json: false };
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i]!;
    if (flag === '--json') {
      args.json = true;
      continue;
    }
    const value = rest[++i];
    if (value === undefined || value.startsWith('--')) throw new InputError(`${flag} needs a value.\n${USAGE}`);
    switch (flag) {
      case '--events': args.events = value; break;
      case '--config': args.config = value; break;
      case '--persons': args.persons = value; break;
      case '--groups': args.groups = value; break;
      case '--from': args.from = value; break;
      case '--to': args.to = value; break;
      case '--actor': args.actor = value; break;
      case '--page':
        if (!/^[1-9]\d*$/.test(value)) throw new InputError(`--page takes a page number from 1, not "${value}".`);
        args.page = Number(value);
        break;
      default: throw new InputError(`Unknown option ${flag}.\n${USAGE}`);
    }
  }
  if (!args.events) throw new InputError(`--events FILE is required.\n${USAGE}`);
  if (!args.config) throw new InputError(`--config FILE is required.\n${USAGE}`);
  if (command === 'dashboard') {
    for (const [name, value] of [['--from', args.from], ['--to', args.to]] as const) {
      if (!value) throw new InputError(`${name} YYYY-MM-DD is required.\n${USAGE}`);
      if (!DATE.test(value)) throw new InputError(`${name} must be a date as YYYY-MM-DD, not "${value}".`);
    }
    if (args.from! > args.to!) throw new InputError(`--from ${args.from} is after --to ${args.to}.`);
  }
  if (command === 'profile' && !args.actor) throw new InputError(`--actor ID is required.\n${USAGE}`);
  return args;
}
