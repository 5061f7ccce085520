import type { DashboardGroup, ScheduleState } from '@plan/contracts';
import { localName } from '../../../lib/locale';
import { STATE_COUNT_KEY, STATE_ORDER } from './state-counts';

export type MeasureStatusRow = { code: string; name: string; tasks: number } & Record<ScheduleState, number>;

// One row per measure with tasks (the API lists all five, in plan order), one column per schedule
// state. A measure the filters leave empty would only draw a blank row.
export const toMeasureSeries = (
  byMeasure: DashboardGroup[] | undefined,
  locale: string,
): MeasureStatusRow[] =>
  (byMeasure ?? [])
    .filter((group) => group.tasks > 0)
    .map((group) => {
      const row = {
        code: group.code,
        name: localName(group, locale),
        tasks: group.tasks,
      } as MeasureStatusRow;
      for (const state of STATE_ORDER) row[state] = group[STATE_COUNT_KEY[state]];
      return row;
    });

export const hasTasks = (rows: { tasks: number }[]): boolean => rows.some((row) => row.tasks > 0);
