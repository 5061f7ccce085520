// Calendar dates are 'YYYY-MM-DD' strings with no time zone; arithmetic runs on UTC midnights so
// daylight-saving shifts can never add or lose a day.
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Invalid month: ${month}`);
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const match = ISO_DATE.exec(s);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return false;
  return day >= 1 && day <= daysInMonth(year, month);
}

export function assertIsoDate(s: unknown): asserts s is string {
  if (!isIsoDate(s)) throw new RangeError(`Invalid ISO date: ${String(s)}`);
}

export function toIsoDate(year: number, month: number, day: number): string {
  const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  assertIsoDate(date);
  return date;
}

export function addDays(date: string, n: number): string {
  assertInteger(n);
  const result = new Date(toUtcMs(date) + n * MS_PER_DAY);
  return toIsoDate(result.getUTCFullYear(), result.getUTCMonth() + 1, result.getUTCDate());
}

// a − b in whole days
export function diffDays(a: string, b: string): number {
  return Math.round((toUtcMs(a) - toUtcMs(b)) / MS_PER_DAY);
}

export function compareDates(a: string, b: string): -1 | 0 | 1 {
  assertIsoDate(a);
  assertIsoDate(b);
  // the fixed-width format makes string order equal calendar order
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDate(first: string, ...rest: string[]): string {
  return rest.reduce((min, d) => (compareDates(d, min) < 0 ? d : min), validated(first));
}

export function maxDate(first: string, ...rest: string[]): string {
  return rest.reduce((max, d) => (compareDates(d, max) > 0 ? d : max), validated(first));
}

export function startOfMonth(date: string): string {
  const { year, month } = parseIsoDate(date);
  return toIsoDate(year, month, 1);
}

export function endOfMonth(date: string): string {
  const { year, month } = parseIsoDate(date);
  return toIsoDate(year, month, daysInMonth(year, month));
}

// The day is clamped to the target month, so 2026-01-31 + 1 month is 2026-02-28.
export function addMonths(date: string, n: number): string {
  assertInteger(n);
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + n;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  if (targetYear < MIN_YEAR || targetYear > MAX_YEAR)
    throw new RangeError(`Date out of range: ${date} + ${n} months`);
  return toIsoDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

// The last answer per zone, for the second it was asked in: a zone's day turns over on a whole second (UTC
// offsets are whole seconds, whole minutes since 1972), so every instant of that second has the same day.
const lastToday = new Map<string, { second: number; day: string }>();

export function todayIn(timeZone: string, now: Date = new Date()): string {
  const second = Math.floor(now.getTime() / 1000);
  const last = lastToday.get(timeZone);
  if (last && last.second === second) return last.day;
  const parts = formatterFor(timeZone).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const day = toIsoDate(part('year'), part('month'), part('day'));
  lastToday.set(timeZone, { second, day });
  return day;
}

export function parseIsoDate(date: string): { year: number; month: number; day: number } {
  assertIsoDate(date);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

// Building a DateTimeFormat is costly and todayIn runs once per request or per task row.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      calendar: 'gregory',
      numberingSystem: 'latn',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function toUtcMs(date: string): number {
  const { year, month, day } = parseIsoDate(date);
  return Date.UTC(year, month - 1, day);
}

function validated(date: string): string {
  assertIsoDate(date);
  return date;
}

function assertInteger(n: number): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Expected an integer, got ${n}`);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
