import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockApi } from '../../../../test/mock-api';
import { jsonResponse, renderWithProviders } from '../../../../test/render-with-providers';
import { buildTaskDetail } from '../../../../test/task-fixtures';
import type { TaskDetail } from '../api/types';
import { referenceRoutes } from '../testing/reference-routes';
import { TaskEditor } from './TaskEditor';

const task = buildTaskDetail();
// What the other person saved meanwhile: a new title and responsible person.
const theirs: TaskDetail = {
  ...task,
  title: '对方修改后的标题',
  responsiblePerson: { id: 'p2', displayName: '赵六' },
  version: 2,
  updatedBy: { id: 'x', displayName: '王五' },
  updatedAt: '2026-03-02T08:00:00.000Z',
};

type Patch = Record<string, unknown>;

const setup = (answers: ((body: Patch) => Response)[]) => {
  const patches: Patch[] = [];
  mockApi({
    ...referenceRoutes,
    'PATCH /api/tasks/t1': (_url: URL, init: RequestInit | undefined) => {
      const body = JSON.parse(String(init?.body)) as Patch;
      patches.push(body);
      return answers[patches.length - 1]!(body);
    },
  });
  const onDone = jest.fn();
  const onCancel = jest.fn();
  const view = renderWithProviders(<TaskEditor task={task} onDone={onDone} onCancel={onCancel} />);
  return { patches, onDone, onCancel, ...view };
};

const conflictAnswer = () =>
  jsonResponse(
    {
      statusCode: 409,
      code: 'TASK_VERSION_CONFLICT',
      message: '该任务已被他人修改 / Someone else changed this task',
      details: { current: theirs },
    },
    409,
  );

const typeRequirement = async (text: string) => {
  const requirement = await screen.findByLabelText('目标及任务要求');
  fireEvent.change(requirement, { target: { value: text } });
};

