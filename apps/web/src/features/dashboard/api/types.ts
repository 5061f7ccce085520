export type { DashboardGroup, DashboardSummary, DashboardTotals } from '@plan/contracts';

export type RegionGroup = import('@plan/contracts').DashboardSummary['byRegion'][number];
export type SectorMeasureCell = import('@plan/contracts').DashboardSummary['bySectorMeasure'][number];
export type TrendPoint = import('@plan/contracts').DashboardSummary['trend'][number];
export type UpcomingMilestone = import('@plan/contracts').DashboardSummary['upcomingMilestones'][number];
