// The project's PostHog actions as matchers the role editor can offer, steps inline (DESIGN §4). An action whose
// steps do not read is left out and named, never guessed.
import { parseActionSteps } from '../config/parse-matcher';
import type { PostHogAction } from '../config/posthog-import';
import type { ActionsNode } from '../config/role-config';

export interface ActionMatchers {
  matchers: ActionsNode[];
  /** One sentence per action left out. */
  problems: string[];
}

export function actionMatchers(actions: readonly PostHogAction[]): ActionMatchers {
  const matchers: ActionsNode[] = [];
  const problems: string[] = [];
  for (const action of actions) {
    if (action.deleted === true) continue;
    const label = typeof action.name === 'string' && action.name !== '' ? action.name : undefined;
    try {
      if (!Array.isArray(action.steps)) throw new Error('it has no list of steps');
      const node: ActionsNode = { kind: 'ActionsNode', id: action.id, steps: parseActionSteps(action.steps, `actions[id ${action.id}].steps`), properties: [] };
      if (label !== undefined) node.name = label;
      matchers.push(node);
    } catch (error) {
      problems.push(`Action ${label ?? action.id} is left out: ${error instanceof Error ? error.message : String(error)}.`);
    }
  }
  return { matchers: matchers.sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '') || a.id - b.id), problems };
}
