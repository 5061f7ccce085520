import { isPeriod, type Cadence } from '@plan/contracts';
import { toLocale, type Locale } from './locale';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

// Building an Intl formatter costs far more than using one (the dashboard formats a few hundred
// values a render): one instance per locale and options, kept for the page's life.
const cached = <F>(make: (locale: string, options?: object) => F) => {
  const formatters = new Map<string, F>();
  return (locale: string, options?: object): F => {
    const key = options ? `${locale} ${JSON.stringify(options)}` : locale;
    let formatter = formatters.get(key);
    if (!formatter) {
      formatter = make(locale, options);
      formatters.set(key, formatter);
    }
    return formatter;
  };
};
const numberFormat = cached(
  (locale, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options),
);
const dateTimeFormat = cached(
  (locale, options?: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options),
);
const listFormat = cached((locale, options?: Intl.ListFormatOptions) => new Intl.ListFormat(locale, options));

// A date-only string is a calendar day, not an instant: keep it in UTC so no time zone shifts it.
const toDate = (value: string | Date): { date: Date; timeZone?: string } | undefined => {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : { date: value };
  const match = DATE_ONLY.exec(value);
  if (match) {
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    return { date, timeZone: 'UTC' };
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : { date };
};

const formatIsoDay = (date: Date, timeZone: string | undefined): string => {
  const parts = dateTimeFormat('en-US', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone,
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
};

// zh-CN: 2026年11月29日; en: ISO 2026-11-29 (the product's rule for English).
export const formatDate = (value: string | Date, locale: string): string => {
  const parsed = toDate(value);
  if (!parsed) return typeof value === 'string' ? value : '';
  const lang: Locale = toLocale(locale);
  if (lang === 'en') return formatIsoDay(parsed.date, parsed.timeZone);
  return dateTimeFormat(lang, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: parsed.timeZone,
  }).format(parsed.date);
};

export const formatNumber = (value: number, locale: string, options?: Intl.NumberFormatOptions): string =>
  numberFormat(toLocale(locale), options).format(value);

// Progress and gaps are percentage points 0..100 in the API.
export const formatPercent = (points: number, locale: string): string =>
  numberFormat(toLocale(locale), { style: 'percent', maximumFractionDigits: 1 }).format(points / 100);

export const formatList = (items: string[], locale: string): string =>
  listFormat(toLocale(locale), { style: 'long', type: 'conjunction' }).format(items);

// A reporting period 'YYYY-MM' (a quarter is named by its last month): zh-CN 2026年11月 / 2026年第4季度,
// en 2026-11 / 2026-Q4 (ISO-like, as dates are). Anything else is shown as it is.
export const formatPeriod = (period: string, locale: string, cadence: Cadence = 'month'): string => {
  if (!isPeriod(period)) return period;
  const [year, month] = period.split('-').map(Number) as [number, number];
  const lang = toLocale(locale);
  if (cadence === 'quarter') {
    const quarter = Math.ceil(month / 3);
    return lang === 'en' ? `${year}-Q${quarter}` : `${year}年第${quarter}季度`;
  }
  if (lang === 'en') return period;
  return dateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
};
