// `GET /api/projects/:id/actions/`: PostHog overrides list() to return ONLY `{"results": [...]}` (no count,
// no next), each action with every step key present (reference A5; posthog/api/action.py,
// posthog/models/action/action.py ActionStepJSON, where url_matching defaults to "contains").
import type { ActionStep, DemoAction, DemoProject } from '../../demo-data/types.ts';
import { json, type Reply } from '../reply.ts';
import { UTC } from '../timezone.ts';
import type { HandlerContext } from './context.ts';

function stepShape(step: ActionStep) {
  return {
    event: step.event,
    properties: step.properties ?? null,
    selector: step.selector ?? null,
    tag_name: step.tag_name ?? null,
    text: step.text ?? null,
    text_matching: step.text_matching ?? null,
    href: step.href ?? null,
    href_matching: step.href_matching ?? null,
    url: step.url ?? null,
    url_matching: step.url_matching ?? 'contains',
  };
}

function actionShape(action: DemoAction, project: DemoProject) {
  const createdAt = UTC.formatMillis(action.created_at);
  return {
    id: action.id,
    name: action.name,
    description: action.description,
    tags: [],
    post_to_slack: false,
    slack_message_format: '',
    steps: action.steps.map(stepShape),
    created_at: createdAt,
    created_by: null,
    deleted: false,
    is_calculating: false,
    last_calculated_at: createdAt,
    team_id: project.id,
    is_action: true,
    bytecode_error: null,
    pinned_at: null,
    creation_context: null,
    _create_in_folder: null,
  };
}

export function listActions(ctx: HandlerContext): Reply {
  const project = ctx.data.project;
  return json(200, { results: project.actions.map((action) => actionShape(action, project)) });
}
