import type { MilestoneView } from './milestone';
import type { ProgressReportView } from './progress-report';

export const SCHEDULE_STATES = [
  'not_started',
  'ahead',
  'on_track',
  'behind',
  'overdue',
  'completed',
  'suspended',
] as const;
export type ScheduleState = (typeof SCHEDULE_STATES)[number];

// grey is for suspended tasks only: they are listed apart and excluded from lag figures
export const LIGHTS = ['green', 'yellow', 'red', 'grey'] as const;
export type Light = (typeof LIGHTS)[number];

export const REPORTED_STATES = ['not_started', 'in_progress', 'completed', 'suspended'] as const;
export type ReportedState = (typeof REPORTED_STATES)[number];

export const TASK_SORTS = [
  'code',
  '-code',
  'dueDate',
  '-dueDate',
  'progress',
  '-progress',
  'gap',
  '-gap',
  'daysLate',
  '-daysLate',
  'updatedAt',
  '-updatedAt',
] as const;
export type TaskSort = (typeof TASK_SORTS)[number];

export const TASK_LIST_MAX_LIMIT = 200;
export const TASK_LIST_DEFAULT_LIMIT = 50;

export type LocalizedName = { nameZh: string; nameEn: string };

export type ScheduleStatusView = {
  expected: number | null;
  actual: number;
  gap: number | null;
  daysLate: number;
  state: ScheduleState;
  light: Light;
};

export type TaskFilters = {
  measure?: string[];
  region?: string[];
  sector?: string[];
  leadUnit?: string[];
  unit?: string[];
  state?: ScheduleState[];
  light?: Light[];
  dueFrom?: string;
  dueTo?: string;
  q?: string;
  includeArchived?: boolean;
};

export type TaskListItem = {
  id: string;
  code: string;
  title: string;
  measure: { code: string } & LocalizedName;
  region: { code: string } & LocalizedName;
  sectors: string[];
  leadUnit: { id: string } & LocalizedName;
  responsiblePerson: { id: string; displayName: string };
  startDate: string;
  dueDate: string | null;
  progress: number;
  reportedState: ReportedState;
  suspendedReason: string | null;
  status: ScheduleStatusView;
  sourceMeetingId: string | null;
  version: number;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export type TaskListResponse = { items: TaskListItem[]; nextCursor: string | null; total: number };

export type TaskDetail = TaskListItem & {
  requirement: string;
  cooperatingUnits: ({ id: string } & LocalizedName)[];
  milestones: MilestoneView[];
  latestApprovedReport: ProgressReportView | null;
  createdBy: { id: string; displayName: string } | null;
  updatedBy: { id: string; displayName: string } | null;
};
