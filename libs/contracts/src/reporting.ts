import type { ProgressReportView } from './progress-report';
import type { LocalizedName, TaskListItem } from './task';

// Where a task stands for one reporting period.
export const PERIOD_REPORT_STATUSES = ['none', 'draft', 'submitted', 'approved', 'returned'] as const;
export type PeriodReportStatus = (typeof PERIOD_REPORT_STATUSES)[number];

export type MyTaskRow = {
  task: TaskListItem;
  report: ProgressReportView | null;
  status: PeriodReportStatus;
};

export type MyTasksResponse = {
  period: string;
  dueDate: string;
  counts: Record<PeriodReportStatus, number> & { total: number };
  items: MyTaskRow[];
};

export type ReviewQueueItem = { report: ProgressReportView; task: TaskListItem };

// A cell of the submission matrix: how one unit's owed reports for one period stand.
export const MATRIX_CELL_STATES = ['on_time', 'late', 'missing', 'returned', 'pending', 'none'] as const;
export type MatrixCellState = (typeof MATRIX_CELL_STATES)[number];

export type MatrixCell = {
  period: string;
  owed: number;
  onTime: number;
  late: number;
  missing: number;
  returned: number;
  pending: number;
  // the worst of the counts above: missing > returned > late > pending > on_time; none when nothing is owed
  state: MatrixCellState;
};

export type SubmissionMatrix = {
  periods: string[];
  units: { unit: { id: string; regionCode: string } & LocalizedName; cells: MatrixCell[] }[];
};

export type RemindResponse = { notified: number; tasks: number };

export const NOTIFICATION_KINDS = ['report_reminder', 'report_returned', 'report_approved'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type NotificationView = {
  id: string;
  kind: NotificationKind;
  // values for the translated message, e.g. {period, taskCode, taskTitle, fromName, comment}
  params: Record<string, string>;
  link: string | null;
  createdAt: string;
  readAt: string | null;
};

export type NotificationsResponse = { items: NotificationView[]; unread: number };

export type AttachmentView = {
  id: string;
  reportId: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  createdAt: string;
};

export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_MAX_PER_REPORT = 10;
// Evidence files 佐证材料: documents, spreadsheets, images, PDF.
export const ATTACHMENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};
