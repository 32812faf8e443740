// Matchers (EventsNode | ActionsNode) and action steps, validated. These are PostHog's shapes: fields we do not
// use (math, custom_name, order, …) are ignored rather than rejected, so PostHog's own JSON reads as it is.
import type { ActionStep, ActionsNode, EventsNode, Matcher, UrlMatching } from './role-config';
import { configError, describeValue, isPlainObject, oneOf, optionalString } from './config-error';
import { parsePropertyFilters } from './parse-property-filter';

const MATCHINGS: readonly UrlMatching[] = ['contains', 'regex', 'exact'];

/** Where an ActionsNode's steps come from: inline (our file) or resolved by the caller (a PostHog import). */
export type StepsSource = 'inline' | 'resolve-later';

export function parseMatcher(raw: unknown, path: string, steps: StepsSource = 'inline'): Matcher {
  if (!isPlainObject(raw)) throw configError(path, `expected an EventsNode or ActionsNode object, got ${describeValue(raw)}`);
  const kind = oneOf(`${path}.kind`, raw.kind, ['EventsNode', 'ActionsNode'] as const);
  return kind === 'EventsNode' ? parseEventsNode(raw, path) : parseActionsNode(raw, path, steps);
}

function displayName(raw: Record<string, unknown>, path: string): string | undefined {
  const custom = raw.custom_name;
  if (typeof custom === 'string' && custom !== '') return custom;
  return optionalString(`${path}.name`, raw.name) ?? undefined;
}

function parseEventsNode(raw: Record<string, unknown>, path: string): EventsNode {
  const event = optionalString(`${path}.event`, raw.event);
  const node: EventsNode = { kind: 'EventsNode', event: event === '' ? null : event, properties: parsePropertyFilters(raw.properties, `${path}.properties`) };
  const name = displayName(raw, path);
  if (name !== undefined) node.name = name;
  return node;
}

function parseActionsNode(raw: Record<string, unknown>, path: string, steps: StepsSource): ActionsNode {
  if (typeof raw.id !== 'number' || !Number.isInteger(raw.id)) throw configError(`${path}.id`, `expected the action's id (a whole number), got ${describeValue(raw.id)}`);
  let parsedSteps: ActionStep[] = [];
  if (steps === 'inline') {
    if (!Array.isArray(raw.steps)) {
      throw configError(`${path}.steps`, `expected the action's steps inline (a list), got ${describeValue(raw.steps)}; import a PostHog config together with its actions to fill them in`);
    }
    parsedSteps = parseActionSteps(raw.steps, `${path}.steps`);
  }
  const node: ActionsNode = { kind: 'ActionsNode', id: raw.id, steps: parsedSteps, properties: parsePropertyFilters(raw.properties, `${path}.properties`) };
  const name = displayName(raw, path);
  if (name !== undefined) node.name = name;
  return node;
}

export function parseActionSteps(raw: unknown[], path: string): ActionStep[] {
  return raw.map((step, index) => parseActionStep(step, `${path}[${index}]`));
}

function optionalMatching(path: string, value: unknown): UrlMatching | null {
  return value === undefined || value === null ? null : oneOf(path, value, MATCHINGS);
}

/** PostHog skips empty event, url and selector (`if step.url:`) but compares text/href/tag_name when not null. */
export function parseActionStep(raw: unknown, path: string): ActionStep {
  if (!isPlainObject(raw)) throw configError(path, `expected an action step object, got ${describeValue(raw)}`);
  const emptyIsNull = (value: string | null): string | null => (value === '' ? null : value);
  return {
    event: emptyIsNull(optionalString(`${path}.event`, raw.event)),
    url: emptyIsNull(optionalString(`${path}.url`, raw.url)),
    url_matching: optionalMatching(`${path}.url_matching`, raw.url_matching) ?? 'contains',
    properties: parsePropertyFilters(raw.properties, `${path}.properties`),
    text: optionalString(`${path}.text`, raw.text),
    text_matching: optionalMatching(`${path}.text_matching`, raw.text_matching),
    href: optionalString(`${path}.href`, raw.href),
    href_matching: optionalMatching(`${path}.href_matching`, raw.href_matching),
    tag_name: optionalString(`${path}.tag_name`, raw.tag_name),
    selector: emptyIsNull(optionalString(`${path}.selector`, raw.selector)),
  };
}

/** The nodes a role holds, each with its path: a list, a single node (a list of one), or {} / null / missing (none). */
export function roleNodes(raw: unknown, path: string): { node: unknown; path: string }[] {
  if (raw === undefined || raw === null) return [];
  if (Array.isArray(raw)) return raw.map((node, index) => ({ node, path: `${path}[${index}]` }));
  if (isPlainObject(raw) && Object.keys(raw).length === 0) return [];
  return [{ node: raw, path }];
}

export function parseRole(raw: unknown, path: string, steps: StepsSource = 'inline'): Matcher[] {
  return roleNodes(raw, path).map(({ node, path: nodePath }) => parseMatcher(node, nodePath, steps));
}
