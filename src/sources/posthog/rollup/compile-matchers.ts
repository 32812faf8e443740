// Role definitions and test-account filters compiled to HogQL boolean expressions over `events`, meaning exactly
// what the engine's matcher means (src/core/roles/, DESIGN §5), so that ClickHouse can aggregate where the data
// is and the rollups give the tiles raw mode gives. The structure mirrors compile-role.ts: a role is the OR of
// its alternatives (an EventsNode, or one per action step with the node's own filters added); whatever the
// engine cannot evaluate it leaves out and reports, and so do we, with its own words. A few things the engine
// evaluates have no faithful ClickHouse form (regexes re2 reads differently); those are left out too and
// reported, never sent with another meaning.
import type { ActionStep, ActionsNode, EventsNode, Matcher, PropertyFilter, UrlMatching } from '../../../core/config/role-config';
import { compileFilter, describeFilter } from '../../../core/roles/compile-filter';
import { compileRole } from '../../../core/roles/compile-role';
import { compileStep } from '../../../core/roles/compile-step';
import { compileTestAccountFilters } from '../../../core/roles/test-accounts';
import { elementFieldSql, tagNameSql } from './elements-chain-sql';
import { HogQLValues, type HogQLValue } from './hogql-values';
import { propertySql } from './property-sql';
import { re2Pattern } from './re2-regex';
import { TRUE, allOf, anyOf, not } from './sql-text';
import { valueConditionSql, type ConditionSql } from './value-condition-sql';

export interface CompiledHogQL {
  /** A HogQL boolean expression over `events`; user text only as `{placeholders}`. */
  sql: string;
  values: Record<string, HogQLValue>;
  /** One sentence per thing left out, as the engine words it. */
  unsupported: string[];
}

export interface CompileOptions {
  /** Placeholder names start with this (default 'v'), so several expressions can share one query's values. */
  prefix?: string;
}

const AUTOCAPTURE = '$autocapture';

/** A role (matchers, ORed) as a HogQL condition. */
export function compileMatchersToHogQL(matchers: readonly Matcher[], options: CompileOptions = {}): CompiledHogQL {
  const values = new HogQLValues(options.prefix);
  // The engine's own report of what it leaves out; our alternatives skip exactly those.
  const unsupported = [...compileRole(matchers).unsupported];
  const alternatives: string[] = [];
  for (const matcher of matchers) {
    const compiled = matcher.kind === 'EventsNode' ? eventsNodeSql(matcher, values) : actionsNodeSql(matcher, values);
    alternatives.push(...compiled.alternatives);
    unsupported.push(...compiled.unsupported);
  }
  return { sql: anyOf(alternatives), values: values.values, unsupported };
}

/**
 * The test-account filters as one HogQL condition: true for an event that passes every filter (a real user's).
 * A filter that cannot be evaluated is skipped (true) and reported, as the engine skips it.
 */
export function compileTestAccountFiltersToHogQL(filters: readonly PropertyFilter[], options: CompileOptions = {}): CompiledHogQL {
  const values = new HogQLValues(options.prefix);
  const unsupported = [...compileTestAccountFilters(filters).unsupported];
  const conditions: string[] = [];
  for (const filter of filters) {
    if (!compileFilter(filter).ok) continue;
    const compiled = filterSql(filter, values);
    if (compiled.ok) conditions.push(compiled.sql);
    else unsupported.push(`Test-account filters: the ${describeFilter(filter)}: ${compiled.problem}, so it is skipped.`);
  }
  return { sql: allOf(conditions), values: values.values, unsupported };
}

interface Alternatives {
  alternatives: string[];
  unsupported: string[];
}

function eventSql(event: string | null, values: HogQLValues): string {
  return event === null ? TRUE : `event = ${values.add(event)}`;
}

/** A filter the engine accepted, as SQL (or the ClickHouse-only problem). */
function filterSql(filter: PropertyFilter, values: HogQLValues): ConditionSql {
  const property = propertySql(filter.type === 'person' ? 'person.properties' : 'properties', filter.key, values);
  const compiled = valueConditionSql(filter.operator as Parameters<typeof valueConditionSql>[0], filter.value, property, values);
  return compiled.ok ? compiled : { ok: false, problem: `the ${describeFilter(filter)}: ${compiled.problem}` };
}

