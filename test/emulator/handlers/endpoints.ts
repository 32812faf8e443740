// Each API route with the scope it needs (reference A1 scope table), its throttle class (reference A6) and
// its handler per method.
import type { RateClass } from '../rate-limit.ts';
import type { Reply } from '../reply.ts';
import type { RouteName } from '../routes.ts';
import { listActions } from './actions.ts';
import type { HandlerContext } from './context.ts';
import { listEventDefinitions } from './event-definitions.ts';
import { listGroupTypes, listGroups } from './groups.ts';
import { listPersons } from './persons.ts';
import { getProject, listOrganizationProjects } from './projects.ts';
import { cancelQuery, getQueryStatus, postQuery, type QueryServices } from './query.ts';

export type Handler = (ctx: HandlerContext, services: QueryServices) => Reply | Promise<Reply>;

export interface Endpoint {
  scope: string;
  rateClass: RateClass;
  methods: Partial<Record<string, Handler>>;
}

export const ENDPOINTS: Record<RouteName, Endpoint> = {
  project: { scope: 'project:read', rateClass: 'crud', methods: { GET: getProject } },
  organization_projects: { scope: 'project:read', rateClass: 'crud', methods: { GET: listOrganizationProjects } },
  query: { scope: 'query:read', rateClass: 'query', methods: { POST: postQuery } },
  query_status: { scope: 'query:read', rateClass: 'query', methods: { GET: getQueryStatus, DELETE: cancelQuery } },
  actions: { scope: 'action:read', rateClass: 'crud', methods: { GET: listActions } },
  event_definitions: { scope: 'event_definition:read', rateClass: 'crud', methods: { GET: listEventDefinitions } },
  groups_types: { scope: 'group:read', rateClass: 'crud', methods: { GET: listGroupTypes } },
  groups: { scope: 'group:read', rateClass: 'crud', methods: { GET: listGroups } },
  persons: { scope: 'person:read', rateClass: 'analytics', methods: { GET: listPersons } },
};
