import { formatNumber, formatPercent } from '../../../lib/intl-format';
import type { TaskStatus } from '../api/types';

export type StatusSentenceKey =
  | 'completed'
  | 'suspended'
  | 'overdue'
  | 'overdueNoPlan'
  | 'late'
  | 'lateNoPlan'
  | 'behindGap'
  | 'onPlan'
  | 'noPlan';

export type StatusSentence = {
  // Key inside the `tasks` namespace, under `sentence.`.
  key: StatusSentenceKey;
  values: { actual: string; expected?: string; days?: string; count?: number; gap?: string };
};

// Picks one whole translated sentence and its formatted values; the sentence itself is never assembled
// from parts. It sits beside the state badge, so it gives the figures and never repeats the state's name.
export const buildStatusSentence = (status: TaskStatus, locale: string): StatusSentence => {
  const actual = formatPercent(status.actual, locale);
  const expected = status.expected === null ? undefined : formatPercent(status.expected, locale);
  const late = status.daysLate > 0;
  const days = { days: formatNumber(status.daysLate, locale), count: status.daysLate };

  switch (status.state) {
    case 'completed':
      return { key: 'completed', values: { actual } };
    case 'suspended':
      return { key: 'suspended', values: { actual } };
    case 'overdue':
      return expected === undefined
        ? { key: 'overdueNoPlan', values: { actual, ...days } }
        : { key: 'overdue', values: { actual, expected, ...days } };
    default:
      if (expected === undefined) {
        return late
          ? { key: 'lateNoPlan', values: { actual, ...days } }
          : { key: 'noPlan', values: { actual } };
      }
      if (late) return { key: 'late', values: { actual, expected, ...days } };
      // Behind on progress alone (no milestone late): say by how much.
      if (status.state === 'behind' && status.gap !== null && status.gap > 0) {
        const gap = formatNumber(status.gap, locale, { maximumFractionDigits: 1 });
        return { key: 'behindGap', values: { actual, expected, gap, count: status.gap } };
      }
      return { key: 'onPlan', values: { actual, expected } };
  }
};
