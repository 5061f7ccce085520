import type { DashboardTotals } from '@plan/contracts';
import { EMPTY_FILTERS } from './dashboard-filters';
import { FIGURE_KEYS, toFigureSeries } from './to-figure-series';

const totals: DashboardTotals = {
  tasks: 140,
  completed: 17,
  ahead: 15,
  onTrack: 54,
  behind: 28,
  overdue: 12,
  notStarted: 10,
  suspended: 4,
  reportsMissing: 16,
  averageProgress: 52.5,
  completionRate: 12.1,
  lights: { green: 96, yellow: 14, red: 26, grey: 4 },
};

describe(toFigureSeries.name, () => {
  it('gives one figure per key, in order', () => {
    expect(toFigureSeries(totals, EMPTY_FILTERS, '2026-10').map((f) => f.key)).toEqual([...FIGURE_KEYS]);
  });

  it('shows the completion rate for completed and counts with shares for the states', () => {
    const figures = Object.fromEntries(
      toFigureSeries(totals, EMPTY_FILTERS, '2026-10').map((f) => [f.key, f]),
    );
    expect(figures.completed).toMatchObject({ value: 12.1, unit: 'percent', count: 17, state: 'completed' });
    expect(figures.behind).toMatchObject({ value: 28, unit: 'count', count: 28, share: 20, state: 'behind' });
    expect(figures.notStarted).toMatchObject({ value: 10, share: 7.1, state: 'not_started' });
    expect(figures.tasks).toMatchObject({ value: 140, share: null, state: null });
  });

  it('links every figure to the list behind it, keeping the filters', () => {
    const filters = { ...EMPTY_FILTERS, region: ['440000'], period: '2026-09' };
    const hrefs = Object.fromEntries(toFigureSeries(totals, filters, '2026-09').map((f) => [f.key, f.href]));
    expect(hrefs).toEqual({
      tasks: '/tasks?region=440000',
      completed: '/tasks?region=440000&state=completed',
      onTrack: '/tasks?region=440000&state=on_track',
      ahead: '/tasks?region=440000&state=ahead',
      behind: '/tasks?region=440000&state=behind',
      overdue: '/tasks?region=440000&state=overdue',
      notStarted: '/tasks?region=440000&state=not_started',
      suspended: '/tasks?region=440000&state=suspended',
      reportsMissing: '/reporting?period=2026-09',
    });
  });

  it('copes with an empty selection', () => {
    const none = { ...totals, tasks: 0, completed: 0, behind: 0, completionRate: 0 };
    const figures = Object.fromEntries(toFigureSeries(none, EMPTY_FILTERS, '2026-10').map((f) => [f.key, f]));
    expect(figures.behind!.share).toBe(0);
    expect(figures.completed!.value).toBe(0);
  });
});
