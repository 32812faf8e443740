// Everything the CLI computes from: the events, persons and groups files and the role config, checked.
import { readFile } from 'node:fs/promises';
import { parseRoleConfig } from '../core/config/parse-role-config';
import type { RoleConfig } from '../core/config/role-config';
import { buildEventTable } from '../core/engine/event-table-builder';
import { prepare, type Prepared } from '../core/engine/prepare';
import type { EventTable, GroupInfo, PersonInfo } from '../core/events/event-table';
import { UserError } from '../core/user-error';
import type { CliArgs } from './args';
import { InputError } from './input-error';
import { readEventsFile } from './read-events';
import { checkReadable } from './read-lines';
import { readGroupsFile, readPersonsFile } from './read-people';

export interface LoadedProject {
  config: RoleConfig;
  table: EventTable;
  persons: PersonInfo[];
  groups: GroupInfo[];
  prepared: Prepared;
}

async function readConfig(path: string) {
  await checkReadable(path, 'The --config');
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new InputError(`${path} is not valid JSON (${(error as Error).message}).`);
  }
  try {
    return parseRoleConfig(json);
  } catch (error) {
    if (error instanceof UserError) throw new InputError(`${path}: ${error.message}`);
    throw error;
  }
}

export async function loadProject(args: CliArgs): Promise<LoadedProject> {
  const config = await readConfig(args.config);
  const [batches, persons, groups] = await Promise.all([
    readEventsFile(args.events),
    args.persons ? readPersonsFile(args.persons) : Promise.resolve([]),
    args.groups ? readGroupsFile(args.groups) : Promise.resolve([]),
  ]);
  const { table } = buildEventTable(batches);
  return { config, table, persons, groups, prepared: prepare({ table, persons, groups, config }) };
}
