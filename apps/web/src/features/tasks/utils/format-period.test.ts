import { formatPeriod } from './format-period';

describe(formatPeriod.name, () => {
  it('writes 2026年11月 in Chinese and ISO in English', () => {
    expect(formatPeriod('2026-11', 'zh-CN')).toBe('2026年11月');
    expect(formatPeriod('2026-01', 'zh-CN')).toBe('2026年1月');
    expect(formatPeriod('2026-11', 'en')).toBe('2026-11');
  });

  it('leaves anything else as it is', () => {
    expect(formatPeriod('2026-13', 'zh-CN')).toBe('2026-13');
  });
});