describe(TaskEditor.name, () => {
  it('saves only the changed fields with the version it read', async () => {
    const { patches, onDone } = setup([(body) => jsonResponse({ ...task, ...body, version: 2 })]);
    await typeRequirement('新的要求');
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(patches).toEqual([{ version: 1, requirement: '新的要求' }]);
    expect(onDone.mock.calls[0]![1]).toBe('已保存修改。');
  });

  it('shows a conflict field by field, keeps what was typed, and re-applies it on the new version', async () => {
    const { patches, onDone } = setup([
      conflictAnswer,
      (body) => jsonResponse({ ...theirs, ...body, version: 3 }),
    ]);
    await typeRequirement('新的要求');
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    const heading = await screen.findByRole('heading', { name: /保存前，该任务已被他人修改/ });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText(/王五于2026年3月2日保存了新版本（第2版）/)).toBeTruthy();
    expect(screen.getAllByRole('alert').some((el) => el.textContent?.includes('保存失败'))).toBe(true);

    const table = screen.getByRole('table', { name: '您的修改与最新版本逐项对比' });
    const rows = within(table).getAllByRole('row').slice(1);
    const cells = rows.map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );
    const headers = rows.map((row) => within(row).getByRole('rowheader').textContent);
    expect(headers).toEqual([
      '任务名称只有对方修改了此项',
      '目标及任务要求只有您修改了此项',
      '责任人只有对方修改了此项',
    ]);
    expect(cells).toEqual([
      [task.title, '对方修改后的标题', '保留最新版本'],
      ['新的要求', task.requirement, '采用您的修改'],
      ['李四', '赵六', '保留最新版本'],
    ]);

    fireEvent.click(screen.getByRole('button', { name: '在最新版本上重新应用我的修改' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(patches).toEqual([
      { version: 1, requirement: '新的要求' },
      { version: 2, requirement: '新的要求' },
    ]);
    const [saved, notice] = onDone.mock.calls[0]!;
    expect(saved).toMatchObject({ title: '对方修改后的标题', requirement: '新的要求', version: 3 });
    expect(notice).toBe('已保存修改。');
  });

  it('marks a field both people changed and lets the user review the merge before saving', async () => {
    const { patches } = setup([conflictAnswer]);
    const title = await screen.findByLabelText(/任务名称/);
    fireEvent.change(title, { target: { value: '我改的标题' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    const row = (await screen.findByRole('rowheader', { name: /任务名称/ })).closest('tr')!;
    expect(row.textContent).toContain('双方都修改了此项');
    expect(row.textContent).toContain('采用您的修改');

    fireEvent.click(screen.getByRole('button', { name: '先在最新版本上检查再保存' }));
    expect(((await screen.findByLabelText(/任务名称/)) as HTMLInputElement).value).toBe('我改的标题');
    expect(screen.getByText('已把您的修改放到最新版本上，请检查后保存。')).toBeTruthy();
    // The other person's responsible person is now the starting point.
    await waitFor(() => expect((screen.getByLabelText(/责任人/) as HTMLSelectElement).value).toBe('p2'));
    expect(screen.getByText('第2版')).toBeTruthy();
    expect(patches).toHaveLength(1);
  });

  it('marks the phrase that changed inside a long text', async () => {
    setup([conflictAnswer]);
    await typeRequirement(`${task.requirement}每季度报送典型案例。`);
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    const row = (await screen.findByRole('rowheader', { name: /目标及任务要求/ })).closest('tr')!;
    const added = row.querySelector('ins')!;
    expect(added.textContent).toBe('（新增：每季度报送典型案例。）');
    expect(row.querySelector('del')).toBeNull();
  });

  it('discards the edit for the current version on request', async () => {
    const { patches, onDone } = setup([conflictAnswer]);
    await typeRequirement('新的要求');
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    fireEvent.click(await screen.findByRole('button', { name: '放弃我的修改' }));
    expect(onDone).toHaveBeenCalledWith(theirs, '已放弃您的修改，页面显示的是最新版本。');
    expect(patches).toHaveLength(1);
  });

  it('checks the form before sending and lists the problems in an announced summary', async () => {
    const { patches } = setup([]);
    const title = await screen.findByLabelText(/任务名称/);
    fireEvent.change(title, { target: { value: '  ' } });
    fireEvent.click(screen.getByLabelText('长期（持续推进，无完成时限）'));
    fireEvent.click(screen.getByLabelText('长期（持续推进，无完成时限）'));
    fireEvent.change(screen.getByLabelText(/完成时限/, { selector: 'input[type=date]' }), {
      target: { value: '2025-01-01' },
    });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('有2处需要修改');
    expect(within(summary).getByRole('link', { name: '任务名称：此项为必填项。' })).toBeTruthy();
    expect(within(summary).getByRole('link', { name: '完成时限：完成时限不能早于开始日期。' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(title.getAttribute('aria-describedby')!)?.textContent).toBe(
      '此项为必填项。',
    );

    fireEvent.click(within(summary).getByRole('link', { name: /任务名称/ }));
    expect(document.activeElement).toBe(title);
    expect(patches).toEqual([]);
  });

  it("shows the server's field messages under their fields", async () => {
    setup([
      () =>
        jsonResponse(
          {
            statusCode: 400,
            code: 'VALIDATION_FAILED',
            message: 'x',
            details: [
              { field: 'requirement', constraint: 'x', messageZh: '不能包含控制字符', messageEn: 'no' },
            ],
          },
          400,
        ),
    ]);
    await typeRequirement('新的要求');
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    const requirement = screen.getByLabelText('目标及任务要求');
    await waitFor(() => expect(requirement.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByRole('link', { name: '目标及任务要求：不能包含控制字符' })).toBeTruthy();
  });

  it('translates other errors by their code', async () => {
    setup([() => jsonResponse({ statusCode: 409, code: 'TASK_ARCHIVED', message: 'raw text' }, 409)]);
    await typeRequirement('新的要求');
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect((await screen.findByRole('alert')).textContent).toBe('保存失败：该任务已归档，请先恢复再修改。');
    expect(screen.queryByText(/raw text/)).toBeNull();
  });
});
