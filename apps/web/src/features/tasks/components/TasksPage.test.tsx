import { QueryClient } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { mockApi } from '../../../../test/mock-api';
import { jsonResponse } from '../../../../test/render-with-providers';
import { buildMe, buildTask } from '../../../../test/task-fixtures';
import { createI18n } from '../../../app/i18n';
import { AppProviders } from '../../../app/providers';
import { TasksPage } from '../../../pages/TasksPage';
import { SEARCH_DEBOUNCE_MS } from '../hooks/use-debounced-search';
import { referenceRoutes } from '../testing/reference-routes';

const ZJ_NDRC = '01a226f7-c796-7000-8000-0032b3b9ba6c';

const renderList = (path: string, role: 'staff' | 'viewer' = 'staff') => {
  const calls: URL[] = [];
  mockApi({
    ...referenceRoutes,
    'GET /api/auth/me': buildMe({ role }),
    'GET /api/tasks': (url: URL) => {
      calls.push(url);
      return jsonResponse({ items: [buildTask()], nextCursor: 'c2', total: 100_000 });
    },
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter([{ path: '/tasks', element: <TasksPage /> }], { initialEntries: [path] });
  render(
    <AppProviders queryClient={queryClient} i18n={createI18n('zh-CN')}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  const lastCall = () => calls.at(-1)!.searchParams;
  return { router, calls, lastCall };
};

describe('TasksPage', () => {
  it('shows the total of a huge list and fetches only one page', async () => {
    const { calls } = renderList('/tasks');
    expect(await screen.findByText('共100,000项任务')).toBeTruthy();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.searchParams.get('limit')).toBe('50');
    expect(screen.getByRole('button', { name: '加载更多' })).toBeTruthy();
  });

  it('keeps the sort chosen by a column header in the URL and sends it to the API', async () => {
    const { router, lastCall } = renderList('/tasks?region=440000');
    const table = await screen.findByRole('table', { name: '任务清单' });
    fireEvent.click(within(table).getByRole('button', { name: '进度' }));
    await waitFor(() => expect(router.state.location.search).toBe('?region=440000&sort=progress'));
    await waitFor(() => expect(lastCall().get('sort')).toBe('progress'));
    expect(within(table).getByRole('columnheader', { name: /进度/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    );

    // Code ascending is the default order: it is left out of the URL.
    fireEvent.click(within(table).getByRole('button', { name: '编号' }));
    await waitFor(() => expect(router.state.location.search).toBe('?region=440000'));
    fireEvent.click(within(table).getByRole('button', { name: '编号' }));
    await waitFor(() => expect(router.state.location.search).toBe('?region=440000&sort=-code'));
    expect(within(table).getByRole('columnheader', { name: /编号/ }).getAttribute('aria-sort')).toBe(
      'descending',
    );
  });

  it('filters by lead unit and due-date range through the URL', async () => {
    const { router, lastCall } = renderList('/tasks');
    await screen.findByRole('table');
    await screen.findByRole('option', { name: '浙江省发展改革委' });
    fireEvent.change(screen.getByLabelText('牵头单位'), { target: { value: ZJ_NDRC } });
    await waitFor(() => expect(router.state.location.search).toBe(`?leadUnit=${ZJ_NDRC}`));
    await waitFor(() => expect(lastCall().get('leadUnit')).toBe(ZJ_NDRC));
    fireEvent.change(screen.getByLabelText('完成时限自'), { target: { value: '2026-01-01' } });
    fireEvent.change(screen.getByLabelText('完成时限至'), { target: { value: '2026-06-30' } });
    await waitFor(() =>
      expect(router.state.location.search).toBe(`?leadUnit=${ZJ_NDRC}&dueFrom=2026-01-01&dueTo=2026-06-30`),
    );
    await waitFor(() => expect(lastCall().get('dueTo')).toBe('2026-06-30'));
    expect(lastCall().get('dueFrom')).toBe('2026-01-01');
  });

  it('searches as the user types, replacing the history entry', async () => {
    jest.useFakeTimers();
    try {
      const { router, lastCall } = renderList('/tasks');
      await act(async () => {
        await jest.runOnlyPendingTimersAsync();
      });
      await screen.findByRole('table');
      const historyBefore = router.state.historyAction;
      fireEvent.change(screen.getByLabelText('关键词'), { target: { value: '算力' } });
      await act(async () => {
        await jest.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS);
      });
      expect(new URLSearchParams(router.state.location.search).get('q')).toBe('算力');
      expect(router.state.historyAction).toBe('REPLACE');
      expect(historyBefore).toBe('POP');
      await act(async () => {
        await jest.runOnlyPendingTimersAsync();
      });
      expect(lastCall().get('q')).toBe('算力');
    } finally {
      jest.useRealTimers();
    }
  });

  it('offers "new task" only to those who may create tasks', async () => {
    renderList('/tasks', 'staff');
    expect(await screen.findByRole('link', { name: '新建任务' })).toBeTruthy();
  });

  it('hides "new task" from viewers', async () => {
    renderList('/tasks', 'viewer');
    await screen.findByRole('table');
    await waitFor(() => expect(screen.queryByRole('link', { name: '新建任务' })).toBeNull());
  });
});
