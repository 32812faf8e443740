// Builders of single PostHog events. Web events carry the browser properties posthog-js sends;
// server events (billing, helpdesk) carry posthog-node's few. Both stamp the person-on-events columns:
// the actor's one person_id, whatever distinct_id the event was sent with.
import type { ActorPlan } from './actors.ts';
import type { DemoEvent } from './types.ts';
import type { Random } from './random.ts';
import { uuidV7 } from './uuid.ts';
import { NODE_LIB_VERSION, WEB_LIB_VERSION, type Page, type Referrer } from './vocabulary.ts';
import type { Click } from './elements.ts';

/** One browser session (a visit): what every event inside it shares. */
export interface Session {
  readonly actor: ActorPlan;
  /** Anonymous id before identify, user id after; mutable because identify happens mid-session. */
  distinctId: string;
  readonly sessionId: string;
  readonly windowId: string;
  readonly referrer: Referrer;
  /** Company events carry `$groups` / `$group_0` only after the user is identified into a company. */
  grouped: boolean;
}

export function openSession(rng: Random, actor: ActorPlan, start: number, distinctId: string, referrer: Referrer, grouped: boolean): Session {
  return {
    actor,
    distinctId,
    sessionId: uuidV7(start, rng),
    windowId: uuidV7(start, rng),
    referrer,
    grouped,
  };
}

function makeEvent(
  rng: Random,
  actor: ActorPlan,
  event: string,
  ts: number,
  distinctId: string,
  properties: Record<string, unknown>,
  sessionId: string,
  groupKey: string,
  elementsChain: string,
): DemoEvent {
  return {
    uuid: uuidV7(ts, rng),
    event,
    timestamp: ts,
    distinct_id: distinctId,
    person_id: actor.personId,
    properties,
    elements_chain: elementsChain,
    $session_id: sessionId,
    $group_0: groupKey,
    $group_1: '',
    $group_2: '',
    $group_3: '',
    $group_4: '',
  };
}

/** A posthog-js event on `page`; add event-specific properties to the returned event's `properties`. */
export function webEvent(rng: Random, s: Session, event: string, ts: number, page: Page, elementsChain = ''): DemoEvent {
  const device = s.actor.device;
  const properties: Record<string, unknown> = {
    $current_url: page.url,
    $pathname: page.path,
    $host: page.host,
    $referrer: s.referrer.url,
    $referring_domain: s.referrer.domain,
    $browser: device.browser,
    $browser_version: device.browserVersion,
    $os: device.os,
    $device_type: device.deviceType,
    $screen_width: device.screenWidth,
    $lib: 'web',
    $lib_version: WEB_LIB_VERSION,
    $session_id: s.sessionId,
    $window_id: s.windowId,
  };
  const groupKey = s.grouped ? s.actor.groupKey : '';
  if (groupKey) properties.$groups = { company: groupKey };
  return makeEvent(rng, s.actor, event, ts, s.distinctId, properties, s.sessionId, groupKey, elementsChain);
}

export function autocaptureEvent(rng: Random, s: Session, ts: number, page: Page, click: Click): DemoEvent {
  const e = webEvent(rng, s, '$autocapture', ts, page, click.chain);
  e.properties.$event_type = click.eventType;
  if (click.text) e.properties.$el_text = click.text;
  return e;
}

/** A backend (posthog-node) event for an identified actor: no browser context, no session. */
export function serverEvent(rng: Random, actor: ActorPlan, event: string, ts: number, extra: Record<string, unknown>): DemoEvent {
  const properties: Record<string, unknown> = { $lib: 'posthog-node', $lib_version: NODE_LIB_VERSION, ...extra };
  if (actor.groupKey) properties.$groups = { company: actor.groupKey };
  return makeEvent(rng, actor, event, ts, actor.userId ?? actor.anonId, properties, '', actor.groupKey, '');
}
