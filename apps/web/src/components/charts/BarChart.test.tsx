import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { BarChart } from './BarChart';

// recharts sizes itself with ResizeObserver, which jsdom lacks; it then draws nothing, which is fine here.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

const rows = [
  { name: '政策', code: 'policy', behind: 2, overdue: 1 },
  { name: '人才', code: 'talent', behind: 0, overdue: 3 },
];

const renderChart = (data: typeof rows) =>
  render(
    <MemoryRouter>
      <BarChart
        data={data}
        index="name"
        categories={['behind', 'overdue']}
        colors={['#ca8a04', '#dc2626']}
        categoryLabels={{ behind: '慢序时', overdue: '逾期' }}
        valueFormatter={(value) => `${value}项`}
        layout="vertical"
        stack
        height={200}
        noDataText="暂无数据"
        label="各措施滞后任务"
        indexHeader="措施"
        data-testid="chart"
      />
    </MemoryRouter>,
  );

describe(BarChart.name, () => {
  it('gives the chart a data table as its text alternative', () => {
    renderChart(rows);
    const table = within(screen.getByTestId('chart')).getByRole('table', { name: '各措施滞后任务' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['措施', '慢序时', '逾期']);
    const talent = within(table).getByRole('row', { name: /人才/ });
    expect(
      within(talent)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['0项', '3项']);
  });

  it('shows its translated no-data text instead of empty axes', () => {
    renderChart([]);
    expect(within(screen.getByTestId('chart')).getByText('暂无数据')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
