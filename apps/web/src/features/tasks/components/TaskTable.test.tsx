import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../../test/render-with-providers';
import { buildTask } from '../../../../test/task-fixtures';
import type { TaskSort } from '../api/types';
import { TaskTable } from './TaskTable';

const tasks = [
  buildTask(),
  buildTask({
    id: 't2',
    code: 'INF-002',
    region: { code: '330000', nameZh: '浙江省', nameEn: 'Zhejiang' },
    leadUnit: { id: 'u', nameZh: '国家发展和改革委员会', nameEn: 'NDRC' },
    status: { expected: 80, actual: 10, gap: 70, daysLate: 31, state: 'overdue', light: 'red' },
  }),
];

const renderTable = (sort?: TaskSort) => {
  const onSort = jest.fn();
  renderWithProviders(<TaskTable tasks={tasks} sort={sort} onSort={onSort} />);
  return onSort;
};

const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(`^${name}`) });

describe(TaskTable.name, () => {
  it('marks the sorted column with aria-sort, the code column by default', () => {
    renderTable();
    expect(header('编号').getAttribute('aria-sort')).toBe('ascending');
    expect(header('进度').hasAttribute('aria-sort')).toBe(false);
  });

  it('sorts by a header button: reverses the sorted column, starts days late with the most', () => {
    const onSort = renderTable('progress');
    expect(header('进度').getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(within(header('进度')).getByRole('button'));
    expect(onSort).toHaveBeenCalledWith('-progress');
    fireEvent.click(within(header('滞后天数')).getByRole('button', { name: '滞后天数' }));
    expect(onSort).toHaveBeenLastCalledWith('-daysLate');
    fireEvent.click(within(header('完成时限')).getByRole('button'));
    expect(onSort).toHaveBeenLastCalledWith('dueDate');
  });

  it('writes the light and the state out, and the days late as text', () => {
    renderTable();
    const row = screen.getAllByRole('row')[2]!;
    expect(within(row).getByRole('img', { name: '红灯' })).toBeTruthy();
    expect(within(row).getByText('红灯')).toBeTruthy();
    expect(within(row).getByText('逾期')).toBeTruthy();
    expect(within(row).getByText('31天')).toBeTruthy();
    expect(within(row).getByText('浙江省')).toBeTruthy();
    expect(within(row).getByTitle('国家发展和改革委员会')).toBeTruthy();
    expect(within(screen.getAllByRole('row')[1]!).getByText('12天')).toBeTruthy();
  });
});
