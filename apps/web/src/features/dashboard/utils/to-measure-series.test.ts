import type { DashboardGroup } from '@plan/contracts';
import { hasTasks, toMeasureSeries } from './to-measure-series';

const group = (code: string, overrides: Partial<DashboardGroup> = {}): DashboardGroup => ({
  code,
  nameZh: `措施${code}`,
  nameEn: `Measure ${code}`,
  tasks: 0,
  completed: 0,
  ahead: 0,
  onTrack: 0,
  behind: 0,
  overdue: 0,
  notStarted: 0,
  suspended: 0,
  reportsMissing: 0,
  averageProgress: 0,
  ...overrides,
});

describe(toMeasureSeries.name, () => {
  it('pivots state counts into one column per state code, names by language', () => {
    const rows = toMeasureSeries(
      [
        group('policy', {
          tasks: 28,
          completed: 6,
          ahead: 5,
          onTrack: 8,
          behind: 6,
          overdue: 2,
          notStarted: 1,
        }),
      ],
      'zh-CN',
    );
    expect(rows).toEqual([
      {
        code: 'policy',
        name: '措施policy',
        tasks: 28,
        completed: 6,
        ahead: 5,
        on_track: 8,
        not_started: 1,
        behind: 6,
        overdue: 2,
        suspended: 0,
      },
    ]);
    expect(toMeasureSeries([group('talent', { tasks: 1 })], 'en')[0]!.name).toBe('Measure talent');
  });

  it('keeps the API order and leaves out measures without tasks', () => {
    const rows = toMeasureSeries([group('c', { tasks: 2 }), group('b'), group('a', { tasks: 1 })], 'en');
    expect(rows.map((r) => r.code)).toEqual(['c', 'a']);
    expect(hasTasks(rows)).toBe(true);
    expect(hasTasks(toMeasureSeries([group('a')], 'en'))).toBe(false);
    expect(toMeasureSeries(undefined, 'en')).toEqual([]);
  });
});
