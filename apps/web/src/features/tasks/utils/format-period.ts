import { isPeriod } from '@plan/contracts';
import { toLocale } from '../../../lib/locale';

// A reporting period 'YYYY-MM': 2026年11月 in Chinese, ISO 2026-11 in English (as dates are).
export const formatPeriod = (period: string, locale: string): string => {
  if (!isPeriod(period)) return period;
  const lang = toLocale(locale);
  if (lang === 'en') return period;
  const [year, month] = period.split('-').map(Number);
  return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year!, month! - 1, 1)),
  );
};
