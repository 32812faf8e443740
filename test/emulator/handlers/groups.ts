// `GET /api/projects/:id/groups_types/`: a bare array ordered by index (pagination_class = None), and
// `GET /api/projects/:id/groups/?group_type_index=N`: a cursor page `{next, previous, results}`
// (reference A4; posthog/api/group.py).
import type { DemoGroup } from '../../demo-data/types.ts';
import { validationError } from '../errors.ts';
import { json, type Reply } from '../reply.ts';
import { UTC } from '../timezone.ts';
import { intParam, linkWith, type HandlerContext } from './context.ts';

export function listGroupTypes(ctx: HandlerContext): Reply {
  const project = ctx.data.project;
  const types = [...project.group_types].sort((a, b) => a.group_type_index - b.group_type_index);
  return json(
    200,
    types.map((type) => ({
      group_type: type.group_type,
      group_type_index: type.group_type_index,
      name_singular: type.name_singular,
      name_plural: type.name_plural,
      detail_dashboard: null,
      default_columns: null,
      created_at: UTC.formatMillis(project.created_at),
    })),
  );
}

const PAGE_SIZE = 100;

/** DRF's cursor is opaque base64 of `o=<offset>`-style state; the emulator keeps just the offset in it. */
function encodeCursor(offset: number): string {
  return Buffer.from(`o=${offset}`).toString('base64');
}

function decodeCursor(cursor: string | null): number {
  if (!cursor) return 0;
  const match = /^o=(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match) throw validationError('invalid_input', 'Invalid cursor', 'cursor');
  return Number(match[1]);
}

export function listGroups(ctx: HandlerContext): Reply {
  const indexText = ctx.url.searchParams.get('group_type_index');
  if (indexText === null || indexText === '') throw validationError('required', 'This field is required.', 'group_type_index');
  const index = intParam(ctx.url, 'group_type_index', 0);
  const search = (ctx.url.searchParams.get('search') ?? '').toLowerCase();
  const matching = ctx.data.groups
    .filter((group) => group.group_type_index === index)
    .filter((group) => !search || group.group_key.toLowerCase().includes(search) || String(group.group_properties.name ?? '').toLowerCase().includes(search))
    // Newest first, as PostHog lists them; the key breaks ties so pages are stable.
    .sort((a, b) => b.created_at - a.created_at || (a.group_key < b.group_key ? -1 : 1));
  const offset = decodeCursor(ctx.url.searchParams.get('cursor'));
  const page = matching.slice(offset, offset + PAGE_SIZE);
  return json(200, {
    next: offset + PAGE_SIZE < matching.length ? linkWith(ctx.url, { cursor: encodeCursor(offset + PAGE_SIZE) }) : null,
    previous: offset > 0 ? linkWith(ctx.url, { cursor: encodeCursor(Math.max(0, offset - PAGE_SIZE)) }) : null,
    results: page.map(groupShape),
  });
}

function groupShape(group: DemoGroup) {
  return {
    group_type_index: group.group_type_index,
    group_key: group.group_key,
    group_properties: group.group_properties,
    created_at: UTC.formatMillis(group.created_at),
  };
}
