import { buildSummary } from '../testing/meeting-fixtures';
import { FROZEN_FIGURE_KEYS, toFrozenFigures } from './frozen-figures';

describe(toFrozenFigures.name, () => {
  const figures = toFrozenFigures(buildSummary().totals);
  const byKey = Object.fromEntries(figures.map((figure) => [figure.key, figure]));

  it('gives the dashboard figures in the dashboard order, counts from the frozen totals', () => {
    expect(figures.map((figure) => figure.key)).toEqual([...FROZEN_FIGURE_KEYS]);
    expect(byKey.tasks).toMatchObject({ value: 140, count: 140, share: null, unit: 'count' });
    expect(byKey.reportsMissing).toMatchObject({ value: 16, count: 16, share: null });
  });

  it('shows completion as the frozen rate, with the completed count behind it', () => {
    expect(byKey.completed).toMatchObject({ value: 12.1, unit: 'percent', count: 17, tone: 'green' });
  });

  it('gives each state its share of all tasks and a tone', () => {
    expect(byKey.behind).toMatchObject({ value: 28, share: 20, tone: 'yellow' });
    expect(byKey.overdue).toMatchObject({ value: 12, share: 8.6, tone: 'red' });
  });

  it('does not divide by zero', () => {
    const empty = toFrozenFigures({ ...buildSummary().totals, tasks: 0, behind: 0 });
    expect(empty.find((figure) => figure.key === 'behind')?.share).toBe(0);
  });
});
