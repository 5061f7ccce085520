import { fireEvent, screen, waitFor } from '@testing-library/react';
import { jsonResponse, renderWithProviders } from '../../../../test/render-with-providers';
import { AccountDialog } from './AccountDialog';

const renderDialog = () => renderWithProviders(<AccountDialog onClose={() => undefined} />);

describe('AccountDialog', () => {
  const fetchMock = jest.fn();
  beforeEach(() => {
    fetchMock.mockReset();
    global.fetch = fetchMock as unknown as typeof fetch;
  });

  const fill = (label: RegExp, value: string) =>
    fireEvent.change(screen.getByLabelText(label), { target: { value } });

  it('refuses two different new passwords without calling the server', () => {
    renderDialog();
    fill(/当前密码|Current password/, 'old-password-1');
    fill(/新密码（|New password \(/, 'new-password-12');
    fill(/再次输入|Repeat/, 'new-password-13');
    fireEvent.click(screen.getByRole('button', { name: /修改密码|Change password/ }));
    expect(screen.getByRole('alert').textContent).toMatch(/不一致|differ/);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends the current and new password, and shows the server’s refusal in words', async () => {
    fetchMock.mockResolvedValue(jsonResponse({ statusCode: 400, code: 'PASSWORD_WRONG', message: 'x' }, 400));
    renderDialog();
    fill(/当前密码|Current password/, 'old-password-1');
    fill(/新密码（|New password \(/, 'new-password-12');
    fill(/再次输入|Repeat/, 'new-password-12');
    fireEvent.click(screen.getByRole('button', { name: /修改密码|Change password/ }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(/当前密码不正确|current password is wrong/),
    );
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/auth/password');
    expect(JSON.parse(String(init.body))).toEqual({
      currentPassword: 'old-password-1',
      newPassword: 'new-password-12',
    });
  });
});
