import { PERIOD_REPORT_STATUSES, type MyTaskRow, type PeriodReportStatus } from '@plan/contracts';

// What needs the user first: returned reports to fix, then unfiled, drafts, and the done ones last.
const STATUS_ORDER: Record<PeriodReportStatus, number> = {
  returned: 0,
  none: 1,
  draft: 2,
  submitted: 3,
  approved: 4,
};

export const sortMyTasks = (rows: MyTaskRow[]): MyTaskRow[] =>
  [...rows].sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.task.code.localeCompare(b.task.code),
  );

export const parseStatusParam = (value: string | null): PeriodReportStatus | null =>
  (PERIOD_REPORT_STATUSES as readonly (string | null)[]).includes(value)
    ? (value as PeriodReportStatus)
    : null;

export type MyTaskAction = 'file' | 'continue' | 'refile' | 'view';

export const actionFor = (status: PeriodReportStatus): MyTaskAction => {
  switch (status) {
    case 'none':
      return 'file';
    case 'draft':
      return 'continue';
    case 'returned':
      return 'refile';
    default:
      return 'view';
  }
};

export const reportFormPath = (taskId: string, period: string): string =>
  `/reporting/tasks/${encodeURIComponent(taskId)}?period=${encodeURIComponent(period)}`;
