// When the active tab is a PostHog page, its URL says which host and project the user means: US or EU cloud, or a
// self-hosted origin whose path has /project/<id>/ (DESIGN §1 step 2).
import { POSTHOG_CLOUD_HOSTS } from './hosts';

export interface ProjectHint {
  hostChoice: 'us' | 'eu' | 'custom';
  customHost: string;
  projectId: string;
}

export function projectFromUrl(url: string | undefined): ProjectHint | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const projectId = /\/project\/(\d+)(?:\/|$)/.exec(parsed.pathname)?.[1] ?? '';
  const origin = parsed.origin.replace('://app.posthog.com', '://us.posthog.com');
  if (origin === POSTHOG_CLOUD_HOSTS.us) return { hostChoice: 'us', customHost: '', projectId };
  if (origin === POSTHOG_CLOUD_HOSTS.eu) return { hostChoice: 'eu', customHost: '', projectId };
  // Any other site is a PostHog instance only if its path says so.
  return projectId ? { hostChoice: 'custom', customHost: parsed.origin, projectId } : null;
}
