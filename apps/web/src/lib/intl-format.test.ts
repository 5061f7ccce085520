import { formatDate, formatList, formatNumber, formatPercent } from './intl-format';

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
});
