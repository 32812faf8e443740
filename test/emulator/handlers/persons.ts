// `GET /api/projects/:id/persons/` with `distinct_id`, `email`, `search`, `limit`, `offset`: a page
// `{next, previous, count, results: [{id, uuid, name, distinct_ids, properties, created_at, …}]}`
// (reference A5; posthog.com/docs/api/persons).
import type { DemoPerson } from '../../demo-data/types.ts';
import { json, type Reply } from '../reply.ts';
import { UTC } from '../timezone.ts';
import { limitOffsetPage, type HandlerContext } from './context.ts';

/** PostHog's display name: the first of email, name, username in the properties, else a distinct id. */
function displayName(person: DemoPerson): string {
  for (const key of ['email', 'name', 'username']) {
    const value = person.properties[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return person.distinct_ids[0] ?? person.id;
}

function personShape(person: DemoPerson) {
  return {
    id: person.id,
    uuid: person.uuid,
    name: displayName(person),
    distinct_ids: person.distinct_ids,
    properties: person.properties,
    is_identified: person.is_identified,
    created_at: UTC.formatMillis(person.created_at),
  };
}

export function listPersons(ctx: HandlerContext): Reply {
  const params = ctx.url.searchParams;
  const distinctId = params.get('distinct_id');
  const email = params.get('email');
  const search = (params.get('search') ?? '').toLowerCase();
  const matching = ctx.data.persons.filter((person) => {
    if (distinctId !== null && !person.distinct_ids.includes(distinctId)) return false;
    if (email !== null && person.properties.email !== email) return false;
    if (!search) return true;
    const haystack = [person.id, person.uuid, ...person.distinct_ids, String(person.properties.email ?? ''), String(person.properties.name ?? '')];
    return haystack.some((text) => text.toLowerCase().includes(search));
  });
  return json(200, (({ count, next, previous, results }) => ({ next, previous, count, results: results.map(personShape) }))(limitOffsetPage(ctx.url, matching)));
}
