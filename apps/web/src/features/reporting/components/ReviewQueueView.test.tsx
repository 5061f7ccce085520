import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockApi } from '../../../../test/mock-api';
import { jsonResponse, renderWithProviders } from '../../../../test/render-with-providers';
import { buildListTask, buildReport } from '../testing/reporting-fixtures';
import { ReviewQueueView } from './ReviewQueueView';

const item = () => ({
  task: buildListTask(),
  report: buildReport({
    status: 'submitted',
    version: 2,
    submittedAt: '2026-11-28T02:00:00.000Z',
    problems: '资金到位慢',
    attachments: [
      {
        id: 'a1',
        reportId: 'r1',
        fileName: '试点名单.pdf',
        contentType: 'application/pdf',
        size: 4096,
        sha256: 'x',
        createdAt: '2026-11-28T01:00:00.000Z',
      },
    ],
  }),
});

describe(ReviewQueueView.name, () => {
  it('shows each submitted report with its texts and evidence links', async () => {
    mockApi({ 'GET /api/reporting/review-queue': [item()] });
    renderWithProviders(<ReviewQueueView canReview />);
    const card = await screen.findByRole('article', { name: /PIL-001/ });
    expect(within(card).getByText('完成试点遴选。')).toBeTruthy();
    expect(within(card).getByText('资金到位慢')).toBeTruthy();
    expect(within(card).getByText('推进中')).toBeTruthy();
    expect(within(card).getByText('50%')).toBeTruthy();
    expect(within(card).getByText(/2026年11月 · 工业和信息化部 · 王晓燕 提交于 2026年11月28日/)).toBeTruthy();
    expect(within(card).getByRole('link', { name: '试点名单.pdf' }).getAttribute('href')).toBe(
      '/api/attachments/a1',
    );
    expect(screen.getByText('共1份')).toBeTruthy();
  });

  it('approves with the version and says so', async () => {
    let queue = [item()];
    const fetchMock = mockApi({
      'GET /api/reporting/review-queue': () => jsonResponse(queue),
      'POST /api/reports/r1/approve': (_url: URL, init?: RequestInit) => {
        queue = [];
        return jsonResponse({ ...item().report, status: 'approved', body: JSON.parse(String(init?.body)) });
      },
    });
    renderWithProviders(<ReviewQueueView canReview />);
    fireEvent.click(await screen.findByRole('button', { name: '通过 PIL-001 2026年11月报告' }));

    expect(await screen.findByText('已通过 PIL-001 2026年11月报告。')).toBeTruthy();
    const approve = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/approve'))!;
    expect(JSON.parse(String(approve[1]?.body))).toEqual({ version: 2 });
    expect(await screen.findByText('没有待审核的报告。')).toBeTruthy();
  });

  it('returns only with a comment, in a dialog that keeps focus and closes on Escape', async () => {
    const fetchMock = mockApi({
      'GET /api/reporting/review-queue': [item()],
      'POST /api/reports/r1/return': () => jsonResponse({ ...item().report, status: 'returned' }),
    });
    renderWithProviders(<ReviewQueueView canReview />);
    const opener = await screen.findByRole('button', { name: '退回 PIL-001 2026年11月报告' });
    opener.focus();
    fireEvent.click(opener);

    const dialog = screen.getByRole('dialog', { name: '退回报告' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const comment = within(dialog).getByLabelText(/^退回意见/);
    expect(document.activeElement).toBe(comment);

    // Tab from the last button wraps to the first focusable element, Shift+Tab back again.
    const confirm = within(dialog).getByRole('button', { name: '确认退回' });
    confirm.focus();
    fireEvent.keyDown(confirm, { key: 'Tab' });
    expect(document.activeElement).toBe(comment);
    fireEvent.keyDown(comment, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(confirm);

    fireEvent.keyDown(confirm, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);

    fireEvent.click(opener);
    const again = screen.getByRole('dialog', { name: '退回报告' });
    fireEvent.click(within(again).getByRole('button', { name: '确认退回' }));
    expect(within(again).getByRole('alert').textContent).toBe('请填写退回意见。');
    expect(fetchMock.mock.calls.some(([url]) => String(url).endsWith('/return'))).toBe(false);

    fireEvent.change(within(again).getByLabelText(/^退回意见/), { target: { value: ' 请补充试点数据 ' } });
    fireEvent.click(within(again).getByRole('button', { name: '确认退回' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const call = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/return'))!;
    expect(JSON.parse(String(call[1]?.body))).toEqual({ version: 2, comment: '请补充试点数据' });
    expect(await screen.findByText('已退回 PIL-001 2026年11月报告，填报人会收到通知。')).toBeTruthy();
  });

  it('shows a conflict on the card and offers no buttons to watchers', async () => {
    mockApi({
      'GET /api/reporting/review-queue': [item()],
      'POST /api/reports/r1/approve': () =>
        jsonResponse({ statusCode: 409, code: 'REPORT_VERSION_CONFLICT', message: 'raw' }, 409),
    });
    const { unmount } = renderWithProviders(<ReviewQueueView canReview />);
    fireEvent.click(await screen.findByRole('button', { name: /^通过/ }));
    expect((await screen.findByRole('alert')).textContent).toBe('该报告已被他人修改，请刷新后重试。');
    unmount();

    renderWithProviders(<ReviewQueueView canReview={false} />);
    await screen.findByRole('article');
    expect(screen.queryByRole('button', { name: /^通过/ })).toBeNull();
    expect(screen.getByText('您可以查看待审核的报告；审核由各单位负责人完成。')).toBeTruthy();
  });
});
