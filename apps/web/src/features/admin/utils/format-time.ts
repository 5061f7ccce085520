import { formatDate } from '../../../lib/intl-format';
import { toLocale } from '../../../lib/locale';

// A moment as the product writes dates (2026年11月29日 / 2026-11-29) plus a 24-hour time.
export const formatDateTime = (iso: string, locale: string): string => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const time = new Intl.DateTimeFormat(toLocale(locale), {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(date);
  return `${formatDate(date, locale)} ${time}`;
};
