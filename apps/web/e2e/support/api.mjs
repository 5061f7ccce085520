// Shortcuts through the API, for tests whose subject is not the login form.
import { assert } from './expect.mjs';

export const DEMO_PASSWORD = 'luoshi-demo';

// The context's request client shares its cookies, so pages opened afterwards are logged in.
export const loginViaApi = async (context, baseUrl, username, password = DEMO_PASSWORD) => {
  const res = await context.request.post(`${baseUrl}/api/auth/login`, { data: { username, password } });
  assert.equal(res.status(), 200, `login as ${username}: HTTP ${res.status()} ${await res.text()}`);
  return res.json();
};

// The session's CSRF token, which every write through the API must carry (X-CSRF-Token).
export const csrfHeaders = async (context, baseUrl) => {
  const res = await context.request.get(`${baseUrl}/api/auth/me`);
  assert.equal(res.status(), 200, `GET /api/auth/me: HTTP ${res.status()}`);
  return { 'X-CSRF-Token': (await res.json()).csrfToken };
};

export const setMyLocale = async (context, baseUrl, locale) => {
  const res = await context.request.patch(`${baseUrl}/api/auth/me`, {
    data: { locale },
    headers: await csrfHeaders(context, baseUrl),
  });
  assert.equal(res.status(), 200, `PATCH /api/auth/me: HTTP ${res.status()} ${await res.text()}`);
  return res.json();
};

// A call through the API in the context's session (relative paths use the context's base URL);
// writes carry the CSRF token.
export const apiCall = async (context, method, path, data) => {
  const headers = method === 'GET' ? {} : await csrfHeaders(context, '');
  const res = await context.request.fetch(path, { method, data, headers });
  const text = await res.text();
  assert.ok(res.ok(), `${method} ${path}: HTTP ${res.status()} ${text}`);
  return text ? JSON.parse(text) : undefined;
};
