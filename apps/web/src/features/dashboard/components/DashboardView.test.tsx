import type { DashboardGroup, DashboardSummary, TaskListItem } from '@plan/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../../test/render-with-providers';
import { EMPTY_FILTERS } from '../utils/dashboard-filters';
import { DashboardView } from './DashboardView';

// The recharts charts have their own tests and need a real layout; here they are stand-ins.
jest.mock('./lazy-charts', () => ({
  LazyMeasureStatusChart: () => <div data-testid="chart-measure-status" />,
  LazyRegionRankingChart: () => <div data-testid="chart-region-ranking" />,
  LazyTrendChart: () => <div data-testid="chart-trend" />,
}));
// In the browser the panels below the first row come a task or two after the figures; here at once.
jest.mock('./in-turn', () => ({ useInTurn: () => true }));

const counts = (o: Partial<DashboardGroup> = {}) => ({
  tasks: 0,
  completed: 0,
  ahead: 0,
  onTrack: 0,
  behind: 0,
  overdue: 0,
  notStarted: 0,
  suspended: 0,
  reportsMissing: 0,
  averageProgress: 0,
  ...o,
});

const summary: DashboardSummary = {
  asOf: '2026-11-29',
  period: '2026-10',
  totals: {
    ...counts({
      tasks: 10,
      completed: 2,
      onTrack: 4,
      behind: 3,
      overdue: 1,
      reportsMissing: 2,
      averageProgress: 48,
    }),
    completionRate: 20,
    lights: { green: 6, yellow: 2, red: 2, grey: 0 },
  },
  byMeasure: [
    {
      code: 'policy',
      nameZh: '强化政策引导与扶持',
      nameEn: 'Policy',
      ...counts({ tasks: 6, completed: 2, onTrack: 2, behind: 2 }),
    },
    {
      code: 'talent',
      nameZh: '构建多层次人才培养体系',
      nameEn: 'Talent',
      ...counts({ tasks: 4, onTrack: 2, behind: 1, overdue: 1 }),
    },
  ],
  byRegion: [
    {
      code: '000000',
      nameZh: '全国',
      nameEn: 'National',
      ...counts({ tasks: 4, behind: 1 }),
      behindShare: 25,
    },
    {
      code: '440000',
      nameZh: '广东省',
      nameEn: 'Guangdong',
      ...counts({ tasks: 6, behind: 2, overdue: 1 }),
      behindShare: 50,
    },
    { code: '540000', nameZh: '西藏自治区', nameEn: 'Xizang', ...counts(), behindShare: 0 },
  ],
  bySector: [
    { code: 'energy', nameZh: '能源', nameEn: 'Energy', ...counts({ tasks: 3 }) },
    { code: 'ecology', nameZh: '生态环境', nameEn: 'Ecology', ...counts() },
  ],
  bySectorMeasure: [
    { sector: 'energy', measure: 'policy', tasks: 3, behind: 1, overdue: 1, averageProgress: 40 },
  ],
  trend: [
    { period: '2026-10', tasks: 10, expected: 50, actual: 45, completedRate: 10 },
    { period: '2026-11', tasks: 10, expected: 55, actual: 48, completedRate: 20 },
  ],
  upcomingMilestones: [
    {
      id: 'm1',
      title: '发布实施方案',
      dueDate: '2026-12-05',
      daysLeft: 6,
      task: { id: 't1', code: 'POL-001', title: '完善专项政策' },
      leadUnit: { id: 'u1', nameZh: '国家发展改革委', nameEn: 'NDRC' },
    },
  ],
  behind: [
    {
      id: 't2',
      code: 'TAL-026',
      title: '完善人才服务保障制度',
      measure: { code: 'talent', nameZh: '人才', nameEn: 'Talent' },
      region: { code: '440000', nameZh: '广东省', nameEn: 'Guangdong' },
      leadUnit: { id: 'u2', nameZh: '广东省发展改革委', nameEn: 'Guangdong DRC' },
      progress: 0,
      status: { expected: 50, actual: 0, gap: 50, daysLate: 241, state: 'behind', light: 'red' },
    } as unknown as TaskListItem,
  ],
};

