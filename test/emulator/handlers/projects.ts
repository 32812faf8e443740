// `GET /api/projects/@current/`, `/api/projects/:id/` and `/api/organizations/@current/projects/`
// (reference A1: each entry has id, uuid, organization, api_token, name, timezone).
import type { DemoProject } from '../../demo-data/types.ts';
import { canAccessProject } from '../keys.ts';
import { json, type Reply } from '../reply.ts';
import { UTC } from '../timezone.ts';
import type { HandlerContext } from './context.ts';

/** The fields of PostHog's project list entries (ProjectBasicSerializer). */
function projectBasics(project: DemoProject) {
  return {
    id: project.id,
    uuid: project.uuid,
    organization: project.organization,
    api_token: project.api_token,
    name: project.name,
    completed_snippet_onboarding: true,
    has_completed_onboarding_for: { product_analytics: true },
    ingested_event: true,
    is_demo: false,
    timezone: project.timezone,
    access_control: false,
  };
}

export function getProject(ctx: HandlerContext): Reply {
  const project = ctx.data.project;
  return json(200, {
    ...projectBasics(project),
    project_id: project.id,
    created_at: UTC.formatMillis(project.created_at),
    updated_at: UTC.formatMillis(project.created_at),
    effective_membership_level: 8,
    test_account_filters: project.test_account_filters,
    test_account_filters_default_checked: project.test_account_filters.length > 0,
    customer_analytics_config: project.customer_analytics_config,
    // Sunday, PostHog's default (null means the default).
    week_start_day: null,
    primary_dashboard: null,
    person_display_name_properties: null,
    data_attributes: ['data-attr'],
    app_urls: [],
  });
}

export function listOrganizationProjects(ctx: HandlerContext): Reply {
  const project = ctx.data.project;
  const org = ctx.url.pathname.split('/').filter(Boolean)[2];
  const visible = (org === '@current' || org === project.organization) && canAccessProject(ctx.key, project.id);
  const results = visible ? [projectBasics(project)] : [];
  return json(200, { count: results.length, next: null, previous: null, results });
}
