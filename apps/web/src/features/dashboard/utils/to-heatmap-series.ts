import type { DashboardGroup } from '@plan/contracts';
import { localName } from '../../../lib/locale';
import type { SectorMeasureCell } from '../api/types';
import { METRIC_SCALES, shadeOf, type Shade } from './metric-scale';
import { shareOf } from './state-counts';

export type HeatMapCell = {
  measure: string;
  tasks: number;
  // behind + overdue
  lagging: number;
  // lagging as a share of tasks, in %; shades the cell like the province map
  laggingShare: number;
  shade: Shade | null;
};

export type HeatMapRow = { code: string; name: string; tasks: number; cells: HeatMapCell[] };
export type HeatMapSeries = { columns: { code: string; name: string }[]; rows: HeatMapRow[] };

// Rows: sectors that have tasks, in reference order; columns: the measures in plan order.
// A task in several sectors counts in each of them.
export const toHeatMapSeries = (
  bySectorMeasure: SectorMeasureCell[] | undefined,
  bySector: DashboardGroup[] | undefined,
  byMeasure: DashboardGroup[] | undefined,
  locale: string,
): HeatMapSeries => {
  const columns = (byMeasure ?? []).map((m) => ({ code: m.code, name: localName(m, locale) }));
  const cells = new Map((bySectorMeasure ?? []).map((cell) => [`${cell.sector}|${cell.measure}`, cell]));
  const rows = (bySector ?? [])
    .filter((sector) => sector.tasks > 0)
    .map((sector) => ({
      code: sector.code,
      name: localName(sector, locale),
      tasks: sector.tasks,
      cells: columns.map((column): HeatMapCell => {
        const cell = cells.get(`${sector.code}|${column.code}`);
        const tasks = cell?.tasks ?? 0;
        const lagging = (cell?.behind ?? 0) + (cell?.overdue ?? 0);
        const laggingShare = shareOf(lagging, tasks);
        return {
          measure: column.code,
          tasks,
          lagging,
          laggingShare,
          shade: tasks > 0 ? shadeOf(laggingShare, METRIC_SCALES.behindShare) : null,
        };
      }),
    }));
  return { columns, rows };
};
