import { DEFAULT_TIME_ZONE, todayIn } from '@plan/contracts';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { mockApi } from '../../../../test/mock-api';
import { jsonResponse, renderWithProviders } from '../../../../test/render-with-providers';
import { buildMeetingDetail } from '../testing/meeting-fixtures';
import { CreateMeetingDialog } from './CreateMeetingDialog';

describe(CreateMeetingDialog.name, () => {
  it('opens on the title, today as the date, and posts the trimmed title', async () => {
    const posts: unknown[] = [];
    mockApi({
      'POST /api/meetings': (_url: URL, init: RequestInit | undefined) => {
        posts.push(JSON.parse(String(init?.body)));
        return jsonResponse(buildMeetingDetail({ id: 'm9' }), 201);
      },
    });
    const onCreated = jest.fn();
    renderWithProviders(<CreateMeetingDialog onCreated={onCreated} onClose={jest.fn()} />);

    const dialog = screen.getByRole('dialog', { name: '创建调度会' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const title = screen.getByLabelText(/^调度会名称/);
    expect(document.activeElement).toBe(title);
    expect((screen.getByLabelText(/^召开日期/) as HTMLInputElement).value).toBe(todayIn(DEFAULT_TIME_ZONE));

    fireEvent.change(title, { target: { value: '  第三次调度会 ' } });
    fireEvent.change(screen.getByLabelText(/^召开日期/), { target: { value: '2026-11-29' } });
    fireEvent.click(screen.getByRole('button', { name: '创建并冻结数据' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(onCreated.mock.calls[0]![0]).toMatchObject({ id: 'm9' });
    expect(posts).toEqual([{ title: '第三次调度会', heldOn: '2026-11-29' }]);
  });

  it('says what is missing without posting, next to the field', () => {
    const fetchMock = mockApi({});
    renderWithProviders(<CreateMeetingDialog onCreated={jest.fn()} onClose={jest.fn()} />);
    fireEvent.change(screen.getByLabelText(/^召开日期/), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: '创建并冻结数据' }));
    const title = screen.getByLabelText(/^调度会名称/);
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(title.getAttribute('aria-describedby')!)?.textContent).toBe(
      '请填写此项。',
    );
    expect(document.activeElement).toBe(title);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('keeps what was typed when the server refuses, and closes on Escape', async () => {
    mockApi({
      'POST /api/meetings': () => jsonResponse({ statusCode: 403, code: 'FORBIDDEN', message: 'no' }, 403),
    });
    const onClose = jest.fn();
    renderWithProviders(<CreateMeetingDialog onCreated={jest.fn()} onClose={onClose} />);
    fireEvent.change(screen.getByLabelText(/^调度会名称/), { target: { value: '专班调度会' } });
    fireEvent.click(screen.getByRole('button', { name: '创建并冻结数据' }));
    expect((await screen.findByRole('alert')).textContent).toBe('未能创建调度会：您没有执行此操作的权限。');
    expect((screen.getByLabelText(/^调度会名称/) as HTMLInputElement).value).toBe('专班调度会');

    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
  });

  it('keeps Tab inside the dialog', () => {
    mockApi({});
    renderWithProviders(<CreateMeetingDialog onCreated={jest.fn()} onClose={jest.fn()} />);
    const dialog = screen.getByRole('dialog');
    const submit = screen.getByRole('button', { name: '创建并冻结数据' });
    submit.focus();
    fireEvent.keyDown(dialog, { key: 'Tab' });
    expect(document.activeElement).toBe(screen.getByLabelText(/^调度会名称/));
    fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(submit);
  });
});
