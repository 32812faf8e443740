// An unconfigured tile: which roles it needs, and a way to set each one up.
import type { RoleName } from '../../../core/engine/prepared-data';
import { needsText, setUpText } from './missing-roles-text';

export function MissingRoles({ roles, onConfigureRole }: { roles: RoleName[]; onConfigureRole(role: RoleName): void }) {
  return (
    <div class="tile-missing">
      <p class="muted" data-testid="missing">{needsText(roles)}</p>
      <div class="row wrap">
        {roles.map((role) => (
          <button type="button" key={role} onClick={() => onConfigureRole(role)}>
            {setUpText(role)}
          </button>
        ))}
      </div>
    </div>
  );
}
