import { fireEvent, screen, waitFor } from '@testing-library/react';
import { DEFAULT_TIME_ZONE, todayIn } from '@plan/contracts';
import { mockApi } from '../../../../test/mock-api';
import { jsonResponse, renderWithProviders } from '../../../../test/render-with-providers';
import { buildMe, buildTaskDetail } from '../../../../test/task-fixtures';
import { referenceRoutes } from '../testing/reference-routes';
import { TaskCreator } from './TaskCreator';

describe(TaskCreator.name, () => {
  it('starts from the user’s unit and today, and posts the whole task', async () => {
    const posts: unknown[] = [];
    mockApi({
      ...referenceRoutes,
      'POST /api/tasks': (_url: URL, init: RequestInit | undefined) => {
        posts.push(JSON.parse(String(init?.body)));
        return jsonResponse(buildTaskDetail({ id: 't9' }), 201);
      },
    });
    const onCreated = jest.fn();
    renderWithProviders(<TaskCreator me={buildMe()} onCreated={onCreated} onCancel={jest.fn()} />);

    expect(await screen.findByRole('heading', { level: 1, name: '新建任务' })).toBeTruthy();
    await waitFor(() => expect((screen.getByLabelText(/^地区/) as HTMLSelectElement).value).toBe('440000'));
    await waitFor(() => expect((screen.getByLabelText(/^责任人/) as HTMLSelectElement).value).toBe('u1'));
    expect((screen.getByLabelText(/^牵头单位/) as HTMLSelectElement).value).toBe('unit-1');
    expect((screen.getByLabelText(/^开始日期/) as HTMLInputElement).value).toBe(todayIn(DEFAULT_TIME_ZONE));

    fireEvent.change(screen.getByLabelText(/^任务名称/), { target: { value: '建设省级人工智能中试基地' } });
    fireEvent.change(screen.getByLabelText(/^措施/), { target: { value: 'policy' } });
    fireEvent.click(screen.getByLabelText('制造业'));
    fireEvent.click(screen.getByLabelText('工业和信息化部'));
    fireEvent.click(screen.getByLabelText('长期（持续推进，无完成时限）'));
    fireEvent.click(screen.getByRole('button', { name: '创建任务' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(posts).toEqual([
      {
        title: '建设省级人工智能中试基地',
        requirement: '',
        measure: 'policy',
        region: '440000',
        sectors: ['manufacturing'],
        leadUnitId: 'unit-1',
        cooperatingUnitIds: ['miit'],
        responsiblePersonId: 'u1',
        startDate: todayIn(DEFAULT_TIME_ZONE),
        dueDate: null,
      },
    ]);
  });

  it('resets the responsible person and drops the unit from the cooperating ones when the lead unit changes', async () => {
    mockApi(referenceRoutes);
    renderWithProviders(<TaskCreator me={buildMe()} onCreated={jest.fn()} onCancel={jest.fn()} />);
    const cooperating = await screen.findByLabelText('国家发展改革委');
    fireEvent.click(cooperating);
    expect(screen.getByRole('button', { name: '移除国家发展改革委' })).toBeTruthy();

    fireEvent.change(screen.getByLabelText(/^牵头单位/), { target: { value: 'ndrc' } });
    expect(screen.queryByRole('button', { name: '移除国家发展改革委' })).toBeNull();
    expect(
      (screen.getByLabelText(/国家发展改革委/, { selector: 'input[type=checkbox]' }) as HTMLInputElement)
        .disabled,
    ).toBe(true);
    const responsible = screen.getByLabelText(/^责任人/) as HTMLSelectElement;
    expect(responsible.value).toBe('');
    expect(await screen.findByRole('option', { name: '李四' })).toBeTruthy();
    expect(screen.queryByRole('option', { name: '张三' })).toBeNull();
  });

  it('narrows the cooperating units by name', async () => {
    mockApi(referenceRoutes);
    renderWithProviders(<TaskCreator me={buildMe()} onCreated={jest.fn()} onCancel={jest.fn()} />);
    await screen.findByLabelText('财政部');
    fireEvent.change(screen.getByLabelText('查找配合单位'), { target: { value: '财政' } });
    expect(screen.getByLabelText('财政部')).toBeTruthy();
    expect(screen.queryByLabelText('工业和信息化部')).toBeNull();
    fireEvent.change(screen.getByLabelText('查找配合单位'), { target: { value: '没有这个单位' } });
    expect(screen.getByText('没有名称包含该文字的单位。')).toBeTruthy();
  });
});
