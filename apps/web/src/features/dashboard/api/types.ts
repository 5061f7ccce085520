// Local copy until @plan/contracts exports it; only the headline totals are used so far.
export type DashboardTotals = {
  tasks: number;
  completed: number;
  onTrack: number;
  ahead: number;
  behind: number;
  overdue: number;
  notStarted: number;
  suspended: number;
  reportsMissing: number;
  completionRate: number;
  averageProgress: number;
};

export type DashboardSummary = {
  asOf: string;
  period: string;
  totals: DashboardTotals;
  byMeasure: unknown;
  byRegion: unknown;
  bySector: unknown;
  bySectorMeasure: unknown;
  trend: unknown;
  upcomingMilestones: unknown;
  behind: unknown;
};
