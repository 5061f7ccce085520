import type { Role } from '@plan/contracts';

export const REPORTING_VIEWS = ['my-tasks', 'review', 'matrix'] as const;
export type ReportingView = (typeof REPORTING_VIEWS)[number];

// The UI hides what a role cannot use; the API enforces the same rules.
const VIEWS_BY_ROLE: Record<Role, readonly ReportingView[]> = {
  admin: ['my-tasks', 'review', 'matrix'],
  leader: ['matrix', 'review'],
  unit_head: ['my-tasks', 'review', 'matrix'],
  staff: ['my-tasks'],
  viewer: [],
};

export const reportingViewsFor = (role: Role): readonly ReportingView[] => VIEWS_BY_ROLE[role];

export const canUseReportingView = (role: Role, view: ReportingView): boolean =>
  VIEWS_BY_ROLE[role].includes(view);

// Leaders watch the queue; unit heads (their unit) and administrators decide.
export const canReviewReports = (role: Role): boolean => role === 'unit_head' || role === 'admin';

export const canFileReports = (role: Role): boolean =>
  role === 'staff' || role === 'unit_head' || role === 'admin';

export const canRemind = (role: Role): boolean =>
  role === 'admin' || role === 'leader' || role === 'unit_head';
