import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockApi } from '../../../../test/mock-api';
import { jsonResponse, renderWithProviders } from '../../../../test/render-with-providers';
import { buildMatrix } from '../testing/reporting-fixtures';
import { SubmissionMatrixView } from './SubmissionMatrixView';

const routes = {
  'GET /api/measures': [{ id: 'm1', code: 'pilots', order: 2, nameZh: '开展试点示范', nameEn: 'Pilots' }],
  'GET /api/regions': [
    { code: '440000', nameZh: '广东省', nameEn: 'Guangdong', short: 'GD', abbrZh: '粤', type: 'province' },
  ],
  'GET /api/reporting/matrix': buildMatrix(),
};

const renderMatrix = (props: Partial<Parameters<typeof SubmissionMatrixView>[0]> = {}) => {
  const onFiltersChange = jest.fn();
  renderWithProviders(
    <SubmissionMatrixView
      filters={{ periods: 6, region: '', measure: '' }}
      remindPeriod={null}
      canRemind
      onFiltersChange={onFiltersChange}
      onRemindPeriodChange={jest.fn()}
      {...props}
    />,
  );
  return { onFiltersChange };
};

describe(SubmissionMatrixView.name, () => {
  it('writes each cell state out, with its counts as the description', async () => {
    mockApi(routes);
    renderMatrix();
    const table = await screen.findByRole('table', { name: '各单位各期报送情况' });
    const rows = within(table).getAllByRole('row');
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['单位', '2026年10月', '2026年11月', '催报']);
    const miit = within(table).getByRole('row', { name: /工业和信息化部/ });
    const [missing, pending] = within(miit).getAllByRole('button').slice(0, 2);
    expect(missing!.textContent).toBe('逾期未报1');
    expect(pending!.textContent).toBe('待报送');
    expect(missing).toHaveProperty('tabIndex', 0);
    expect(pending).toHaveProperty('tabIndex', -1);
    const described = document.getElementById(missing!.getAttribute('aria-describedby')!);
    expect(described?.textContent).toBe('应报4项：按时2，逾期报送1，逾期未报1，被退回0，待报送0');

    fireEvent.focus(missing!);
    expect(screen.getByRole('tooltip', { hidden: true }).textContent).toContain(
      '工业和信息化部 · 2026年10月',
    );
    fireEvent.keyDown(missing!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(pending);
    fireEvent.keyDown(pending!, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('无应报');
  });

  it('reminds one unit for the chosen period and says how many were notified', async () => {
    const fetchMock = mockApi({
      ...routes,
      'POST /api/reporting/remind': () => jsonResponse({ notified: 2, tasks: 3 }),
    });
    renderMatrix();
    expect(await screen.findByText('2026年10月：1个单位共1份报告尚未报送')).toBeTruthy();
    expect(screen.getByRole('button', { name: '催报 广东省工业和信息化厅 2026年10月' })).toHaveProperty(
      'disabled',
      true,
    );

    fireEvent.click(screen.getByRole('button', { name: '催报 工业和信息化部 2026年10月' }));
    expect(await screen.findByText('已向工业和信息化部发出催报：通知2人，涉及3项任务。')).toBeTruthy();
    const call = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/remind'))!;
    expect(JSON.parse(String(call[1]?.body))).toEqual({ period: '2026-10', unitIds: ['unit-a'] });

    fireEvent.click(screen.getByRole('button', { name: '向全部未报单位催报' }));
    await waitFor(() =>
      expect(fetchMock.mock.calls.filter(([url]) => String(url).endsWith('/remind'))).toHaveLength(2),
    );
    const all = fetchMock.mock.calls.filter(([url]) => String(url).endsWith('/remind'))[1]!;
    expect(JSON.parse(String(all[1]?.body))).toEqual({ period: '2026-10' });
  });

  it('sends filters to the API and hides reminders from roles that cannot send them', async () => {
    const fetchMock = mockApi(routes);
    const { onFiltersChange } = renderMatrix({
      filters: { periods: 12, region: '440000', measure: '' },
      canRemind: false,
    });
    await screen.findByRole('table');
    const url = new URL(
      String(fetchMock.mock.calls.find(([u]) => String(u).includes('/matrix'))![0]),
      'http://x',
    );
    expect(url.searchParams.get('periods')).toBe('12');
    expect(url.searchParams.get('region')).toBe('440000');
    expect(screen.queryByRole('button', { name: /催报/ })).toBeNull();
    await screen.findByRole('option', { name: '开展试点示范' });
    fireEvent.change(screen.getByLabelText('措施'), { target: { value: 'pilots' } });
    expect(onFiltersChange).toHaveBeenCalledWith({ periods: 12, region: '440000', measure: 'pilots' });
  });
});
