// Where a PostHog project's private API lives (analytics-apis.md §A1).

export const POSTHOG_CLOUD_HOSTS = {
  us: 'https://us.posthog.com',
  eu: 'https://eu.posthog.com',
} as const;

const LOCAL_HOSTNAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

export type HostCheck = { ok: true; origin: string } | { ok: false; message: string };

/**
 * Reduces what the user typed to an API origin. HTTPS is required, because the key travels in every request;
 * plain HTTP is allowed only to this machine (a local PostHog or the demo server).
 */
export function checkHost(input: string): HostCheck {
  const text = input.trim();
  if (!text) return { ok: false, message: 'Enter the PostHog host, e.g. https://us.posthog.com.' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, message: `"${text}" is not a web address. Enter the PostHog host, e.g. https://eu.posthog.com.` };
  }
  if (url.protocol === 'http:' && !LOCAL_HOSTNAMES.has(url.hostname)) {
    return { ok: false, message: `${url.origin} is not HTTPS. Your API key would travel in clear text; use the https:// address of your PostHog instance.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: `${url.protocol} addresses are not supported; use the https:// address of your PostHog instance.` };
  }
  // The ingest hosts (us.i.posthog.com) only take events in; reads go to the app host.
  const origin = url.origin.replace(/^https:\/\/(us|eu)\.i\.posthog\.com$/, 'https://$1.posthog.com').replace('https://app.posthog.com', POSTHOG_CLOUD_HOSTS.us);
  return { ok: true, origin };
}

/** A project id is PostHog's integer id (the number after /project/ in its URLs). */
export function checkProjectId(input: string): { ok: true; id: number } | { ok: false; message: string } {
  const text = input.trim();
  if (!/^\d{1,12}$/.test(text) || Number(text) < 1) {
    return { ok: false, message: 'The project id is the number in your PostHog URL after /project/, e.g. 12345.' };
  }
  return { ok: true, id: Number(text) };
}
