// Shortcuts through the API, for tests whose subject is not the login form.
import { assert } from './expect.mjs';

export const DEMO_PASSWORD = 'luoshi-demo';

// The context's request client shares its cookies, so pages opened afterwards are logged in.
export const loginViaApi = async (context, baseUrl, username, password = DEMO_PASSWORD) => {
  const res = await context.request.post(`${baseUrl}/api/auth/login`, { data: { username, password } });
  assert.equal(res.status(), 200, `login as ${username}: HTTP ${res.status()} ${await res.text()}`);
  return res.json();
};

export const setMyLocale = async (context, baseUrl, locale) => {
  const res = await context.request.patch(`${baseUrl}/api/auth/me`, { data: { locale } });
  assert.equal(res.status(), 200, `PATCH /api/auth/me: HTTP ${res.status()} ${await res.text()}`);
  return res.json();
};
