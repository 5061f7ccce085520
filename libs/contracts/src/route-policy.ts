import type { Role } from './person';

// Who may call which endpoint: the one table every API request is checked against (the API's
// PolicyGuard), and from which the web decides what to offer each role.
// A route missing here is refused for everyone (fail closed), and the access matrix test fails.
//
// Reach says how far a role's right goes over the row the route acts on (`resource`):
//   workspace — any row of the workspace (a viewer limited to a region: only rows of that region);
//   unit      — tasks whose lead or cooperating unit is the caller's unit (and their milestones,
//               reports and evidence files);
//   lead      — tasks whose lead unit is the caller's unit (a unit head reviewing its unit's reports).
// Rows outside the workspace, or outside a viewer's region, answer 404 exactly like rows that do
// not exist; rows the caller can see but not change answer 403.
export type Reach = 'workspace' | 'unit' | 'lead';

export type ResourceKind = 'task' | 'report' | 'attachment' | 'meeting';

export type RouteRule = {
  roles: Partial<Record<Role, Reach>>;
  // The row the route acts on, found from a path parameter. `foundByHandler`: the handler itself answers
  // the kind's 404 for a row it cannot find in the caller's workspace, exactly as the guard would, so for a
  // reach that covers the whole workspace (and no region limit) the guard need not look the row up first.
  resource?: { kind: ResourceKind; param: string; foundByHandler?: boolean };
  // A whole-workspace view that a viewer limited to one region may not open.
  wholeWorkspace?: boolean;
  // Creating a row for a unit named in the body: unit reach may only name the caller's unit.
  bodyUnit?: string;
};

export const PUBLIC = 'public' as const;

const ALL: RouteRule['roles'] = {
  admin: 'workspace',
  leader: 'workspace',
  unit_head: 'workspace',
  staff: 'workspace',
  viewer: 'workspace',
};
const FILERS: RouteRule['roles'] = { staff: 'unit', unit_head: 'unit' };
const EDITORS: RouteRule['roles'] = { admin: 'workspace', staff: 'unit', unit_head: 'unit' };
const ADMIN: RouteRule['roles'] = { admin: 'workspace' };
const LEADERSHIP: RouteRule['roles'] = { admin: 'workspace', leader: 'workspace' };

const task = (param = 'id') => ({ kind: 'task' as const, param });
const report = { kind: 'report' as const, param: 'id' };
const attachment = { kind: 'attachment' as const, param: 'id' };
const meeting = { kind: 'meeting' as const, param: 'id' };

