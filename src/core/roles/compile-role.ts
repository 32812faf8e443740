// A role's matchers flattened into alternatives (an EventsNode is one; an action gives one per step, each with the
// node's own filters added). Whatever cannot be evaluated offline is listed in `unsupported`, in words, and its
// alternative is left out, i.e. treated as matching no events: counting events we cannot check would inflate
// every tile, while a reported gap can be fixed in the config.
import type { ActionsNode, EventsNode, Matcher } from '../config/role-config';
import { byCost, type Alternative, type Condition } from './conditions';
import { compileFilter } from './compile-filter';
import { compileStep } from './compile-step';

export interface CompiledRole {
  alternatives: Alternative[];
  /** One sentence per thing left out, e.g. `action "Signed up" (id 7), step 2: the CSS selector … matches no events.` */
  unsupported: string[];
}

export function compileRole(matchers: readonly Matcher[]): CompiledRole {
  const role: CompiledRole = { alternatives: [], unsupported: [] };
  for (const matcher of matchers) {
    if (matcher.kind === 'EventsNode') compileEventsNode(matcher, role);
    else compileActionsNode(matcher, role);
  }
  return role;
}

function describeEventsNode(node: EventsNode): string {
  return node.event === null ? 'all events' : `"${node.event}" events`;
}

function describeAction(node: ActionsNode): string {
  return node.name === undefined ? `action ${node.id}` : `action "${node.name}" (id ${node.id})`;
}

/** The node-level filters as conditions, or the problem that makes the whole node match nothing. */
function nodeConditions(node: Matcher): { ok: true; conditions: Condition[] } | { ok: false; problem: string } {
  const conditions: Condition[] = [];
  for (const filter of node.properties) {
    const compiled = compileFilter(filter);
    if (!compiled.ok) return compiled;
    conditions.push(compiled.condition);
  }
  return { ok: true, conditions };
}

function compileEventsNode(node: EventsNode, role: CompiledRole): void {
  const own = nodeConditions(node);
  if (!own.ok) {
    role.unsupported.push(`${describeEventsNode(node)}: ${own.problem}, so this matcher matches no events.`);
    return;
  }
  role.alternatives.push({ event: node.event, conditions: byCost(own.conditions) });
}

function compileActionsNode(node: ActionsNode, role: CompiledRole): void {
  const name = describeAction(node);
  const own = nodeConditions(node);
  if (!own.ok) {
    role.unsupported.push(`${name}: ${own.problem}, so this action matches no events.`);
    return;
  }
  // PostHog would match every event for an action without steps; that is never what a role means.
  if (node.steps.length === 0) {
    role.unsupported.push(`${name} has no steps, so it matches no events.`);
    return;
  }
  node.steps.forEach((step, index) => {
    const compiled = compileStep(step);
    if (!compiled.ok) {
      role.unsupported.push(`${name}, step ${index + 1}: ${compiled.problem}, so this step matches no events.`);
      return;
    }
    const { event, conditions } = compiled.alternative;
    role.alternatives.push({ event, conditions: byCost([...conditions, ...own.conditions]) });
  });
}
