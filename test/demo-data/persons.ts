// Persons and groups as PostHog stores them, derived from the plans at the end of the data:
// one person per actor (identified ones with both distinct ids), one group per company.
import type { ActorPlan } from './actors.ts';
import type { CompanyPlan } from './companies.ts';
import { isPayingAt } from './lifecycle.ts';
import type { DemoGroup, DemoPerson } from './types.ts';

export function toPerson(actor: ActorPlan, end: number): DemoPerson {
  const initial: Record<string, unknown> = {
    $initial_referrer: actor.referrer.url,
    $initial_referring_domain: actor.referrer.domain,
    $initial_current_url: actor.landing.url,
    $initial_pathname: actor.landing.path,
    $initial_browser: actor.device.browser,
    $initial_os: actor.device.os,
    $initial_device_type: actor.device.deviceType,
  };
  if (!actor.userId) {
    return { id: actor.personId, uuid: actor.personId, distinct_ids: [actor.anonId], properties: initial, is_identified: false, created_at: actor.createdAt };
  }
  const sub = actor.subscription;
  const properties: Record<string, unknown> = {
    email: actor.email,
    name: actor.name,
    plan: sub && isPayingAt(sub, end) ? sub.plan : 'free',
    ...(actor.company ? { company: actor.company.name, company_key: actor.company.key } : {}),
    ...(actor.signup ? { signup_method: actor.signup.method } : {}),
    ...initial,
  };
  return {
    id: actor.personId,
    uuid: actor.personId,
    distinct_ids: [actor.anonId, actor.userId],
    properties,
    is_identified: true,
    created_at: actor.createdAt,
  };
}

export function toGroup(company: CompanyPlan): DemoGroup {
  return {
    group_type_index: 0,
    group_key: company.key,
    group_properties: {
      name: company.name,
      plan: company.plan,
      industry: company.industry,
      employees: company.employees,
      domain: company.domain,
    },
    created_at: company.createdAt,
  };
}
