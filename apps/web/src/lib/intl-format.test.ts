import { formatDate, formatList, formatNumber, formatPercent, formatPeriod } from './intl-format';

describe('intl-format', () => {
  it('writes dates as 2026年11月29日 in Chinese and ISO in English', () => {
    expect(formatDate('2026-11-29', 'zh-CN')).toBe('2026年11月29日');
    expect(formatDate('2026-11-29', 'en')).toBe('2026-11-29');
    expect(formatDate('2026-01-05', 'en')).toBe('2026-01-05');
  });

  it('keeps a calendar day whatever the time zone', () => {
    expect(formatDate('2026-01-01', 'zh-CN')).toBe('2026年1月1日');
  });

  it('leaves unparseable input as it is', () => {
    expect(formatDate('not a date', 'zh-CN')).toBe('not a date');
  });

  it('formats numbers, percentages and lists for the language', () => {
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatPercent(45, 'zh-CN')).toBe('45%');
    expect(formatPercent(62.5, 'en')).toBe('62.5%');
    expect(formatList(['制造业', '能源', '交通运输'], 'zh-CN')).toBe('制造业、能源和交通运输');
  });

  it('names a reporting period: 2026年11月 in Chinese, ISO in English', () => {
    expect(formatPeriod('2026-11', 'zh-CN')).toBe('2026年11月');
    expect(formatPeriod('2026-01', 'zh-CN')).toBe('2026年1月');
    expect(formatPeriod('2026-11', 'en')).toBe('2026-11');
  });

  it('names a quarter by its last month', () => {
    expect(formatPeriod('2026-09', 'zh-CN', 'quarter')).toBe('2026年第3季度');
    expect(formatPeriod('2026-12', 'en', 'quarter')).toBe('2026-Q4');
  });

  it('leaves anything that is not a period as it is', () => {
    expect(formatPeriod('bad', 'zh-CN')).toBe('bad');
    expect(formatPeriod('2026-13', 'zh-CN')).toBe('2026-13');
    expect(formatPeriod('2026-Q4', 'zh-CN')).toBe('2026-Q4');
  });
});
