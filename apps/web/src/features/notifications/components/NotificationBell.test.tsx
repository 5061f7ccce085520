import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockApi } from '../../../../test/mock-api';
import { jsonResponse, renderWithProviders } from '../../../../test/render-with-providers';
import { buildNotification } from '../../reporting/testing/reporting-fixtures';
import { NotificationBell } from './NotificationBell';

const feed = () => ({
  items: [
    buildNotification(),
    buildNotification({
      id: 'n2',
      kind: 'report_reminder',
      params: { period: '2026-10', taskCode: 'INF-001', taskTitle: '算力网络', fromName: '张卫东' },
      link: '/reporting/tasks/t2?period=2026-10',
    }),
    buildNotification({
      id: 'n3',
      kind: 'report_approved',
      params: { period: '2026-09', taskCode: 'POL-002', taskTitle: '政策', fromName: '李明华' },
      link: 'https://elsewhere.example',
      readAt: '2026-11-20T00:00:00.000Z',
    }),
  ],
  unread: 2,
});

describe(NotificationBell.name, () => {
  it('shows the unread count on the bell and names it for screen readers', async () => {
    mockApi({ 'GET /api/notifications': feed() });
    renderWithProviders(<NotificationBell />);
    const bell = await screen.findByRole('button', { name: '通知，2条未读' });
    expect(bell.getAttribute('aria-expanded')).toBe('false');
    expect(within(bell).getByText('2')).toBeTruthy();
  });

  it('lists translated messages with links, and marks one or all as read', async () => {
    let unread = 2;
    const fetchMock = mockApi({
      'GET /api/notifications': () => jsonResponse({ ...feed(), unread }),
      'POST /api/notifications/n2/read': () => {
        unread = 1;
        return new Response(null, { status: 204 });
      },
      'POST /api/notifications/read-all': () => {
        unread = 0;
        return new Response(null, { status: 204 });
      },
    });
    renderWithProviders(<NotificationBell />);
    fireEvent.click(await screen.findByRole('button', { name: /^通知/ }));
    const panel = screen.getByRole('region', { name: '通知列表' });
    await waitFor(() => expect(document.activeElement).toBe(panel));

    const returned = within(panel).getByRole('link', {
      name: /李明华退回了 PIL-001「制造业试点」2026年11月的进展报告：请补充数据/,
    });
    expect(returned.getAttribute('href')).toBe('/reporting/tasks/t1?period=2026-11');
    expect(
      within(panel).getByText('张卫东催报：请报送 INF-001「算力网络」2026年10月的进展报告。'),
    ).toBeTruthy();
    // a link out of the app is not followed
    expect(within(panel).queryByRole('link', { name: /POL-002/ })).toBeNull();
    expect(within(panel).getAllByText('未读：')).toHaveLength(2);

    fireEvent.click(within(panel).getByRole('button', { name: /^标为已读：张卫东催报/ }));
    await waitFor(() => expect(screen.getByRole('button', { name: '通知，1条未读' })).toBeTruthy());
    expect(
      fetchMock.mock.calls.some(
        ([url, init]) => String(url) === '/api/notifications/n2/read' && init?.method === 'POST',
      ),
    ).toBe(true);

    fireEvent.click(within(panel).getByRole('button', { name: '全部标为已读' }));
    await waitFor(() => expect(screen.getByRole('button', { name: '通知' })).toBeTruthy());
  });

  it('closes on Escape and gives focus back to the bell', async () => {
    mockApi({ 'GET /api/notifications': { items: [], unread: 0 } });
    renderWithProviders(<NotificationBell />);
    const bell = await screen.findByRole('button', { name: '通知' });
    fireEvent.click(bell);
    const panel = screen.getByRole('region', { name: '通知列表' });
    expect(within(panel).getByText('暂无通知。')).toBeTruthy();
    fireEvent.keyDown(panel, { key: 'Escape' });
    expect(screen.queryByRole('region', { name: '通知列表' })).toBeNull();
    expect(document.activeElement).toBe(bell);
  });

  it('speaks English too', async () => {
    mockApi({ 'GET /api/notifications': feed() });
    renderWithProviders(<NotificationBell />, { locale: 'en' });
    fireEvent.click(await screen.findByRole('button', { name: 'Notifications, 2 unread' }));
    expect(
      screen.getByText('李明华 returned the 2026-11 progress report for PIL-001 “制造业试点”: 请补充数据'),
    ).toBeTruthy();
  });
});
