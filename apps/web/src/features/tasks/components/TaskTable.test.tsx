import { act, fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../../test/render-with-providers';
import { buildTask } from '../../../../test/task-fixtures';
import type { TaskSort } from '../api/types';
import { ESTIMATED_ROW_PX, TaskTable, VIRTUALIZE_AFTER } from './TaskTable';

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

  describe('a long list', () => {
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        buildTask({ id: `t${i}`, code: `POL-${String(i + 1).padStart(5, '0')}`, title: `任务 ${i + 1}` }),
      );
    const bodyRows = () =>
      screen
        .getAllByRole('row')
        .filter((r) => r.parentElement?.tagName === 'TBODY' && !r.hasAttribute('aria-hidden'));
    // jsdom lays nothing out: every row measures as high as the estimate, the table starts at the top
    const ROW_PX = ESTIMATED_ROW_PX;
    let height: jest.SpyInstance;
    beforeEach(() => {
      height = jest.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (
        this: HTMLElement,
      ) {
        return this.tagName === 'TR' ? ROW_PX : 0;
      });
      Object.defineProperty(window, 'scrollY', { configurable: true, value: 0, writable: true });
    });
    afterEach(() => height.mockRestore());

    it(`renders every row up to ${VIRTUALIZE_AFTER}`, () => {
      renderWithProviders(<TaskTable tasks={many(VIRTUALIZE_AFTER)} sort={undefined} onSort={jest.fn()} />);
      expect(bodyRows()).toHaveLength(VIRTUALIZE_AFTER);
      expect(screen.getByRole('table').hasAttribute('aria-rowcount')).toBe(false);
    });

    it('past that, renders the rows near the viewport and tells assistive technology where they are', () => {
      renderWithProviders(<TaskTable tasks={many(5000)} sort={undefined} onSort={jest.fn()} />);
      const rows = bodyRows();
      expect(rows.length).toBeGreaterThan(5);
      expect(rows.length).toBeLessThan(60);
      expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe('5001');
      expect(rows[0].getAttribute('aria-rowindex')).toBe('2');
      expect(within(rows[0]).getByText('POL-00001')).toBeTruthy();
      // the spacer below stands for the rows not in the page
      const spacers = document.querySelectorAll<HTMLElement>('tr.task-table__spacer');
      expect(parseFloat(spacers[1].style.height)).toBe((5000 - rows.length) * ROW_PX);

      // scrolled to row 3,001: those rows come in, the first ones go
      act(() => {
        window.scrollY = 3000 * ROW_PX;
        window.dispatchEvent(new Event('scroll'));
      });
      const scrolled = bodyRows();
      expect(scrolled.length).toBeLessThan(60);
      expect(screen.getByText('POL-03001')).toBeTruthy();
      expect(screen.queryByText('POL-00001')).toBeNull();
      const first = Number(scrolled[0].getAttribute('aria-rowindex'));
      expect(parseFloat(spacers[0].style.height)).toBe((first - 2) * ROW_PX);
    });
  });
});
