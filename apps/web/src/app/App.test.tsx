import { QueryClient } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { mockApi } from '../../test/mock-api';
import { jsonResponse } from '../../test/render-with-providers';
import { buildMe, buildTask, buildTaskDetail } from '../../test/task-fixtures';
import { appRoutes } from './App';
import { createAppI18n } from './i18n';
import { AppProviders } from './providers';

const renderApp = (path: string) => {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const i18n = createAppI18n();
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  render(
    <AppProviders queryClient={queryClient} i18n={i18n}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { router, i18n };
};

const referenceRoutes = {
  'GET /api/measures': [
    { id: 'm1', code: 'policy', order: 1, nameZh: '强化政策引导与扶持', nameEn: 'Policy' },
  ],
  'GET /api/regions': [
    { code: '440000', nameZh: '广东省', nameEn: 'Guangdong', short: 'GD', abbrZh: '粤', type: 'province' },
  ],
  'GET /api/sectors': [{ code: 'manufacturing', nameZh: '制造业', nameEn: 'Manufacturing' }],
};

describe('App', () => {
  it('sends a visitor to /login and back to the page they asked for', async () => {
    let loggedIn = false;
    mockApi({
      ...referenceRoutes,
      'GET /api/auth/me': () =>
        loggedIn
          ? jsonResponse(buildMe())
          : jsonResponse({ statusCode: 401, code: 'AUTH_REQUIRED', message: 'x' }, 401),
      'POST /api/auth/login': () => {
        loggedIn = true;
        return jsonResponse(buildMe());
      },
      'GET /api/tasks': { items: [buildTask()], nextCursor: null, total: 1 },
    });
    const { router } = renderApp('/tasks?state=behind');

    fireEvent.change(await screen.findByLabelText('用户名'), { target: { value: 'zhang.san' } });
    fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'secret' } });
    fireEvent.click(screen.getByRole('button', { name: '登录' }));

    expect(await screen.findByRole('heading', { level: 1, name: '任务' })).toBeTruthy();
    expect(router.state.location.pathname + router.state.location.search).toBe('/tasks?state=behind');
  });

  it('lists tasks with text labels for state and ongoing due dates, and loads more by cursor', async () => {
    const fetchMock = mockApi({
      ...referenceRoutes,
      'GET /api/auth/me': buildMe(),
      'GET /api/tasks': (url: URL) =>
        url.searchParams.get('cursor') === 'c2'
          ? jsonResponse({
              items: [buildTask({ id: 't3', code: 'POL-003', title: '第三项' })],
              nextCursor: null,
              total: 3,
            })
          : jsonResponse({
              items: [
                buildTask(),
                buildTask({
                  id: 't2',
                  code: 'TAL-002',
                  title: '长期任务',
                  dueDate: null,
                  progress: 80,
                  status: {
                    expected: null,
                    actual: 80,
                    gap: null,
                    daysLate: 0,
                    state: 'on_track',
                    light: 'green',
                  },
                }),
              ],
              nextCursor: 'c2',
              total: 3,
            }),
    });
    renderApp('/tasks');

    const table = await screen.findByRole('table', { name: '任务清单' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByText('2026年11月29日')).toBeTruthy();
    expect(within(rows[1]!).getByText('慢序时')).toBeTruthy();
    expect(within(rows[1]!).getByRole('img', { name: '黄灯' })).toBeTruthy();
    expect(within(rows[1]!).getByText('45%')).toBeTruthy();
    expect(within(rows[2]!).getByText('长期')).toBeTruthy();
    expect(within(rows[2]!).getByText('按序时')).toBeTruthy();
    expect(screen.getByText('共3项任务')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '加载更多' }));
    expect(await screen.findByText('第三项')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull();
    const lastCall = new URL(String(fetchMock.mock.calls.at(-1)![0]), 'http://localhost');
    expect(lastCall.searchParams.get('cursor')).toBe('c2');
  });

  it('keeps filters in the URL and sends them to the API', async () => {
    const fetchMock = mockApi({
      ...referenceRoutes,
      'GET /api/auth/me': buildMe(),
      'GET /api/tasks': { items: [], nextCursor: null, total: 0 },
    });
    const { router } = renderApp('/tasks?region=440000');

    expect(await screen.findByText('没有符合条件的任务。')).toBeTruthy();
    await waitFor(() => expect((screen.getByLabelText('地区') as HTMLSelectElement).value).toBe('440000'));

    fireEvent.change(screen.getByLabelText('序时状态'), { target: { value: 'overdue' } });

    await waitFor(() => expect(router.state.location.search).toBe('?region=440000&state=overdue'));
    await waitFor(() => {
      const url = new URL(String(fetchMock.mock.calls.at(-1)![0]), 'http://localhost');
      expect(url.pathname).toBe('/api/tasks');
      expect(url.searchParams.get('state')).toBe('overdue');
      expect(url.searchParams.get('region')).toBe('440000');
    });
  });

  it('switches language, saves it to the profile and updates <html lang>', async () => {
    const fetchMock = mockApi({
      ...referenceRoutes,
      'GET /api/auth/me': buildMe(),
      'PATCH /api/auth/me': (_url: URL, init: RequestInit | undefined) =>
        jsonResponse(buildMe({ locale: JSON.parse(String(init?.body)).locale })),
      'GET /api/dashboard/summary': {
        asOf: '2026-03-05',
        period: '2026-02',
        totals: {
          tasks: 1234,
          completed: 10,
          onTrack: 20,
          ahead: 1,
          behind: 5,
          overdue: 2,
          notStarted: 3,
          suspended: 0,
          reportsMissing: 7,
          completionRate: 0.8,
          averageProgress: 42,
        },
      },
    });
    renderApp('/');

    const header = await screen.findByRole('banner');
    expect(within(header).getByText('国家人工智能+专班')).toBeTruthy();
    expect(within(header).getByText('张三')).toBeTruthy();
    expect(within(header).getByText('经办人')).toBeTruthy();
    expect(await screen.findByText('1,234', {}, { timeout: 10_000 })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'English' }));
    });

    expect(await screen.findByRole('link', { name: 'Tasks' })).toBeTruthy();
    expect(screen.getByText('Figures as of 2026-03-05')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    const patch = fetchMock.mock.calls.find(([, init]) => init?.method === 'PATCH');
    expect(JSON.parse(String(patch![1]!.body))).toEqual({ locale: 'en' });
  });

  it('uses the profile language over the one this browser remembered', async () => {
    window.localStorage.setItem('luoshi.locale', 'zh-CN');
    mockApi({
      ...referenceRoutes,
      'GET /api/auth/me': buildMe({ locale: 'en' }),
      'GET /api/tasks/t1': buildTaskDetail(),
    });
    renderApp('/tasks/t1');

    expect(await screen.findByText('Expected 60% by now, actual 45%, 12 days late')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows a task with its status sentence and milestones', async () => {
    mockApi({ ...referenceRoutes, 'GET /api/auth/me': buildMe(), 'GET /api/tasks/t1': buildTaskDetail() });
    renderApp('/tasks/t1');

    expect(await screen.findByRole('heading', { level: 1, name: buildTaskDetail().title })).toBeTruthy();
    expect(screen.getByText('按序时应完成60%，实际45%，滞后12天')).toBeTruthy();
    expect(screen.getByText('李四')).toBeTruthy();
    expect(screen.getByText('工业和信息化部')).toBeTruthy();
    expect(screen.getByText('已完成（2026年1月20日）')).toBeTruthy();
    expect(screen.getByText('未完成')).toBeTruthy();
  });
});
