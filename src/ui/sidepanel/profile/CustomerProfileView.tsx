// The customer profile (DESIGN §5, PostHog's profile): identity and properties, milestones, usage, the activity
// history by session, errors and support tickets. Back hands control to the caller, which keeps the dashboard's
// state, so the dashboard comes back where it was.
import { useEffect, useRef } from 'preact/hooks';
import { ActivityHistory } from './ActivityHistory';
import { ProfileErrors } from './ProfileErrors';
import { ProfileIdentity } from './ProfileIdentity';
import { ProfileMilestones } from './ProfileMilestones';
import type { ProfileModel } from './profile-model';
import { ProfileTickets } from './ProfileTickets';
import { ProfileUsage } from './ProfileUsage';
import './profile.css';

export interface CustomerProfileViewProps {
  model: ProfileModel;
  onBack: () => void;
}

export function CustomerProfileView({ model, onBack }: CustomerProfileViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const actor = model.actor.value;
  const profile = model.profile.value;
  const loading = model.profileLoading.value;
  const error = model.profileError.value;

  // A new customer: start at the top, with the keyboard on its name (a screen reader announces it).
  useEffect(() => {
    window.scrollTo(0, 0);
    heading.current?.focus();
  }, [actor]);

  const goToPage = (page: number) => {
    model.showHistoryPage(page);
    document.getElementById('profile-history-title')?.scrollIntoView({ block: 'start' });
  };

  return (
    <article class="customer-profile stack" data-testid="customer-profile" aria-busy={loading}>
      <div class="profile-bar">
        <button type="button" class="profile-back" data-testid="profile-back" onClick={onBack}>
          ← Back
        </button>
      </div>
      <header class="stack tight">
        <h2 ref={heading} tabIndex={-1} class="profile-name" data-testid="profile-name">
          {profile?.name ?? actor ?? ''}
        </h2>
        {profile && profile.name !== profile.actor && <p class="muted mono">{profile.actor}</p>}
      </header>
      {error !== null && <p class="error" role="alert">{error}</p>}
      {model.profileMissing.value ? (
        <p class="card muted" data-testid="profile-missing">No stored event, person or group has this id any more.</p>
      ) : profile === null ? (
        <p class="muted" role="status">Loading the profile…</p>
      ) : (
        <>
          <ProfileIdentity profile={profile} />
          <div class="profile-grid">
            <ProfileMilestones milestones={profile.milestones} missing={profile.missing_roles} />
            <ProfileUsage usage={profile.usage} />
          </div>
          <ActivityHistory history={profile.history} loading={loading} onPage={goToPage} />
          <div class="profile-grid">
            <ProfileErrors errors={profile.errors} />
            <ProfileTickets tickets={profile.tickets} />
          </div>
        </>
      )}
    </article>
  );
}
