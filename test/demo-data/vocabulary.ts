// Constant word lists the generator draws from. Kept as module-level constants so the hot loop reuses
// the same strings instead of building new ones per event.
import { WeightedTable } from './random.ts';

export const MARKETING_HOST = 'demo-saas.example';
export const APP_HOST = 'app.demo-saas.example';
export const MARKETING_ORIGIN = `https://${MARKETING_HOST}`;
export const APP_ORIGIN = `https://${APP_HOST}`;
export const SIGNUP_PATH = '/signup';

export interface Page {
  readonly path: string;
  readonly url: string;
  readonly host: string;
}

function marketingPage(path: string): Page {
  return { path, url: MARKETING_ORIGIN + path, host: MARKETING_HOST };
}

function appPage(path: string): Page {
  return { path, url: APP_ORIGIN + path, host: APP_HOST };
}

export const SIGNUP_PAGE = marketingPage(SIGNUP_PATH);
export const PRICING_PAGE = marketingPage('/pricing');
export const ONBOARDING_PAGE = appPage('/app/onboarding');
export const BILLING_PAGE = appPage('/app/settings/billing');

/** Where anonymous visits land and wander. */
export const MARKETING_PAGES = new WeightedTable<Page>([
  [marketingPage('/'), 30],
  [PRICING_PAGE, 14],
  [marketingPage('/features'), 10],
  [marketingPage('/features/dashboards'), 6],
  [marketingPage('/features/reports'), 5],
  [marketingPage('/customers'), 5],
  [marketingPage('/blog'), 6],
  [marketingPage('/blog/product-analytics-guide'), 8],
  [marketingPage('/blog/churn-metrics-that-matter'), 6],
  [marketingPage('/docs'), 4],
  [marketingPage('/docs/getting-started'), 4],
  [marketingPage('/changelog'), 3],
  [marketingPage('/about'), 2],
]);

export const APP_PAGES = new WeightedTable<Page>([
  [appPage('/app/home'), 20],
  [appPage('/app/dashboards'), 14],
  [appPage('/app/dashboards/17'), 10],
  [appPage('/app/dashboards/42'), 8],
  [appPage('/app/reports'), 10],
  [appPage('/app/reports/new'), 5],
  [appPage('/app/insights'), 9],
  [appPage('/app/exports'), 4],
  [appPage('/app/settings/team'), 3],
  [BILLING_PAGE, 2],
]);

export interface Referrer {
  readonly url: string;
  readonly domain: string;
}

export const DIRECT: Referrer = { url: '$direct', domain: '$direct' };

export const REFERRERS = new WeightedTable<Referrer>([
  [DIRECT, 30],
  [{ url: 'https://www.google.com/', domain: 'www.google.com' }, 35],
  [{ url: 'https://www.linkedin.com/', domain: 'www.linkedin.com' }, 10],
  [{ url: 'https://news.ycombinator.com/', domain: 'news.ycombinator.com' }, 6],
  [{ url: 'https://twitter.com/', domain: 'twitter.com' }, 6],
  [{ url: 'https://www.bing.com/', domain: 'www.bing.com' }, 5],
  [{ url: 'https://duckduckgo.com/', domain: 'duckduckgo.com' }, 4],
  [{ url: 'https://www.producthunt.com/', domain: 'www.producthunt.com' }, 4],
]);

export interface Device {
  readonly browser: string;
  readonly browserVersion: number;
  readonly os: string;
  readonly deviceType: string;
  readonly screenWidth: number;
}

export const DEVICES = new WeightedTable<Device>([
  [{ browser: 'Chrome', browserVersion: 130, os: 'Mac OS X', deviceType: 'Desktop', screenWidth: 1512 }, 26],
  [{ browser: 'Chrome', browserVersion: 130, os: 'Windows', deviceType: 'Desktop', screenWidth: 1920 }, 24],
  [{ browser: 'Safari', browserVersion: 18, os: 'Mac OS X', deviceType: 'Desktop', screenWidth: 1440 }, 10],
  [{ browser: 'Firefox', browserVersion: 132, os: 'Windows', deviceType: 'Desktop', screenWidth: 1920 }, 7],
  [{ browser: 'Microsoft Edge', browserVersion: 130, os: 'Windows', deviceType: 'Desktop', screenWidth: 1536 }, 8],
  [{ browser: 'Firefox', browserVersion: 132, os: 'Linux', deviceType: 'Desktop', screenWidth: 2560 }, 4],
  [{ browser: 'Mobile Safari', browserVersion: 18, os: 'iOS', deviceType: 'Mobile', screenWidth: 393 }, 12],
  [{ browser: 'Chrome', browserVersion: 130, os: 'Android', deviceType: 'Mobile', screenWidth: 412 }, 7],
  [{ browser: 'Safari', browserVersion: 18, os: 'iOS', deviceType: 'Tablet', screenWidth: 820 }, 2],
]);

export const FIRST_NAMES = [
  'Anna', 'Ben', 'Carla', 'David', 'Elif', 'Felix', 'Greta', 'Hassan', 'Ines', 'Jonas', 'Kira', 'Luca',
  'Maya', 'Noah', 'Olga', 'Pablo', 'Quinn', 'Rosa', 'Samir', 'Tara', 'Uma', 'Victor', 'Wen', 'Yusuf', 'Zoe',
  'Amara', 'Bruno', 'Chloe', 'Dmitri', 'Emma', 'Farah', 'Hugo', 'Ivy', 'Kenji', 'Lena', 'Marco', 'Nina',
] as const;

export const LAST_NAMES = [
  'Schmidt', 'Garcia', 'Nguyen', 'Okafor', 'Rossi', 'Novak', 'Jensen', 'Kowalski', 'Silva', 'Tanaka',
  'Müller', 'Dubois', 'Haddad', 'Larsen', 'Moreau', 'Petrov', 'Ramos', 'Singh', 'Weber', 'Yilmaz',
  'Bauer', 'Costa', 'Fischer', 'Ivanova', 'Kim', 'Lopez', 'Meyer', 'Olsen', 'Patel', 'Schulz',
] as const;

export const COMPANY_PREFIXES = [
  'Northwind', 'Bluefin', 'Copperleaf', 'Brightpath', 'Ironwood', 'Lumen', 'Nimbus', 'Orbital', 'Pinecone',
  'Quartz', 'Redshift', 'Sable', 'Tidal', 'Umbra', 'Vertex', 'Willow', 'Zephyr', 'Atlas', 'Beacon', 'Cobalt',
  'Driftwood', 'Ember', 'Fjord', 'Granite', 'Harbor', 'Juniper', 'Kestrel', 'Lattice', 'Meridian', 'Nova',
] as const;

export const COMPANY_SUFFIXES = [
  'Labs', 'Analytics', 'Systems', 'Health', 'Logistics', 'Robotics', 'Studio', 'Finance', 'Commerce', 'Cloud',
  'Media', 'Energy', 'Foods', 'Mobility', 'Software', 'Partners', 'Works', 'Bio', 'Security', 'Learning',
] as const;

export const INDUSTRIES = [
  'Software', 'E-commerce', 'Fintech', 'Healthcare', 'Education', 'Media', 'Logistics', 'Manufacturing',
  'Marketing agency', 'Travel',
] as const;

export const WEB_LIB_VERSION = '1.181.0';
export const NODE_LIB_VERSION = '4.2.1';