/** Every filter as SQL, or the first problem. Only called on filters the engine accepted. */
function filtersSql(filters: readonly PropertyFilter[], values: HogQLValues): ConditionSql {
  const parts: string[] = [];
  for (const filter of filters) {
    const compiled = filterSql(filter, values);
    if (!compiled.ok) return compiled;
    parts.push(compiled.sql);
  }
  return { ok: true, sql: allOf(parts) };
}

function describeEventsNode(node: EventsNode): string {
  return node.event === null ? 'all events' : `"${node.event}" events`;
}

function describeAction(node: ActionsNode): string {
  return node.name === undefined ? `action ${node.id}` : `action "${node.name}" (id ${node.id})`;
}

function engineAcceptsFilters(filters: readonly PropertyFilter[]): boolean {
  return filters.every((filter) => compileFilter(filter).ok);
}

function eventsNodeSql(node: EventsNode, values: HogQLValues): Alternatives {
  if (!engineAcceptsFilters(node.properties)) return { alternatives: [], unsupported: [] };
  const own = filtersSql(node.properties, values);
  if (!own.ok) return { alternatives: [], unsupported: [`${describeEventsNode(node)}: ${own.problem}, so this matcher matches no events.`] };
  return { alternatives: [allOf([eventSql(node.event, values), own.sql])], unsupported: [] };
}

function actionsNodeSql(node: ActionsNode, values: HogQLValues): Alternatives {
  const result: Alternatives = { alternatives: [], unsupported: [] };
  if (!engineAcceptsFilters(node.properties) || node.steps.length === 0) return result;
  const name = describeAction(node);
  const own = filtersSql(node.properties, values);
  if (!own.ok) {
    result.unsupported.push(`${name}: ${own.problem}, so this action matches no events.`);
    return result;
  }
  node.steps.forEach((step, index) => {
    if (!compileStep(step).ok) return;
    const compiled = stepSql(step, values);
    if (!compiled.ok) {
      result.unsupported.push(`${name}, step ${index + 1}: ${compiled.problem}, so this step matches no events.`);
      return;
    }
    result.alternatives.push(allOf([compiled.sql, own.sql]));
  });
  return result;
}

/** An action step the engine accepted (compile-step.ts): event, URL on $current_url, filters, element fields. */
function stepSql(step: ActionStep, values: HogQLValues): ConditionSql {
  const parts = [eventSql(step.event, values)];
  if (step.url !== null) {
    const url = urlSql(step.url, step.url_matching, values);
    if (!url.ok) return { ok: false, problem: `its URL ${url.problem}` };
    parts.push(url.sql);
  }
  const filters = filtersSql(step.properties, values);
  if (!filters.ok) return filters;
  parts.push(filters.sql);
  if (step.event === AUTOCAPTURE) {
    if (step.tag_name !== null) parts.push(tagNameSql(step.tag_name, values));
    for (const field of ['text', 'href'] as const) {
      const wanted = step[field];
      if (wanted === null) continue;
      const test = elementFieldSql(field, wanted, step[`${field}_matching`] ?? 'exact', values);
      if (!test.ok) return { ok: false, problem: `its ${field} ${test.problem}` };
      parts.push(test.sql);
    }
  }
  return { ok: true, sql: allOf(parts) };
}

/** $current_url: contains is a plain case-sensitive substring, exact the whole text, regex a search (compile-step.ts). */
function urlSql(url: string, matching: UrlMatching, values: HogQLValues): ConditionSql {
  const property = propertySql('properties', '$current_url', values);
  const present = not(property.missing);
  if (matching === 'regex') {
    const pattern = re2Pattern(url);
    if (!pattern.ok) return pattern;
    return { ok: true, sql: allOf([present, `match(${property.text}, ${values.add(pattern.pattern)})`]) };
  }
  if (matching === 'exact') return { ok: true, sql: allOf([present, `${property.text} = ${values.add(url)}`]) };
  return { ok: true, sql: allOf([present, `positionUTF8(${property.text}, ${values.add(url)}) > 0`]) };
}

