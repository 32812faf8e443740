// The role config as pages see it, and saving a config file's text after checking every field.
import { isPlainPageview } from '../core/config/default-roles';
import { parseRoleConfig } from '../core/config/parse-role-config';
import { serializeRoleConfig } from '../core/config/serialize-role-config';
import { UserError } from '../core/user-error';
import type { RoleConfigView } from '../platform/protocol';
import type { Database } from './database';
import { loadRoleConfig, saveRoleConfig } from './role-config-store';

export async function roleConfigView(db: Database): Promise<RoleConfigView> {
  const loaded = await loadRoleConfig(db);
  return { text: serializeRoleConfig(loaded.config), source: loaded.source, problems: loaded.problems, plainPageviewActivity: isPlainPageview(loaded.config.roles.activity) };
}

export async function saveRoleConfigText(db: Database, text: string): Promise<RoleConfigView> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UserError('bad_config', `The configuration is not valid JSON (${(error as Error).message}).`);
  }
  await saveRoleConfig(db, parseRoleConfig(json));
  return roleConfigView(db);
}
