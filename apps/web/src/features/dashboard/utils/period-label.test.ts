import { formatPeriodTick, inferCadence } from './period-label';

describe('period ticks and cadence', () => {
  it('keeps ticks short', () => {
    expect(formatPeriodTick('2026-03', 'zh-CN')).toBe('3月');
    expect(formatPeriodTick('2026-03', 'en')).toBe('2026-03');
    expect(formatPeriodTick('2026-03', 'zh-CN', 'quarter')).toBe('2026年第1季度');
  });

  it('infers the cadence from consecutive periods', () => {
    expect(inferCadence(['2026-01', '2026-02'])).toBe('month');
    expect(inferCadence(['2026-03', '2026-06', '2026-09'])).toBe('quarter');
    expect(inferCadence(['2026-03', '2026-04'])).toBe('month');
    expect(inferCadence([])).toBe('month');
  });
});
