// The role the popup opens on: `?role=<name>` or `#role=<name>` (the side panel's "Configure <role>" opens
// popup/index.html?role=signup). Anything that is not a role name is ignored.
import { ROLE_NAMES, type RoleName } from '../../core/engine/prepared-data';

export function focusRoleFrom(search: string, hash: string): RoleName | null {
  const wanted = new URLSearchParams(search).get('role') ?? new URLSearchParams(hash.replace(/^#/, '')).get('role');
  return (ROLE_NAMES as readonly string[]).includes(wanted ?? '') ? (wanted as RoleName) : null;
}
