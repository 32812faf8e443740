// Signed up, subscribed, first payment and what was paid in total. A milestone whose role is not configured says
// so; one that simply never happened says "Not yet".
import type { RoleName } from '../../../core/engine/prepared-data';
import type { Milestones } from '../../../core/profile/milestones';
import { formatCount } from '../../shared/format';
import { MissingRoles } from './MissingRoles';
import { formatInstant, formatMoney } from './profile-format';

function At({ iso, role, missing }: { iso: string | null; role: RoleName; missing: readonly RoleName[] }) {
  if (missing.includes(role)) return <dd class="muted">Not configured</dd>;
  return <dd>{iso === null ? <span class="muted">Not yet</span> : formatInstant(iso)}</dd>;
}

export function ProfileMilestones({ milestones, missing }: { milestones: Milestones; missing: readonly RoleName[] }) {
  const payments = milestones.payments;
  const relevant = missing.filter((role) => role === 'signup' || role === 'subscription' || role === 'payment');
  return (
    <section class="card stack tight" data-testid="profile-milestones" aria-labelledby="profile-milestones-title">
      <h3 id="profile-milestones-title">Milestones</h3>
      <dl class="facts">
        <dt>Signed up</dt>
        <At iso={milestones.signed_up_at} role="signup" missing={missing} />
        <dt>Subscribed</dt>
        <At iso={milestones.subscribed_at} role="subscription" missing={missing} />
        <dt>First payment</dt>
        <At iso={milestones.first_payment_at} role="payment" missing={missing} />
        <dt>Total paid</dt>
        {payments === null ? (
          <dd class="muted">Not configured</dd>
        ) : payments.count === 0 ? (
          <dd class="muted">No payments</dd>
        ) : (
          <dd>
            {payments.totals.map((total) => formatMoney(total.amount, total.currency)).join(' + ') || '–'}{' '}
            <span class="muted">
              in {formatCount(payments.count)} {payments.count === 1 ? 'payment' : 'payments'}
              {payments.without_amount > 0 ? ` (${formatCount(payments.without_amount)} without an amount)` : ''}
            </span>
          </dd>
        )}
      </dl>
      <MissingRoles roles={relevant} />
    </section>
  );
}
