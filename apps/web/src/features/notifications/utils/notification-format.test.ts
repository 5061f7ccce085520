import { badgeText, formatWhen, notificationValues, safeAppLink } from './notification-format';

describe('notification formats', () => {
  it('follows only links inside the app', () => {
    expect(safeAppLink('/reporting/tasks/t1?period=2026-11')).toBe('/reporting/tasks/t1?period=2026-11');
    expect(safeAppLink('https://evil.example')).toBeNull();
    expect(safeAppLink('//evil.example')).toBeNull();
    expect(safeAppLink('/\\evil.example')).toBeNull();
    expect(safeAppLink(null)).toBeNull();
  });

  it('fills every value a kind needs and formats the period', () => {
    expect(
      notificationValues(
        { kind: 'report_reminder', params: { period: '2026-11', taskCode: 'PIL-001', fromName: '张卫东' } },
        (p) => `<${p}>`,
      ),
    ).toEqual({ period: '<2026-11>', taskCode: 'PIL-001', taskTitle: '', fromName: '张卫东' });
    expect(
      notificationValues({ kind: 'report_returned', params: { comment: '补充数据' } }, (p) => p).comment,
    ).toBe('补充数据');
  });

  it('says how long ago within a week, then the date and time', () => {
    const now = new Date('2026-11-29T06:00:00.000Z');
    expect(formatWhen('2026-11-29T05:59:40.000Z', now, 'en')).toBe('now');
    expect(formatWhen('2026-11-29T05:57:00.000Z', now, 'en')).toBe('3 minutes ago');
    expect(formatWhen('2026-11-29T05:57:00.000Z', now, 'zh-CN')).toBe('3分钟前');
    expect(formatWhen('2026-11-29T01:00:00.000Z', now, 'zh-CN')).toBe('5小时前');
    expect(formatWhen('2026-11-28T05:00:00.000Z', now, 'zh-CN')).toBe('昨天');
    expect(formatWhen('2026-11-01T02:05:00.000Z', now, 'en')).toMatch(/^2026-11-01 \d\d:05$/);
    expect(formatWhen('2026-11-01T02:05:00.000Z', now, 'zh-CN')).toMatch(/^2026年11月1日 \d\d:05$/);
    expect(formatWhen('garbage', now, 'en')).toBe('');
  });

  it('caps the badge at 99+', () => {
    expect(badgeText(7, 'zh-CN')).toBe('7');
    expect(badgeText(120, 'en')).toBe('99+');
  });
});
