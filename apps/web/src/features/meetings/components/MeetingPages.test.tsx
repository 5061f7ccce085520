import { QueryClient } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { mockApi } from '../../../../test/mock-api';
import { jsonResponse } from '../../../../test/render-with-providers';
import { buildMe } from '../../../../test/task-fixtures';
import { appRoutes } from '../../../app/App';
import { createI18n } from '../../../app/i18n';
import { AppProviders } from '../../../app/providers';
import type { Role } from '../../auth/api/types';
import {
  buildChange,
  buildChanges,
  buildListTask,
  buildMeetingDetail,
  buildMeetingView,
} from '../testing/meeting-fixtures';

const first = buildMeetingView({ id: 'm1', title: '第一次调度会', heldOn: '2026-10-30', asOf: '2026-10-30' });
const second = buildMeetingView({ id: 'm2', title: '第二次调度会', decisionCount: 1 });

const renderAt = (path: string) => {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  render(
    <AppProviders queryClient={queryClient} i18n={createI18n('zh-CN')}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return router;
};

const routes = (role: Role = 'leader', extra: Record<string, unknown> = {}) => ({
  'GET /api/auth/me': buildMe({ role }),
  'GET /api/notifications': { items: [], unread: 0 },
  'GET /api/meetings': [second, first],
  'GET /api/meetings/m2': buildMeetingDetail(),
  'GET /api/meetings/m1': buildMeetingDetail({ ...first, previousMeetingId: null }),
  'GET /api/tasks': {
    items: [
      buildListTask({
        id: 'd1',
        code: 'POL-031',
        title: '议定：专项督查',
        sourceMeetingId: 'm2',
        dueDate: null,
      }),
      buildListTask({ id: 'x', code: 'POL-001', sourceMeetingId: 'm1' }),
      buildListTask({ id: 'y', code: 'POL-002' }),
    ],
    nextCursor: null,
    total: 3,
  },
  ...extra,
});

describe('meeting pages', () => {
  it('lists meetings newest first, and a leader creates one and lands on it', async () => {
    mockApi(
      routes('leader', {
        'POST /api/meetings': () => jsonResponse(buildMeetingDetail({ id: 'm2' }), 201),
      }),
    );
    const router = renderAt('/meetings');
    const table = await screen.findByTestId('meeting-list');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      '第二次调度会',
      '第一次调度会',
    ]);
    expect(rows[0]!.textContent).toContain('2026年11月29日（已冻结）');
    expect(within(rows[1]!).getByText('首次调度会')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '创建调度会' }));
    fireEvent.change(screen.getByLabelText(/^调度会名称/), { target: { value: '第二次调度会' } });
    fireEvent.click(screen.getByRole('button', { name: '创建并冻结数据' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/meetings/m2'));
    expect(await screen.findByRole('heading', { level: 1, name: '第二次调度会' })).toBeTruthy();
  });

  it('offers no "create" to staff', async () => {
    mockApi(routes('staff'));
    renderAt('/meetings');
    await screen.findByTestId('meeting-list');
    expect(screen.queryByRole('button', { name: '创建调度会' })).toBeNull();
  });

  it('shows the frozen figures, the decisions of this meeting only, and exports as of the meeting', async () => {
    mockApi(routes());
    renderAt('/meetings/m2');
    expect((await screen.findByTestId('frozen-note')).textContent).toContain(
      '数据截至 2026年11月29日（已冻结）',
    );
    const figures = document.querySelector('dl[aria-label="主要指标（冻结）"]')!;
    expect(figures.querySelectorAll('[data-figure]')).toHaveLength(9);
    const card = figures.querySelector('[data-figure="behind"]')!;
    expect(card.getAttribute('data-count')).toBe('28');
    expect(card.textContent).toContain('占 20%');
    expect(figures.querySelector('[data-figure="completed"]')!.textContent).toContain('12.1%');

    const measures = screen.getByTestId('frozen-measures');
    expect(within(measures).getByRole('rowheader', { name: '强化政策引导与扶持' })).toBeTruthy();
    expect(within(measures).getByRole('rowheader', { name: '合计' })).toBeTruthy();

    const decisions = screen.getByTestId('meeting-decisions');
    await within(decisions).findByRole('link', { name: '议定：专项督查' });
    expect(within(decisions).getAllByRole('row')).toHaveLength(2);
    expect(within(decisions).getByText('长期')).toBeTruthy();
    expect(within(decisions).getByText('共1项')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '导出' }));
    for (const item of screen.getAllByRole('menuitem'))
      expect(item.getAttribute('href')).toMatch(/\?meeting=m2$/);
    expect(screen.getByRole('link', { name: '与上次调度会相比' }).getAttribute('href')).toBe(
      '/meetings/m2/changes',
    );
    expect(screen.getByRole('link', { name: '此后至今的变化' }).getAttribute('href')).toBe(
      '/meetings/changes?since=m2',
    );
  });

  it('lists the changes since the previous meeting, with arrows and words, and changes "since"', async () => {
    const fetchMock = mockApi(
      routes('leader', {
        'GET /api/meetings/m2/changes': buildChanges({
          stateChanged: [buildChange()],
          largestProgress: [
            buildChange(),
            buildChange({ taskId: 't2', code: 'TAL-004', progressDelta: -10 }),
          ],
          newTasks: [buildChange({ taskId: 't3', code: 'POL-031', before: null })],
        }),
      }),
    );
    renderAt('/meetings/m2/changes');
    expect((await screen.findByTestId('changes-range')).textContent).toBe(
      '从“第一次调度会”（数据截至 2026年10月30日）到“第二次调度会”（数据截至 2026年11月29日）',
    );
    const progress = screen.getByRole('region', { name: '进度变化最大' });
    const [up, down] = within(progress).getAllByRole('row').slice(1);
    expect(up!.textContent).toContain('40% → 55%');
    expect(up!.textContent).toContain('▲ 提高15个百分点');
    expect(down!.textContent).toContain('▼ 下降10个百分点');
    expect(
      within(up!).getByRole('link', { name: '加大人工智能领域财政资金支持力度' }).getAttribute('href'),
    ).toBe('/tasks/t1');
    const state = screen.getByRole('region', { name: '序时状态变化' });
    expect(within(state).getAllByRole('row')[1]!.textContent).toContain('黄灯 · 慢序时→变为绿灯 · 按序时');
    expect(screen.getByRole('region', { name: '新增任务' }).textContent).toContain('新增');
    expect(screen.getByRole('region', { name: '新完成' }).textContent).toContain('没有新完成的任务。');
    const summary = screen.getByRole('navigation', { name: '变化分类' });
    expect(within(summary).getByText('共3项任务有变化')).toBeTruthy();

    const since = screen.getByLabelText('比较起点') as HTMLSelectElement;
    expect(since.value).toBe('m1');
    expect([...since.options].map((option) => option.textContent)).toEqual([
      '第一次调度会（2026年10月30日）',
    ]);
    expect(String(fetchMock.mock.calls.find(([url]) => String(url).includes('/changes'))![0])).toBe(
      '/api/meetings/m2/changes',
    );
  });

  it('says there is nothing to compare for the first meeting', async () => {
    const fetchMock = mockApi(routes());
    renderAt('/meetings/m1/changes');
    expect(await screen.findByText('这是第一次调度会，没有更早的调度会可供比较。')).toBeTruthy();
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes('/changes'))).toBe(false);
  });

  it('compares the chosen meeting with now', async () => {
    const fetchMock = mockApi(
      routes('leader', {
        'GET /api/meetings/live/changes': buildChanges({
          from: { meetingId: 'm1', title: '第一次调度会', asOf: '2026-10-30' },
          to: { meetingId: null, title: null, asOf: '2026-11-30' },
        }),
      }),
    );
    renderAt('/meetings/changes?since=m1');
    expect((await screen.findByTestId('changes-range')).textContent).toBe(
      '从“第一次调度会”（数据截至 2026年10月30日）到现在（2026年11月30日）',
    );
    expect(screen.getByRole('heading', { level: 1, name: '上次调度会以来的变化' })).toBeTruthy();
    expect((screen.getByLabelText('比较起点') as HTMLSelectElement).value).toBe('m1');
    expect(fetchMock.mock.calls.some(([url]) => String(url) === '/api/meetings/live/changes?since=m1')).toBe(
      true,
    );
  });

  it('keeps the import page to administrators', async () => {
    mockApi(routes('leader'));
    renderAt('/admin/import');
    expect(await screen.findByText('只有系统管理员可以导入任务分解表。')).toBeTruthy();
  });
});
