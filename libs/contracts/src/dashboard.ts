import type { LocalizedName, TaskListItem } from './task';

export type StateCounts = {
  tasks: number;
  completed: number;
  ahead: number;
  onTrack: number;
  behind: number;
  overdue: number;
  notStarted: number;
  suspended: number;
  reportsMissing: number;
  averageProgress: number;
};

export type DashboardTotals = StateCounts & {
  completionRate: number;
  lights: { green: number; yellow: number; red: number; grey: number };
};

export type DashboardGroup = StateCounts & { code: string } & LocalizedName;

export type DashboardSummary = {
  asOf: string;
  period: string;
  totals: DashboardTotals;
  byMeasure: DashboardGroup[];
  byRegion: (DashboardGroup & { behindShare: number })[];
  bySector: DashboardGroup[];
  bySectorMeasure: {
    sector: string;
    measure: string;
    tasks: number;
    behind: number;
    overdue: number;
    averageProgress: number;
  }[];
  trend: { period: string; tasks: number; expected: number; actual: number; completedRate: number }[];
  upcomingMilestones: {
    id: string;
    title: string;
    dueDate: string;
    daysLeft: number;
    task: { id: string; code: string; title: string };
    leadUnit: { id: string } & LocalizedName;
  }[];
  behind: TaskListItem[];
};

export const DASHBOARD_LIST_LIMIT = 50;
export const UPCOMING_MILESTONE_DAYS = 30;
export const TREND_PERIODS = 12;
