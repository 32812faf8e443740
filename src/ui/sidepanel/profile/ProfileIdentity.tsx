// Who the customer is: name, email, id, distinct ids, first and last seen, and the record's properties folded.
import type { CustomerProfile } from '../../../core/profile/customer-profile';
import { formatCount } from '../../shared/format';
import { KeyValueList } from './KeyValueList';
import { formatInstant, valueText } from './profile-format';

export function ProfileIdentity({ profile }: { profile: CustomerProfile }) {
  const email = typeof profile.properties.email === 'string' ? profile.properties.email : null;
  const propertyCount = Object.keys(profile.properties).length;
  const kind = profile.kind === 'group' ? `Group${profile.group_type_index === null ? '' : ` (type ${profile.group_type_index})`}` : 'Person';
  return (
    <section class="card stack tight" aria-labelledby="profile-identity-title">
      <h3 id="profile-identity-title" class="visually-hidden">Identity</h3>
      <dl class="facts">
        <dt>Kind</dt>
        <dd>{kind}</dd>
        {email !== null && email !== profile.name && (
          <>
            <dt>Email</dt>
            <dd>{email}</dd>
          </>
        )}
        <dt>ID</dt>
        <dd class="mono">{profile.actor}</dd>
        {profile.distinct_ids.length > 0 && (
          <>
            <dt>Distinct IDs</dt>
            <dd class="mono">{profile.distinct_ids.map(valueText).join(', ')}</dd>
          </>
        )}
        <dt>First seen</dt>
        <dd>{formatInstant(profile.first_seen)}</dd>
        <dt>Last seen</dt>
        <dd>{formatInstant(profile.last_seen)}</dd>
        <dt>Events</dt>
        <dd>{formatCount(profile.event_count)}</dd>
      </dl>
      <details class="profile-properties" data-testid="profile-properties">
        <summary>Properties ({formatCount(propertyCount)})</summary>
        <KeyValueList properties={profile.properties} empty="No person or group record with properties is stored." />
      </details>
    </section>
  );
}
