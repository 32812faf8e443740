// The command line over the same core as the extension: `npm run cli -- dashboard …` or the package's bin.
import type { RoleConfig } from '../core/config/role-config';
import { computeDashboard } from '../core/dashboard/compute-dashboard';
import type { DashboardActor } from '../core/dashboard/dashboard-output';
import { buildCustomerProfile } from '../core/profile/build-customer-profile';
import { UserError } from '../core/user-error';
import { parseCliArgs } from './args';
import { formatDashboard } from './format-dashboard';
import { formatProfile } from './format-profile';
import { InputError } from './input-error';
import { loadProject } from './load-project';

const actorOf = (config: RoleConfig): DashboardActor => (config.business.type === 'b2b' ? `group:${config.business.groupTypeIndex}` : 'person');

async function run(argv: readonly string[]): Promise<string> {
  const args = parseCliArgs(argv);
  const project = await loadProject(args);
  const { data, actors, roleMasks, unsupported, unsupportedTestAccountFilters } = project.prepared;
  // Role features we cannot evaluate offline are said, never silently dropped.
  for (const [role, problems] of Object.entries(unsupported)) for (const problem of problems) process.stderr.write(`warning: role ${role}: ${problem}\n`);
  for (const problem of unsupportedTestAccountFilters) process.stderr.write(`warning: test-account filter: ${problem}\n`);
  if (args.command === 'dashboard') {
    const output = computeDashboard(data, { from: args.from!, to: args.to!, actor: actorOf(project.config) });
    return args.json ? JSON.stringify(output, null, 2) : formatDashboard(output);
  }
  const profile = buildCustomerProfile(
    { table: project.table, actors, roles: roleMasks, actorId: args.actor!, persons: project.persons, groups: project.groups },
    { historyPage: args.page },
  );
  if (!profile) throw new InputError(`No customer "${args.actor}": no event, person or group in the inputs has that id.`);
  return args.json ? JSON.stringify(profile, null, 2) : formatProfile(profile);
}

run(process.argv.slice(2)).then(
  (text) => {
    process.stdout.write(`${text}\n`);
  },
  (error: unknown) => {
    if (error instanceof InputError || error instanceof UserError) {
      process.stderr.write(`pmf-lens: ${error.message}\n`);
      process.exit(2);
    }
    process.stderr.write(`pmf-lens: unexpected failure: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
