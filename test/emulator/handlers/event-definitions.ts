// `GET /api/projects/:id/event_definitions/`: a LimitOffset page of the event names seen, with `search`,
// `ordering=name|-last_seen_at`, `limit`, `offset`. Default order: last_seen_at's date descending, then name
// (reference A5; posthog/api/event_definition.py). volume_30_day is gone from current serializers.
import { createHash } from 'node:crypto';
import type { ProjectData } from '../project-data.ts';
import { json, type Reply } from '../reply.ts';
import { UTC } from '../timezone.ts';
import { limitOffsetPage, type HandlerContext } from './context.ts';

interface SeenEvent {
  name: string;
  firstSeen: number;
  lastSeen: number;
}

const cache = new WeakMap<ProjectData, { version: number; seen: SeenEvent[] }>();

function seenEvents(data: ProjectData): SeenEvent[] {
  const cached = cache.get(data);
  if (cached && cached.version === data.version) return cached.seen;
  const byName = new Map<string, SeenEvent>();
  for (const event of data.allEvents) {
    const seen = byName.get(event.event);
    if (seen) seen.lastSeen = event.timestamp;
    else byName.set(event.event, { name: event.event, firstSeen: event.timestamp, lastSeen: event.timestamp });
  }
  const seen = [...byName.values()];
  cache.set(data, { version: data.version, seen });
  return seen;
}

/** A stable UUID-shaped id per name, as PostHog's definitions have UUID ids. */
function definitionId(projectId: number, name: string): string {
  const hex = createHash('sha1').update(`${projectId}:${name}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function definitionShape(projectId: number, seen: SeenEvent) {
  const createdAt = UTC.formatMillis(seen.firstSeen);
  return {
    id: definitionId(projectId, seen.name),
    name: seen.name,
    created_at: createdAt,
    last_seen_at: UTC.formatMillis(seen.lastSeen),
    last_updated_at: createdAt,
    tags: [],
    is_action: false,
    action_id: null,
    is_calculating: false,
    last_calculated_at: null,
    created_by: null,
    post_to_slack: false,
    owner: null,
    description: null,
    verified: false,
    verified_at: null,
    verified_by: null,
    hidden: false,
    updated_at: createdAt,
    updated_by: null,
    enforcement_mode: 'allow',
    default_columns: null,
  };
}

const DAY_MS = 86_400_000;

export function listEventDefinitions(ctx: HandlerContext): Reply {
  const search = (ctx.url.searchParams.get('search') ?? '').toLowerCase();
  const ordering = ctx.url.searchParams.get('ordering');
  const matching = seenEvents(ctx.data).filter((seen) => seen.name.toLowerCase().includes(search));
  const byName = (a: SeenEvent, b: SeenEvent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  if (ordering === 'name') matching.sort(byName);
  else if (ordering === '-last_seen_at') matching.sort((a, b) => b.lastSeen - a.lastSeen || byName(a, b));
  else matching.sort((a, b) => Math.floor(b.lastSeen / DAY_MS) - Math.floor(a.lastSeen / DAY_MS) || byName(a, b));
  const page = limitOffsetPage(ctx.url, matching);
  return json(200, { ...page, results: page.results.map((seen) => definitionShape(ctx.data.project.id, seen)) });
}
