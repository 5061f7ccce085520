import { toLocale } from '../../../lib/locale';

const PERIOD = /^(\d{4})-(\d{2})$/;

// zh-CN: 2026年11月; en: ISO 2026-11, like dates.
export const formatPeriod = (period: string, locale: string): string => {
  const match = PERIOD.exec(period);
  if (!match) return period;
  if (toLocale(locale) === 'en') return period;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
};

// 14:05 in both languages.
export const formatTime = (value: string | Date, locale: string): string => {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(toLocale(locale), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
};

const UNITS = [
  { unit: 'megabyte', size: 1024 * 1024 },
  { unit: 'kilobyte', size: 1024 },
] as const;

// 2.4 MB, 512 KB, 300 byte: binary multiples, as file managers show them.
export const formatFileSize = (bytes: number, locale: string): string => {
  const lang = toLocale(locale);
  for (const { unit, size } of UNITS) {
    if (bytes >= size) {
      return new Intl.NumberFormat(lang, {
        style: 'unit',
        unit,
        unitDisplay: 'short',
        maximumFractionDigits: 1,
      }).format(bytes / size);
    }
  }
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'byte', unitDisplay: 'short' }).format(bytes);
};
