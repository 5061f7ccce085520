import type { NotificationKind, NotificationView } from '@plan/contracts';
import { toLocale } from '../../../lib/locale';

// Only paths inside the app: a stored link must never send the user to another site.
export const safeAppLink = (link: string | null): string | null => {
  if (!link || !link.startsWith('/') || link.startsWith('//') || link.includes('\\')) return null;
  return link;
};

const PARAMS_BY_KIND: Record<NotificationKind, readonly string[]> = {
  report_reminder: ['period', 'taskCode', 'taskTitle', 'fromName'],
  report_returned: ['period', 'taskCode', 'taskTitle', 'fromName', 'comment'],
  report_approved: ['period', 'taskCode', 'taskTitle', 'fromName'],
};

// The values a kind's message needs, each present (an empty string rather than a raw {{placeholder}}).
export const notificationValues = (
  notification: Pick<NotificationView, 'kind' | 'params'>,
  formatPeriod: (period: string) => string,
): Record<string, string> => {
  const names = PARAMS_BY_KIND[notification.kind] ?? [];
  const values: Record<string, string> = {};
  for (const name of names) values[name] = notification.params[name] ?? '';
  if (values.period) values.period = formatPeriod(values.period);
  return values;
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const RELATIVE_LIMIT = 7 * DAY;

// "3分钟前" / "3 minutes ago" within a week, then the date and time.
export const formatWhen = (iso: string, now: Date, locale: string): string => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const lang = toLocale(locale);
  const elapsed = now.getTime() - date.getTime();
  if (elapsed >= 0 && elapsed < RELATIVE_LIMIT) {
    const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
    if (elapsed < MINUTE) return rtf.format(0, 'second');
    if (elapsed < HOUR) return rtf.format(-Math.floor(elapsed / MINUTE), 'minute');
    if (elapsed < DAY) return rtf.format(-Math.floor(elapsed / HOUR), 'hour');
    return rtf.format(-Math.floor(elapsed / DAY), 'day');
  }
  if (lang === 'en') {
    const parts = new Intl.DateTimeFormat('en-CA', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(date);
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
  }
  return new Intl.DateTimeFormat('zh-CN', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
};

// Full date and time for the <time> title and screen readers.
export const formatAbsolute = (iso: string, locale: string): string => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(toLocale(locale) === 'en' ? 'en-CA' : 'zh-CN', {
    dateStyle: 'long',
    timeStyle: 'short',
    hourCycle: 'h23',
  }).format(date);
};

export const MAX_BADGE = 99;

export const badgeText = (unread: number, locale: string): string =>
  unread > MAX_BADGE
    ? `${new Intl.NumberFormat(toLocale(locale)).format(MAX_BADGE)}+`
    : new Intl.NumberFormat(toLocale(locale)).format(unread);
