import {
  addDays,
  addMonths,
  compareDates,
  endOfMonth,
  MAX_YEAR,
  MIN_YEAR,
  parseIsoDate,
  toIsoDate,
} from './date';

export const CADENCES = ['month', 'quarter'] as const;
export type Cadence = (typeof CADENCES)[number];

export const DEFAULT_CADENCE: Cadence = 'month';
export const DEFAULT_DUE_DAY = 5;
// 28 keeps the due day inside every month, February included
export const MAX_DUE_DAY = 28;

export type ReportObligationInput = {
  startDate: string;
  // Ignored on purpose: a task past its due date keeps reporting until it is completed.
  dueDate?: string | null;
  completedOn: string | null;
};

const PERIOD = /^(\d{4})-(\d{2})$/;

export function isCadence(s: unknown): s is Cadence {
  return typeof s === 'string' && (CADENCES as readonly string[]).includes(s);
}

export function isPeriod(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const match = PERIOD.exec(s);
  if (!match) return false;
  const [year, month] = [Number(match[1]), Number(match[2])];
  return year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12;
}

// A quarter is named by its last month: '2026-03' is Q1 2026.
export function isPeriodForCadence(p: unknown, cadence: Cadence): p is string {
  assertCadence(cadence);
  return isPeriod(p) && periodMonth(p) % monthsPer(cadence) === 0;
}

export function periodOf(date: string, cadence: Cadence): string {
  assertCadence(cadence);
  const { year, month } = parseIsoDate(date);
  const size = monthsPer(cadence);
  return formatPeriod(year, Math.ceil(month / size) * size);
}

export function periodStart(p: string, cadence: Cadence): string {
  assertPeriod(p, cadence);
  return addMonths(firstDayOf(p), 1 - monthsPer(cadence));
}

export function periodEnd(p: string, cadence: Cadence): string {
  assertPeriod(p, cadence);
  return endOfMonth(firstDayOf(p));
}

export function nextPeriod(p: string, cadence: Cadence): string {
  return shiftPeriod(p, cadence, 1);
}

export function previousPeriod(p: string, cadence: Cadence): string {
  return shiftPeriod(p, cadence, -1);
}

// Inclusive on both ends; empty when from is after to.
export function periodsBetween(from: string, to: string, cadence: Cadence): string[] {
  assertPeriod(from, cadence);
  assertPeriod(to, cadence);
  const count = (monthIndex(to) - monthIndex(from)) / monthsPer(cadence) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => shiftPeriod(from, cadence, i));
}

// The report for P is due on day dueDay of the period after P.
export function periodDueDate(p: string, cadence: Cadence, dueDay: number): string {
  assertDueDay(dueDay);
  return addDays(periodEnd(p, cadence), dueDay);
}

// The latest period whose due date is strictly before today: a missing report for it is late.
export function latestClosedPeriod(today: string, cadence: Cadence, dueDay: number): string {
  assertDueDay(dueDay);
  const previous = previousPeriod(periodOf(today, cadence), cadence);
  // previous is due inside the current period, so the one before it is always already closed
  return compareDates(periodDueDate(previous, cadence, dueDay), today) < 0
    ? previous
    : previousPeriod(previous, cadence);
}

// Active in P: started by the end of P and not completed before P began.
export function owesReport(task: ReportObligationInput, p: string, cadence: Cadence): boolean {
  if (compareDates(task.startDate, periodEnd(p, cadence)) > 0) return false;
  return task.completedOn === null || compareDates(task.completedOn, periodStart(p, cadence)) >= 0;
}

function shiftPeriod(p: string, cadence: Cadence, steps: number): string {
  assertPeriod(p, cadence);
  const shifted = addMonths(firstDayOf(p), steps * monthsPer(cadence));
  return shifted.slice(0, 7);
}

function monthIndex(p: string): number {
  return Number(p.slice(0, 4)) * 12 + periodMonth(p) - 1;
}

function monthsPer(cadence: Cadence): number {
  return cadence === 'quarter' ? 3 : 1;
}

function periodMonth(p: string): number {
  return Number(p.slice(5, 7));
}

function firstDayOf(p: string): string {
  return `${p}-01`;
}

function formatPeriod(year: number, month: number): string {
  return toIsoDate(year, month, 1).slice(0, 7);
}

function assertCadence(cadence: unknown): asserts cadence is Cadence {
  if (!isCadence(cadence)) throw new RangeError(`Invalid cadence: ${String(cadence)}`);
}

function assertPeriod(p: unknown, cadence: Cadence): asserts p is string {
  if (!isPeriodForCadence(p, cadence)) throw new RangeError(`Invalid ${cadence} period: ${String(p)}`);
}

function assertDueDay(dueDay: number): void {
  if (!Number.isInteger(dueDay) || dueDay < 1 || dueDay > MAX_DUE_DAY) {
    throw new RangeError(`Due day must be an integer 1..${MAX_DUE_DAY}, got ${dueDay}`);
  }
}

// The period whose reports are being collected now: the previous one until its due day has passed,
// then the current one (due day 5: on 3 December it is November, on 6 December December).
export function collectingPeriod(today: string, cadence: Cadence, dueDay: number): string {
  const current = periodOf(today, cadence);
  const previous = previousPeriod(current, cadence);
  return today <= periodDueDate(previous, cadence, dueDay) ? previous : current;
}