const renderView = (data: DashboardSummary = summary, onReset = jest.fn()) =>
  renderWithProviders(
    <DashboardView
      summary={data}
      filters={{ ...EMPTY_FILTERS, sector: ['energy'] }}
      metric="behindShare"
      onMetricChange={jest.fn()}
      onReset={onReset}
    />,
  );

describe(DashboardView.name, () => {
  it('shows every headline figure as a link to the list it counts, keeping the filters', () => {
    renderView();
    const completed = screen.getByRole('link', { name: '已完成20%，查看任务清单' });
    expect(completed.getAttribute('href')).toBe('/tasks?sector=energy&state=completed');
    expect(screen.getByRole('link', { name: '任务总数10，查看任务清单' }).getAttribute('href')).toBe(
      '/tasks?sector=energy',
    );
    expect(
      screen.getByRole('link', { name: '本期未报送2，查看2026年10月报送情况' }).getAttribute('href'),
    ).toBe('/reporting?period=2026-10');
  });

  it('names province tiles by their visible text and value, and links them to the region', () => {
    renderView();
    const map = screen.getByTestId('province-tile-map');
    const tile = within(map).getByRole('link', {
      name: /^广东\s*50%\s*（广东省，慢序时及逾期占比，6项任务）$/,
    });
    expect(tile.getAttribute('href')).toBe('/tasks?region=440000&sector=energy');
    // No tasks: plain text, out of the tab order.
    expect(within(map).queryByRole('link', { name: /西藏/ })).toBeNull();
    expect(within(map).getByText('西藏自治区，无任务')).toBeTruthy();
    expect(screen.getByRole('link', { name: /^全国（中央单位牵头）/ }).getAttribute('href')).toBe(
      '/tasks?region=000000&sector=energy',
    );
  });

  it('shows sector × measure cells with counts and lagging, linked to both filters', () => {
    renderView();
    const table = screen.getByTestId('sector-measure-heatmap');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    const cell = within(table).getByRole('link', { name: /^3\s*滞后2\s*（能源，强化政策引导与扶持）$/ });
    expect(cell.getAttribute('href')).toBe('/tasks?measure=policy&sector=energy');
  });

  it('lists lagging tasks with days late and a written light, and upcoming milestones', () => {
    renderView();
    const lagging = screen.getByTestId('panel-lagging');
    expect(within(lagging).getByText('241天')).toBeTruthy();
    expect(within(lagging).getByText('红灯 · 慢序时')).toBeTruthy();
    expect(within(lagging).getByRole('link', { name: '完善人才服务保障制度' }).getAttribute('href')).toBe(
      '/tasks/t2',
    );
    const milestones = screen.getByTestId('panel-milestones');
    expect(within(milestones).getByText('2026年12月5日')).toBeTruthy();
    expect(within(milestones).getByText('6天后')).toBeTruthy();
  });

  it('offers the measure chart as a table whose counts link to their tasks', () => {
    renderView();
    const panel = screen.getByTestId('panel-measures');
    expect(within(panel).getByTestId('chart-measure-status')).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: '以表格显示' }));
    expect(within(panel).queryByTestId('chart-measure-status')).toBeNull();
    const row = within(panel).getByRole('row', { name: /^构建多层次人才培养体系/ });
    expect(
      within(row)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual([
      '/tasks?measure=talent&sector=energy&state=on_track',
      '/tasks?measure=talent&sector=energy&state=behind',
      '/tasks?measure=talent&sector=energy&state=overdue',
    ]);
    // Zero is not a link: there is nothing behind it.
    expect(
      within(row)
        .getAllByRole('cell')
        .filter((c) => c.textContent === '0')[0]!
        .querySelector('a'),
    ).toBeNull();
  });

  it('says so when nothing matches, with a way to clear the filters', () => {
    const onReset = jest.fn();
    renderView({ ...summary, totals: { ...summary.totals, ...counts(), completionRate: 0 } }, onReset);
    expect(screen.getByText('没有符合当前筛选条件的任务。')).toBeTruthy();
    expect(screen.queryByTestId('panel-regions')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '清除筛选' }));
    expect(onReset).toHaveBeenCalled();
  });
});
