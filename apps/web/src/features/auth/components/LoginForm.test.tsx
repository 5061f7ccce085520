import { fireEvent, screen, waitFor } from '@testing-library/react';
import { jsonResponse, renderWithProviders } from '../../../../test/render-with-providers';
import type { Me } from '../api/types';
import { LoginForm } from './LoginForm';

const RAW_MESSAGE = 'Invalid credentials (raw server text)';

const me: Me = {
  id: 'u1',
  username: 'zhang.san',
  displayName: '张三',
  role: 'staff',
  locale: 'zh-CN',
  unit: null,
  workspace: { id: 'w1', name: '国家人工智能+专班' },
};

const mockFetch = (response: () => Response) => {
  const fetchMock = jest.fn<Promise<Response>, Parameters<typeof fetch>>(async () => response());
  globalThis.fetch = fetchMock as unknown as typeof fetch;
  return fetchMock;
};

const fillAndSubmit = (username: string, password: string) => {
  fireEvent.change(screen.getByLabelText('用户名'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: '登录' }));
};

describe(LoginForm.name, () => {
  it('renders labelled username and password inputs', () => {
    renderWithProviders(<LoginForm onSuccess={jest.fn()} />);
    expect(screen.getByLabelText('用户名')).toHaveProperty('type', 'text');
    expect(screen.getByLabelText('用户名').getAttribute('autocomplete')).toBe('username');
    expect(screen.getByLabelText('密码')).toHaveProperty('type', 'password');
    expect(screen.getByRole('button', { name: '登录' })).toBeTruthy();
  });

  it('shows the translated error for the API code, never the raw message', async () => {
    const fetchMock = mockFetch(() =>
      jsonResponse({ statusCode: 401, code: 'AUTH_INVALID_CREDENTIALS', message: RAW_MESSAGE }, 401),
    );
    const onSuccess = jest.fn();
    renderWithProviders(<LoginForm onSuccess={onSuccess} />);

    fillAndSubmit(' zhang.san ', 'wrong');

    expect((await screen.findByRole('alert')).textContent).toBe('用户名或密码错误。');
    expect(screen.queryByText(RAW_MESSAGE, { exact: false })).toBeNull();
    expect(screen.getByLabelText('密码').getAttribute('aria-invalid')).toBe('true');
    expect(onSuccess).not.toHaveBeenCalled();

    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/auth/login');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual({ username: 'zhang.san', password: 'wrong' });
  });

  it('shows the error in English when the UI is in English', async () => {
    mockFetch(() =>
      jsonResponse({ statusCode: 401, code: 'AUTH_INVALID_CREDENTIALS', message: RAW_MESSAGE }, 401),
    );
    renderWithProviders(<LoginForm onSuccess={jest.fn()} />, { locale: 'en' });

    fireEvent.change(screen.getByLabelText('Username'), { target: { value: 'a' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'b' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log in' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Incorrect username or password.');
  });

  it('asks for both fields before calling the API', () => {
    const fetchMock = mockFetch(() => jsonResponse(me));
    renderWithProviders(<LoginForm onSuccess={jest.fn()} />);

    fireEvent.click(screen.getByRole('button', { name: '登录' }));

    expect(screen.getByRole('alert').textContent).toBe('请输入用户名和密码。');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('hands the logged-in user to onSuccess and caches it', async () => {
    mockFetch(() => jsonResponse(me));
    const onSuccess = jest.fn();
    const { queryClient } = renderWithProviders(<LoginForm onSuccess={onSuccess} />);

    fillAndSubmit('zhang.san', 'secret');

    await waitFor(() =>
      expect(onSuccess).toHaveBeenCalledWith(me, expect.anything(), undefined, expect.anything()),
    );
    expect(queryClient.getQueryData(['auth', 'me'])).toEqual(me);
  });
});
