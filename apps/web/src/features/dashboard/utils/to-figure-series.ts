import type { DashboardTotals, ScheduleState } from '@plan/contracts';
import { toReportingHref, toTaskListHref, type DashboardFilters } from './dashboard-filters';
import { shareOf, STATE_COUNT_KEY } from './state-counts';

export const FIGURE_KEYS = [
  'tasks',
  'completed',
  'onTrack',
  'ahead',
  'behind',
  'overdue',
  'notStarted',
  'suspended',
  'reportsMissing',
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

const FIGURE_STATE: Partial<Record<FigureKey, ScheduleState>> = {
  completed: 'completed',
  onTrack: 'on_track',
  ahead: 'ahead',
  behind: 'behind',
  overdue: 'overdue',
  notStarted: 'not_started',
  suspended: 'suspended',
};

export type HeadlineFigure = {
  key: FigureKey;
  // The number the card shows: a count, or for "completed" the completion rate in %.
  value: number;
  unit: 'count' | 'percent';
  // Tasks behind the figure: what the drill-down list totals.
  count: number;
  // Share of all tasks in %, for the state figures.
  share: number | null;
  state: ScheduleState | null;
  href: string;
};

export const toFigureSeries = (
  totals: DashboardTotals,
  filters: DashboardFilters,
  period: string,
): HeadlineFigure[] =>
  FIGURE_KEYS.map((key): HeadlineFigure => {
    if (key === 'tasks') {
      return {
        key,
        value: totals.tasks,
        unit: 'count',
        count: totals.tasks,
        share: null,
        state: null,
        href: toTaskListHref(filters),
      };
    }
    if (key === 'reportsMissing') {
      return {
        key,
        value: totals.reportsMissing,
        unit: 'count',
        count: totals.reportsMissing,
        share: null,
        state: null,
        href: toReportingHref(period),
      };
    }
    const state = FIGURE_STATE[key]!;
    const count = totals[STATE_COUNT_KEY[state]];
    const completed = key === 'completed';
    return {
      key,
      value: completed ? (totals.completionRate ?? shareOf(count, totals.tasks)) : count,
      unit: completed ? 'percent' : 'count',
      count,
      share: completed ? null : shareOf(count, totals.tasks),
      state,
      href: toTaskListHref(filters, { state }),
    };
  });