export const ROUTE_POLICY: Record<string, RouteRule | typeof PUBLIC> = {
  'POST /api/auth/login': PUBLIC,
  'GET /api/health': PUBLIC,
  'GET /api/health/live': PUBLIC,

  'GET /api/auth/me': { roles: ALL },
  'PATCH /api/auth/me': { roles: ALL },
  'POST /api/auth/logout': { roles: ALL },
  'POST /api/auth/logout-everywhere': { roles: ALL },
  'POST /api/auth/password': { roles: ALL },

  'GET /api/measures': { roles: ALL },
  'GET /api/regions': { roles: ALL },
  'GET /api/sectors': { roles: ALL },
  'GET /api/units': { roles: ALL },
  'GET /api/people': { roles: ALL },

  'GET /api/tasks': { roles: ALL },
  'POST /api/tasks': { roles: { ...LEADERSHIP, ...FILERS }, bodyUnit: 'leadUnitId' },
  'GET /api/tasks/:id': { roles: ALL, resource: { ...task(), foundByHandler: true } },
  'PATCH /api/tasks/:id': { roles: EDITORS, resource: task() },
  'DELETE /api/tasks/:id': { roles: LEADERSHIP, resource: task() },
  'POST /api/tasks/:id/restore': { roles: LEADERSHIP, resource: task() },

  'GET /api/tasks/:taskId/milestones': { roles: ALL, resource: task('taskId') },
  'POST /api/tasks/:taskId/milestones': { roles: EDITORS, resource: task('taskId') },
  'PATCH /api/tasks/:taskId/milestones/:id': { roles: EDITORS, resource: task('taskId') },
  'POST /api/tasks/:taskId/milestones/:id/complete': { roles: EDITORS, resource: task('taskId') },
  'DELETE /api/tasks/:taskId/milestones/:id': { roles: EDITORS, resource: task('taskId') },

  'GET /api/tasks/:taskId/reports': { roles: ALL, resource: task('taskId') },
  'POST /api/tasks/:taskId/reports': { roles: FILERS, resource: task('taskId') },
  'GET /api/reports/:id': { roles: ALL, resource: report },
  'PATCH /api/reports/:id': { roles: FILERS, resource: report },
  'POST /api/reports/:id/submit': { roles: FILERS, resource: report },
  'POST /api/reports/:id/approve': { roles: { unit_head: 'lead' }, resource: report },
  'POST /api/reports/:id/return': { roles: { unit_head: 'lead' }, resource: report },

  'POST /api/reports/:id/attachments': { roles: FILERS, resource: report },
  'GET /api/attachments/:id': { roles: ALL, resource: attachment },
  'DELETE /api/attachments/:id': { roles: FILERS, resource: attachment },

  'GET /api/dashboard/summary': { roles: ALL },

  'GET /api/reporting/my-tasks': { roles: FILERS },
  'GET /api/reporting/review-queue': {
    roles: { unit_head: 'lead', leader: 'workspace', admin: 'workspace' },
  },
  'GET /api/reporting/matrix': { roles: { admin: 'workspace', leader: 'workspace', unit_head: 'lead' } },
  'POST /api/reporting/remind': { roles: { admin: 'workspace', leader: 'workspace', unit_head: 'lead' } },

  'GET /api/notifications': { roles: ALL },
  'POST /api/notifications/read-all': { roles: ALL },
  'POST /api/notifications/:id/read': { roles: ALL },

  'POST /api/meetings': { roles: { leader: 'workspace' } },
  'GET /api/meetings': { roles: ALL, wholeWorkspace: true },
  'GET /api/meetings/live/changes': { roles: ALL, wholeWorkspace: true },
  'GET /api/meetings/:id': { roles: ALL, resource: meeting, wholeWorkspace: true },
  'GET /api/meetings/:id/changes': { roles: ALL, resource: meeting, wholeWorkspace: true },
  'GET /api/meetings/:id/tasks': { roles: ALL, resource: meeting, wholeWorkspace: true },
  'POST /api/meetings/:id/decisions': { roles: { leader: 'workspace' }, resource: meeting },

  'GET /api/exports/ledger.xlsx': { roles: ALL },
  'GET /api/exports/tasks.csv': { roles: ALL },
  'GET /api/exports/briefing.docx': { roles: ALL, wholeWorkspace: true },
  'GET /api/exports/briefing.pdf': { roles: ALL, wholeWorkspace: true },

  'GET /api/imports/template.xlsx': { roles: ADMIN },
  'POST /api/imports': { roles: ADMIN },

  'POST /api/units': { roles: ADMIN },
  'PATCH /api/units/:id': { roles: ADMIN },
  'POST /api/people': { roles: ADMIN },
  'PATCH /api/people/:id': { roles: ADMIN },
  'POST /api/people/:id/reset-password': { roles: ADMIN },
  'GET /api/workspace': { roles: ALL },
  'PATCH /api/workspace': { roles: ADMIN },
  'POST /api/workspaces': { roles: ADMIN },
  'GET /api/audit': { roles: ADMIN },
};

export type RouteKey = keyof typeof ROUTE_POLICY;

// How far `role` reaches on a route; null when the role may not call it at all.
export function reachOf(role: Role, route: string): Reach | null {
  const rule = ROUTE_POLICY[route];
  if (!rule) return null;
  if (rule === PUBLIC) return 'workspace';
  return rule.roles[role] ?? null;
}

// Whether a reach covers a task, for a caller in `unitId`.
export function reachCovers(
  reach: Reach | null,
  unitId: string | null | undefined,
  task: { leadUnitId: string; cooperatingUnitIds: readonly string[] },
): boolean {
  if (reach === 'workspace') return true;
  if (!reach || !unitId) return false;
  if (task.leadUnitId === unitId) return true;
  return reach === 'unit' && task.cooperatingUnitIds.includes(unitId);
}
