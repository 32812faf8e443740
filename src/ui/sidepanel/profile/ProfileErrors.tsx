// The customer's `$exception` events grouped as error tracking groups them, most recently seen first.
import type { ErrorGroup } from '../../../core/profile/error-groups';
import { formatCount } from '../../shared/format';
import { formatInstant } from './profile-format';

export function ProfileErrors({ errors }: { errors: readonly ErrorGroup[] }) {
  return (
    <section class="card stack tight" data-testid="profile-errors" aria-labelledby="profile-errors-title">
      <h3 id="profile-errors-title">Errors</h3>
      {errors.length === 0 ? (
        <p class="muted">No errors ($exception events) stored for this customer.</p>
      ) : (
        <ul class="profile-list">
          {errors.map((error) => (
            <li key={error.key} class="profile-item" data-testid="error-group">
              <div class="row spread wrap">
                <strong class="profile-item-title">{error.type ?? 'Error'}</strong>
                <span class="badge" data-testid="error-count">
                  {formatCount(error.count)}× · {formatCount(error.sessions)} {error.sessions === 1 ? 'session' : 'sessions'}
                </span>
              </div>
              {error.message !== null && <p class="profile-item-text">{error.message}</p>}
              <p class="hint">
                First seen {formatInstant(error.first_seen)} · last seen {formatInstant(error.last_seen)}
                {error.handled === false ? ' · unhandled' : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
