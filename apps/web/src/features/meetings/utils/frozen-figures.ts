import type { DashboardTotals } from '@plan/contracts';

// The dashboard's headline figures, in the dashboard's order, from a meeting's frozen totals.
export const FROZEN_FIGURE_KEYS = [
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
export type FrozenFigureKey = (typeof FROZEN_FIGURE_KEYS)[number];

export type FigureTone = 'neutral' | 'green' | 'yellow' | 'red' | 'grey';

export type FrozenFigure = {
  key: FrozenFigureKey;
  // What the card shows: a count, or for "completed" the completion rate in %.
  value: number;
  unit: 'count' | 'percent';
  // Tasks the figure counts.
  count: number;
  // Share of all tasks in %, for the state figures.
  share: number | null;
  tone: FigureTone;
};

const TONES: Record<FrozenFigureKey, FigureTone> = {
  tasks: 'neutral',
  completed: 'green',
  onTrack: 'green',
  ahead: 'green',
  behind: 'yellow',
  overdue: 'red',
  notStarted: 'grey',
  suspended: 'grey',
  reportsMissing: 'neutral',
};

const round1 = (value: number) => Math.round(value * 10) / 10;
const shareOf = (part: number, whole: number) => (whole > 0 ? round1((100 * part) / whole) : 0);

export const toFrozenFigures = (totals: DashboardTotals): FrozenFigure[] =>
  FROZEN_FIGURE_KEYS.map((key): FrozenFigure => {
    const count = totals[key];
    if (key === 'completed') {
      return {
        key,
        value: totals.completionRate ?? shareOf(count, totals.tasks),
        unit: 'percent',
        count,
        share: null,
        tone: TONES[key],
      };
    }
    const stateFigure = key !== 'tasks' && key !== 'reportsMissing';
    return {
      key,
      value: count,
      unit: 'count',
      count,
      share: stateFigure ? shareOf(count, totals.tasks) : null,
      tone: TONES[key],
    };
  });
