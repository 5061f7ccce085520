import { reachOf, type Role } from '@plan/contracts';

export const REPORTING_VIEWS = ['my-tasks', 'review', 'matrix'] as const;
export type ReportingView = (typeof REPORTING_VIEWS)[number];

// The UI offers what the API's route policy (libs/contracts) allows the role, nothing more.
const VIEW_ROUTES: Record<ReportingView, string> = {
  'my-tasks': 'GET /api/reporting/my-tasks',
  review: 'GET /api/reporting/review-queue',
  matrix: 'GET /api/reporting/matrix',
};

// A queue the role can only watch comes after the views it works in.
export const reportingViewsFor = (role: Role): readonly ReportingView[] => {
  const views = REPORTING_VIEWS.filter((view) => reachOf(role, VIEW_ROUTES[view]) !== null);
  return canReviewReports(role)
    ? views
    : [...views.filter((v) => v !== 'review'), ...views.filter((v) => v === 'review')];
};

export const canUseReportingView = (role: Role, view: ReportingView): boolean =>
  reachOf(role, VIEW_ROUTES[view]) !== null;

// Leaders and administrators watch the queue; unit heads decide for their unit's tasks.
export const canReviewReports = (role: Role): boolean =>
  reachOf(role, 'POST /api/reports/:id/approve') !== null;

export const canFileReports = (role: Role): boolean =>
  reachOf(role, 'POST /api/tasks/:taskId/reports') !== null;

export const canRemind = (role: Role): boolean => reachOf(role, 'POST /api/reporting/remind') !== null;
