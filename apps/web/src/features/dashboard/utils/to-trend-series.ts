import type { Cadence } from '@plan/contracts';
import type { TrendPoint } from '../api/types';
import { formatPeriodTick, inferCadence } from './period-label';
import { formatPeriod } from '../../../lib/intl-format';

export type TrendRow = {
  period: string;
  label: string;
  tick: string;
  tasks: number;
  expected: number;
  actual: number;
  completedRate: number;
};

export const TREND_CATEGORIES = ['expected', 'actual', 'completedRate'] as const;
export type TrendCategory = (typeof TREND_CATEGORIES)[number];

// Periods with no active task are left out: their 0% would read as "no progress".
export const toTrendSeries = (
  trend: TrendPoint[] | undefined,
  locale: string,
): { cadence: Cadence; rows: TrendRow[] } => {
  const points = trend ?? [];
  const cadence = inferCadence(points.map((p) => p.period));
  const rows = points
    .filter((point) => point.tasks > 0)
    // Ticks name the month only: the axis has no room for years, the data table has full labels.
    .map((point) => {
      return {
        period: point.period,
        label: formatPeriod(point.period, locale, cadence),
        tick: formatPeriodTick(point.period, locale, cadence),
        tasks: point.tasks,
        expected: point.expected,
        actual: point.actual,
        completedRate: point.completedRate,
      };
    });
  return { cadence, rows };
};

export type PeriodOption = { value: string; label: string };

// Reporting periods to pick for "reports missing": the trend's periods, newest first, plus a
// period from the URL that is older than the trend window.
export const toPeriodOptions = (
  trend: TrendPoint[] | undefined,
  selected: string | undefined,
  locale: string,
): PeriodOption[] => {
  const periods = (trend ?? []).map((p) => p.period);
  const cadence = inferCadence(periods);
  const all = new Set(periods);
  if (selected) all.add(selected);
  return [...all]
    .sort()
    .reverse()
    .map((value) => ({ value, label: formatPeriod(value, locale, cadence) }));
};
