// The ten most active customers of the last 30 days; a name opens that customer's profile.
import type { PowerUser } from '../../../core/metrics/power-users';
import { formatCount } from '../../shared/format';

/** ISO 8601 UTC → "2026-03-04 13:05 UTC": exact and the same for everyone reading a shared screenshot. */
export function formatLastSeen(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso) ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : iso;
}

export function PowerUsersTable({ users, customer, onOpenCustomer }: { users: PowerUser[]; customer: string; onOpenCustomer(actor: string): void }) {
  if (users.length === 0) return <p class="muted">No activity in the last 30 days.</p>;
  return (
    <div class="table-scroll">
      <table class="power-users">
        <thead>
          <tr>
            <th scope="col">{customer}</th>
            <th scope="col" class="num">Events</th>
            <th scope="col">Last seen</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.actor}>
              <td>
                {/* Names are customer data: rendered as text, never as markup. */}
                <button type="button" class="link" data-testid="power-user" onClick={() => onOpenCustomer(user.actor)} title={user.actor}>
                  {user.name}
                </button>
              </td>
              <td class="num">{formatCount(user.count)}</td>
              <td class="nowrap">{formatLastSeen(user.last_seen)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
