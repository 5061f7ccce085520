import { periodLabel } from './period-label';

describe(periodLabel.name, () => {
  it('writes a month in Chinese, and keeps it ISO in English', () => {
    expect(periodLabel('2026-10', 'zh-CN')).toBe('2026年10月');
    expect(periodLabel('2026-03', 'zh-CN')).toBe('2026年3月');
    expect(periodLabel('2026-10', 'en')).toBe('2026-10');
    expect(periodLabel('2026-Q4', 'zh-CN')).toBe('2026-Q4');
  });
});
