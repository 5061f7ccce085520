import { formatFileSize, formatTime } from './reporting-format';
import { defaultCollectingPeriod, parsePeriodParam, periodChoices } from './reporting-periods';

describe('reporting formats', () => {
  it('writes file sizes with Intl units', () => {
    expect(formatFileSize(512, 'en')).toBe('512 byte');
    expect(formatFileSize(2048, 'en')).toBe('2 kB');
    expect(formatFileSize(2.5 * 1024 * 1024, 'en')).toBe('2.5 MB');
    expect(formatFileSize(10 * 1024 * 1024, 'zh-CN')).toMatch(/^10\s?MB$/);
  });

  it('writes a 24-hour time', () => {
    const at = new Date(2026, 10, 29, 14, 5);
    expect(formatTime(at, 'zh-CN')).toBe('14:05');
    expect(formatTime(at, 'en')).toBe('14:05');
    expect(formatTime('nonsense', 'en')).toBe('');
  });
});

describe('reporting periods', () => {
  it('collects the previous month until its due day has passed', () => {
    expect(defaultCollectingPeriod('2026-12-03')).toBe('2026-11');
    expect(defaultCollectingPeriod('2026-12-05')).toBe('2026-11');
    expect(defaultCollectingPeriod('2026-12-06')).toBe('2026-12');
  });

  it('offers this month and the eleven before it, newest first, plus any period asked for', () => {
    const choices = periodChoices('2026-11-29');
    expect(choices).toHaveLength(12);
    expect(choices[0]).toBe('2026-11');
    expect(choices.at(-1)).toBe('2025-12');
    expect(periodChoices('2026-11-29', ['2024-05', 'junk', null])).toContain('2024-05');
    expect(periodChoices('2026-11-29', ['2024-05']).at(-1)).toBe('2024-05');
  });

  it('reads only valid periods from the URL', () => {
    expect(parsePeriodParam('2026-10')).toBe('2026-10');
    expect(parsePeriodParam('2026-13')).toBeNull();
    expect(parsePeriodParam(null)).toBeNull();
  });
});
