import {
  DEFAULT_CADENCE,
  DEFAULT_DUE_DAY,
  DEFAULT_TIME_ZONE,
  collectingPeriod,
  isPeriod,
  periodOf,
  previousPeriod,
  todayIn,
} from '@plan/contracts';

export const PERIOD_CHOICES = 12;

export const todayInWorkspace = (now: Date = new Date()): string => todayIn(DEFAULT_TIME_ZONE, now);

// The period the API collects when none is asked for; the web assumes the default settings.
export const defaultCollectingPeriod = (today: string): string =>
  collectingPeriod(today, DEFAULT_CADENCE, DEFAULT_DUE_DAY);

// Newest first: this period and the ones before it. No future periods: nobody reports ahead.
export const periodChoices = (today: string, extra: (string | null | undefined)[] = []): string[] => {
  const choices: string[] = [];
  let period = periodOf(today, DEFAULT_CADENCE);
  for (let i = 0; i < PERIOD_CHOICES; i++) {
    choices.push(period);
    period = previousPeriod(period, DEFAULT_CADENCE);
  }
  for (const p of extra) if (p && isPeriod(p) && !choices.includes(p)) choices.push(p);
  return choices.sort().reverse();
};

export const parsePeriodParam = (value: string | null): string | null =>
  value && isPeriod(value) ? value : null;
