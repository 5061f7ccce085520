import { DEFAULT_TIME_ZONE, todayIn } from '@plan/contracts';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { mockApi } from '../../../../test/mock-api';
import { jsonResponse, renderWithProviders } from '../../../../test/render-with-providers';
import { buildMe } from '../../../../test/task-fixtures';
import { referenceRoutes } from '../../tasks/testing/reference-routes';
import { buildListTask } from '../testing/meeting-fixtures';
import { RecordDecisionForm } from './RecordDecisionForm';

const fillDecision = async () => {
  fireEvent.change(await screen.findByLabelText(/^任务名称/), {
    target: { value: '开展人工智能+制造业专项督查' },
  });
  fireEvent.change(screen.getByLabelText(/^措施/), { target: { value: 'policy' } });
  fireEvent.change(screen.getByLabelText(/^牵头单位/), { target: { value: 'ndrc' } });
  fireEvent.click(screen.getByLabelText('制造业'));
  await screen.findByRole('option', { name: '李四' });
  fireEvent.change(screen.getByLabelText(/^责任人/), { target: { value: 'p1' } });
};

describe(RecordDecisionForm.name, () => {
  it('posts the task to the meeting, 长期 as no due date, the region from the lead unit', async () => {
    const posts: { url: string; body: unknown }[] = [];
    mockApi({
      ...referenceRoutes,
      'POST /api/meetings/m1/decisions': (url: URL, init: RequestInit | undefined) => {
        posts.push({ url: url.pathname, body: JSON.parse(String(init?.body)) });
        return jsonResponse(buildListTask({ id: 't9', code: 'POL-031', sourceMeetingId: 'm1' }), 201);
      },
    });
    const onRecorded = jest.fn();
    renderWithProviders(
      <RecordDecisionForm
        meetingId="m1"
        me={buildMe({ role: 'leader' })}
        onRecorded={onRecorded}
        onCancel={jest.fn()}
      />,
    );
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 3, name: '记录议定事项' }));
    await fillDecision();
    fireEvent.click(screen.getByLabelText('长期（持续推进，无完成时限）'));
    fireEvent.click(screen.getByRole('button', { name: '记录为任务' }));

    await waitFor(() => expect(onRecorded).toHaveBeenCalled());
    expect(posts).toEqual([
      {
        url: '/api/meetings/m1/decisions',
        body: {
          title: '开展人工智能+制造业专项督查',
          requirement: '',
          measure: 'policy',
          region: '000000',
          sectors: ['manufacturing'],
          leadUnitId: 'ndrc',
          cooperatingUnitIds: [],
          responsiblePersonId: 'p1',
          startDate: todayIn(DEFAULT_TIME_ZONE),
          dueDate: null,
        },
      },
    ]);
  });

  it('checks the form first, and keeps what was typed when the server refuses', async () => {
    const fetchMock = mockApi({
      ...referenceRoutes,
      'POST /api/meetings/m1/decisions': () =>
        jsonResponse({ statusCode: 404, code: 'MEETING_NOT_FOUND', message: 'gone' }, 404),
    });
    renderWithProviders(
      <RecordDecisionForm
        meetingId="m1"
        me={buildMe({ role: 'leader' })}
        onRecorded={jest.fn()}
        onCancel={jest.fn()}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: '记录为任务' }));
    expect(screen.getAllByRole('alert')[0]!.textContent).toMatch(/任务名称/);
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);

    await fillDecision();
    fireEvent.change(screen.getByLabelText(/^完成时限/), { target: { value: '2027-06-30' } });
    fireEvent.click(screen.getByRole('button', { name: '记录为任务' }));
    expect(await screen.findByText('未能记录议定事项：调度会不存在，或已无法比较。')).toBeTruthy();
    expect((screen.getByLabelText(/^任务名称/) as HTMLInputElement).value).toBe(
      '开展人工智能+制造业专项督查',
    );
    expect((screen.getByLabelText(/^完成时限/) as HTMLInputElement).value).toBe('2027-06-30');
  });
});
