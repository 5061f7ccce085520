import { QueryClient } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { mockApi } from '../../../../test/mock-api';
import { jsonResponse } from '../../../../test/render-with-providers';
import { buildMe } from '../../../../test/task-fixtures';
import { appRoutes } from '../../../app/App';
import { createAppI18n } from '../../../app/i18n';
import { AppProviders } from '../../../app/providers';
import { buildListTask, buildMyTasks, buildReport, buildTaskDetail } from '../testing/reporting-fixtures';
import { draftStorageKey, writeLocalDraft } from '../utils/report-draft';

const renderApp = (path: string) => {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  render(
    <AppProviders queryClient={queryClient} i18n={createAppI18n()}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return router;
};

const base = { 'GET /api/notifications': { items: [], unread: 0 } };

describe('reporting pages', () => {
  it.each([
    ['viewer', ['总览', '任务']],
    ['staff', ['总览', '任务', '报送']],
    ['unit_head', ['总览', '任务', '报送']],
    ['leader', ['总览', '任务', '报送', '调度会']],
    ['admin', ['总览', '任务', '报送', '调度会', '管理']],
  ] as const)('shows a %s only the sections the role may use', async (role, labels) => {
    mockApi({
      ...base,
      'GET /api/auth/me': buildMe({ role }),
      'GET /api/tasks': { items: [], nextCursor: null, total: 0 },
    });
    renderApp('/tasks');
    const nav = await screen.findByRole('navigation', { name: '主导航' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(labels);
  });

  it('lists my tasks for the period with counts, filters by status and keeps both in the URL', async () => {
    const rows = [
      { task: buildListTask(), report: null, status: 'none' as const },
      {
        task: buildListTask({ id: 't2', code: 'PIL-002', title: '供需对接' }),
        report: buildReport({ id: 'r2', taskId: 't2', status: 'returned', reviewComment: '数据不全' }),
        status: 'returned' as const,
      },
      {
        task: buildListTask({ id: 't3', code: 'PIL-003', title: '联合攻关' }),
        report: buildReport({ id: 'r3', taskId: 't3', status: 'submitted' }),
        status: 'submitted' as const,
      },
    ];
    const fetchMock = mockApi({
      ...base,
      'GET /api/auth/me': buildMe({ id: 'u1', role: 'staff' }),
      'GET /api/reporting/my-tasks': (url: URL) =>
        jsonResponse(buildMyTasks(rows, url.searchParams.get('period') ?? '2026-11')),
    });
    const router = renderApp('/reporting');

    await waitFor(() => expect(router.state.location.pathname).toBe('/reporting/my-tasks'));
    const table = await screen.findByRole('table', { name: '2026年11月应报任务' });
    const bodyRows = within(table).getAllByRole('row').slice(1);
    expect(bodyRows.map((r) => r.getAttribute('data-task-code'))).toEqual(['PIL-002', 'PIL-001', 'PIL-003']);
    expect(within(bodyRows[0]!).getByText('被退回')).toBeTruthy();
    expect(within(bodyRows[0]!).getByText('退回意见：数据不全')).toBeTruthy();
    expect(within(bodyRows[1]!).getByRole('link', { name: '填报 PIL-001' }).getAttribute('href')).toBe(
      '/reporting/tasks/t1?period=2026-11',
    );
    expect(within(bodyRows[2]!).getByRole('link', { name: '查看 PIL-003' })).toBeTruthy();
    expect(screen.getByText('报送截止：2026年12月5日')).toBeTruthy();
    // staff see no other reporting tabs
    expect(screen.queryByRole('navigation', { name: '报送功能' })).toBeNull();

    const counts = screen.getByRole('group', { name: '按报送状态筛选' });
    fireEvent.click(within(counts).getByRole('button', { name: '被退回 1' }));
    await waitFor(() => expect(router.state.location.search).toBe('?status=returned'));
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2);

    fireEvent.change(screen.getByLabelText('报送期'), { target: { value: '2026-10' } });
    await waitFor(() => expect(router.state.location.search).toBe('?status=returned&period=2026-10'));
    await waitFor(() =>
      expect(
        fetchMock.mock.calls.some(
          ([url]) => new URL(String(url), 'http://x').searchParams.get('period') === '2026-10',
        ),
      ).toBe(true),
    );
  });

  it('restores an unsubmitted draft from this device and says so', async () => {
    writeLocalDraft(window.localStorage, draftStorageKey('u1', 't1', '2026-11'), {
      values: {
        reportedState: 'in_progress',
        progress: 70,
        achievements: '刷新前写到一半',
        problems: '',
        nextSteps: '',
        suspendedReason: '',
      },
      savedAt: new Date().toISOString(),
      reportId: null,
      baseVersion: null,
    });
    mockApi({
      ...base,
      'GET /api/auth/me': buildMe({ id: 'u1', role: 'staff' }),
      'GET /api/tasks/t1': buildTaskDetail(),
      'GET /api/tasks/t1/reports': [],
      'POST /api/tasks/t1/reports': () =>
        jsonResponse(buildReport({ achievements: '刷新前写到一半', progress: 70 }), 201),
    });
    renderApp('/reporting/tasks/t1?period=2026-11');

    expect(await screen.findByText(/^已恢复未提交的草稿（本设备 \d\d:\d\d 保存）。$/)).toBeTruthy();
    expect((screen.getByLabelText(/^进展情况/) as HTMLTextAreaElement).value).toBe('刷新前写到一半');
    expect((screen.getByLabelText(/^进度（%）/) as HTMLInputElement).value).toBe('70');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      '2026年11月进展报告PIL-001 开展“人工智能+”制造业试点',
    );
    // the restored text goes to the server as a draft without any further typing
    expect(await screen.findByText(/^草稿已保存/, {}, { timeout: 4000 })).toBeTruthy();
  });

  it('shows a submitted report read-only', async () => {
    mockApi({
      ...base,
      'GET /api/auth/me': buildMe({ id: 'u1', role: 'staff' }),
      'GET /api/tasks/t1': buildTaskDetail(),
      'GET /api/tasks/t1/reports': [
        buildReport({ status: 'submitted', submittedAt: '2026-11-28T02:00:00.000Z' }),
      ],
    });
    renderApp('/reporting/tasks/t1?period=2026-11');
    expect(await screen.findByText('报告已提交，正在等待单位负责人审核，审核前不能修改。')).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('tells a viewer that reporting is not for their role', async () => {
    mockApi({ ...base, 'GET /api/auth/me': buildMe({ role: 'viewer' }) });
    renderApp('/reporting/matrix');
    expect(await screen.findByText('您的角色无法使用该报送功能。')).toBeTruthy();
  });
});
