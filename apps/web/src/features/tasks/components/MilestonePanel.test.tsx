import { fireEvent, screen, waitFor } from '@testing-library/react';
import { mockApi } from '../../../../test/mock-api';
import { jsonResponse, renderWithProviders } from '../../../../test/render-with-providers';
import { buildTaskDetail } from '../../../../test/task-fixtures';
import { MilestonePanel } from './MilestonePanel';

const task = buildTaskDetail({ startDate: '2025-09-01', dueDate: '2026-11-29' });

describe(MilestonePanel.name, () => {
  it('marks a milestone done with the version it read and announces it', async () => {
    const calls: unknown[] = [];
    mockApi({
      'POST /api/tasks/t1/milestones/m2/complete': (_url: URL, init: RequestInit | undefined) => {
        calls.push(JSON.parse(String(init?.body)));
        return jsonResponse({ ...task.milestones[1], doneDate: '2026-03-01', version: 2 });
      },
    });
    renderWithProviders(<MilestonePanel task={task} canEdit />);

    fireEvent.click(screen.getByRole('button', { name: '标记完成“印发实施”' }));
    expect((await screen.findByRole('status')).textContent).toBe('已将节点“印发实施”标记为完成。');
    expect(calls).toEqual([{ version: 1 }]);
    expect(document.activeElement?.textContent).toBe('印发实施');
  });

  it('explains a refused change in words', async () => {
    mockApi({
      'POST /api/tasks/t1/milestones/m2/complete': () =>
        jsonResponse({ statusCode: 409, code: 'MILESTONE_ALREADY_DONE', message: 'x' }, 409),
    });
    renderWithProviders(<MilestonePanel task={task} canEdit />);
    fireEvent.click(screen.getByRole('button', { name: '标记完成“印发实施”' }));
    expect((await screen.findByRole('alert')).textContent).toBe('该节点已被标记为完成，列表已刷新。');
  });

  it('adds a milestone after checking it against the task dates', async () => {
    const posts: unknown[] = [];
    mockApi({
      'POST /api/tasks/t1/milestones': (_url: URL, init: RequestInit | undefined) => {
        posts.push(JSON.parse(String(init?.body)));
        return jsonResponse({
          id: 'm3',
          title: '中期评估',
          dueDate: '2026-09-30',
          weight: 2,
          doneDate: null,
          version: 1,
        });
      },
    });
    renderWithProviders(<MilestonePanel task={task} canEdit />);
    fireEvent.click(screen.getByRole('button', { name: /添加节点/ }));
    fireEvent.change(screen.getByLabelText('节点名称'), { target: { value: '中期评估' } });
    fireEvent.change(screen.getByLabelText('计划完成日期'), { target: { value: '2027-01-01' } });
    fireEvent.change(screen.getByLabelText('权重'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: '保存节点' }));

    const date = screen.getByLabelText('计划完成日期');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('须在任务开始日期和完成时限之间。')).toBeTruthy();
    expect(document.activeElement).toBe(date);

    fireEvent.change(date, { target: { value: '2026-09-30' } });
    fireEvent.click(screen.getByRole('button', { name: '保存节点' }));
    expect((await screen.findByRole('status')).textContent).toBe('已添加节点“中期评估”。');
    expect(posts).toEqual([{ title: '中期评估', dueDate: '2026-09-30', weight: 2 }]);
    await waitFor(() => expect(document.activeElement?.textContent).toContain('添加节点'));
  });

  it('asks before deleting', async () => {
    const deletes: string[] = [];
    mockApi({
      'DELETE /api/tasks/t1/milestones/m1': (url: URL) => {
        deletes.push(url.search);
        return new Response(null, { status: 204 });
      },
    });
    renderWithProviders(<MilestonePanel task={task} canEdit />);
    fireEvent.click(screen.getByRole('button', { name: '删除“形成政策初稿”' }));
    expect(deletes).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: '确认删除' }));
    expect((await screen.findByRole('status')).textContent).toBe('已删除节点“形成政策初稿”。');
    expect(deletes).toEqual(['?version=1']);
  });

  it('offers no changes to people who may not edit, or on an archived task', () => {
    mockApi({});
    const { unmount } = renderWithProviders(<MilestonePanel task={task} canEdit={false} />);
    expect(screen.queryByRole('button')).toBeNull();
    unmount();
    renderWithProviders(<MilestonePanel task={{ ...task, archivedAt: '2026-03-01T00:00:00Z' }} canEdit />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
