import type { Cadence } from '@plan/contracts';
import { formatPeriod } from '../../../lib/intl-format';
import { toLocale } from '../../../lib/locale';

const PERIOD = /^(\d{4})-(\d{2})$/;

// The summary does not name the workspace cadence; the trend's periods show it (quarters are
// named by their last month, three months apart).
export const inferCadence = (periods: string[]): Cadence => {
  const months = periods.map((p) => Number(PERIOD.exec(p)?.[2] ?? 0));
  if (periods.length < 2 || months.some((m) => m % 3 !== 0)) return 'month';
  const index = (p: string) => Number(p.slice(0, 4)) * 12 + Number(p.slice(5, 7));
  return index(periods[1]!) - index(periods[0]!) === 3 ? 'quarter' : 'month';
};

// A compact axis tick: the month alone in Chinese (10月); English and quarters stay in full.
export const formatPeriodTick = (period: string, locale: string, cadence: Cadence = 'month'): string => {
  const match = PERIOD.exec(period);
  if (!match) return period;
  const lang = toLocale(locale);
  if (cadence === 'quarter' || lang === 'en') return formatPeriod(period, lang, cadence);
  return `${Number(match[2])}月`;
};
