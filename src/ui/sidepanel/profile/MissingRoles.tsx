// What a profile section says when a role it reads is not configured: which role, in words, never a zero.
import { ROLE_LABELS } from '../../../core/config/describe-role';
import type { RoleName } from '../../../core/engine/prepared-data';

export function MissingRoles({ roles }: { roles: readonly RoleName[] }) {
  if (roles.length === 0) return null;
  const names = roles.map((role) => ROLE_LABELS[role].title);
  return (
    <p class="muted profile-missing" data-testid="missing">
      Needs the {names.join(', ')} {roles.length === 1 ? 'role' : 'roles'}: not configured yet (set {roles.length === 1 ? 'it' : 'them'} in
      the extension popup).
    </p>
  );
}
