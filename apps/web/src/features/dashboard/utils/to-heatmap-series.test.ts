import type { DashboardGroup } from '@plan/contracts';
import { toHeatMapSeries } from './to-heatmap-series';

const group = (code: string, nameZh: string, tasks: number): DashboardGroup => ({
  code,
  nameZh,
  nameEn: code.toUpperCase(),
  tasks,
  completed: 0,
  ahead: 0,
  onTrack: 0,
  behind: 0,
  overdue: 0,
  notStarted: 0,
  suspended: 0,
  reportsMissing: 0,
  averageProgress: 0,
});

const measures = [group('policy', '政策', 3), group('talent', '人才', 2)];
const sectors = [group('energy', '能源', 3), group('ecology', '生态环境', 0), group('education', '教育', 2)];
const cells = [
  { sector: 'energy', measure: 'policy', tasks: 2, behind: 1, overdue: 1, averageProgress: 40 },
  { sector: 'energy', measure: 'talent', tasks: 1, behind: 0, overdue: 0, averageProgress: 70 },
  { sector: 'education', measure: 'talent', tasks: 2, behind: 0, overdue: 1, averageProgress: 50 },
];

describe(toHeatMapSeries.name, () => {
  it('makes a sector × measure matrix of sectors with tasks, measures in plan order', () => {
    const series = toHeatMapSeries(cells, sectors, measures, 'zh-CN');
    expect(series.columns).toEqual([
      { code: 'policy', name: '政策' },
      { code: 'talent', name: '人才' },
    ]);
    expect(series.rows.map((r) => [r.code, r.name, r.tasks])).toEqual([
      ['energy', '能源', 3],
      ['education', '教育', 2],
    ]);
  });

  it('counts tasks and behind + overdue per cell, shading by the lagging share', () => {
    const [energy, education] = toHeatMapSeries(cells, sectors, measures, 'en').rows;
    expect(
      energy!.cells.map(({ tasks, lagging, laggingShare }) => ({ tasks, lagging, laggingShare })),
    ).toEqual([
      { tasks: 2, lagging: 2, laggingShare: 100 },
      { tasks: 1, lagging: 0, laggingShare: 0 },
    ]);
    expect(energy!.cells[0]!.shade!.classIndex).toBe(4);
    expect(energy!.cells[1]!.shade!.classIndex).toBe(0);
    expect(education!.cells[0]).toEqual({
      measure: 'policy',
      tasks: 0,
      lagging: 0,
      laggingShare: 0,
      shade: null,
    });
    expect(education!.cells[1]!.laggingShare).toBe(50);
  });

  it('is empty without data', () => {
    expect(toHeatMapSeries(undefined, undefined, undefined, 'en')).toEqual({ columns: [], rows: [] });
  });
});
