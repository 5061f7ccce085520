import { toLocale } from '../../../lib/locale';

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
