import { toPeriodOptions, toTrendSeries } from './to-trend-series';

const trend = [
  { period: '2025-11', tasks: 0, expected: 0, actual: 0, completedRate: 0 },
  { period: '2025-12', tasks: 53, expected: 5.6, actual: 12, completedRate: 0 },
  { period: '2026-01', tasks: 68, expected: 10.2, actual: 15.2, completedRate: 1.5 },
  { period: '2026-02', tasks: 76, expected: 14.1, actual: 19.6, completedRate: 1.3 },
];

describe(toTrendSeries.name, () => {
  it('labels each period in full and its axis tick by month', () => {
    const { cadence, rows } = toTrendSeries(trend, 'zh-CN');
    expect(cadence).toBe('month');
    expect(rows.map((r) => [r.period, r.label, r.tick])).toEqual([
      ['2025-12', '2025年12月', '12月'],
      ['2026-01', '2026年1月', '1月'],
      ['2026-02', '2026年2月', '2月'],
    ]);
    expect(rows[2]).toMatchObject({ expected: 14.1, actual: 19.6, completedRate: 1.3, tasks: 76 });
  });

  it('uses ISO months in English and leaves out periods without tasks', () => {
    const { rows } = toTrendSeries(trend, 'en');
    expect(rows.map((r) => r.label)).toEqual(['2025-12', '2026-01', '2026-02']);
  });

  it('is empty without a trend', () => {
    expect(toTrendSeries(undefined, 'en').rows).toEqual([]);
  });
});

describe(toPeriodOptions.name, () => {
  it('offers the trend periods newest first, plus an older period from the URL', () => {
    expect(toPeriodOptions(trend, undefined, 'zh-CN').map((o) => o.value)).toEqual([
      '2026-02',
      '2026-01',
      '2025-12',
      '2025-11',
    ]);
    expect(toPeriodOptions(trend, '2025-06', 'en').at(-1)).toEqual({ value: '2025-06', label: '2025-06' });
    expect(toPeriodOptions(trend, '2026-01', 'en')).toHaveLength(4);
  });
});
