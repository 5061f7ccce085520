import { formatPeriod, formatPeriodTick, inferCadence } from './period-label';

describe('period labels', () => {
  it('writes months as 2026年10月 in Chinese and 2026-10 in English', () => {
    expect(formatPeriod('2026-10', 'zh-CN')).toBe('2026年10月');
    expect(formatPeriod('2026-01', 'zh-CN')).toBe('2026年1月');
    expect(formatPeriod('2026-10', 'en')).toBe('2026-10');
  });

  it('names quarters by number', () => {
    expect(formatPeriod('2026-09', 'zh-CN', 'quarter')).toBe('2026年第3季度');
    expect(formatPeriod('2026-12', 'en', 'quarter')).toBe('2026-Q4');
  });

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

  it('leaves anything else as it is', () => {
    expect(formatPeriod('soon', 'zh-CN')).toBe('soon');
  });
});
