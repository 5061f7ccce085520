import request from 'supertest';
import { PUBLIC, ROUTE_POLICY } from '@plan/contracts';
import { createTestApp, createTestAppWith, loginAs, TEST_PASSWORD, type TestApp } from './app';
import { createWorkspace, resetDatabase, type Fixture } from './factories/workspace.factory';

describe('auth', () => {
  let t: TestApp;
  let f: Fixture;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.app.close());
  beforeEach(async () => {
    await resetDatabase(t.ds);
    f = await createWorkspace(t.ds);
  });

  it('logs in with an httpOnly session cookie and answers /me', async () => {
    const res = await request(t.http)
      .post('/api/auth/login')
      .send({ username: 'leader', password: TEST_PASSWORD })
      .expect(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/luoshi_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(res.body).toMatchObject({ username: 'leader', role: 'leader', workspace: { id: f.workspaceId } });
    expect(res.body.passwordHash).toBeUndefined();
    const me = await request(t.http).get('/api/auth/me').set('Cookie', cookie.split(';')[0]).expect(200);
    expect(me.body.id).toBe(f.people.leader);
  });

  it('accepts the username in any case and with spaces around it', async () => {
    await request(t.http)
      .post('/api/auth/login')
      .send({ username: ' LEADER ', password: TEST_PASSWORD })
      .expect(200);
  });

  it('gives the same answer for an unknown user, a wrong password and a deactivated account', async () => {
    const answers = await Promise.all(
      [
        { username: 'nobody', password: TEST_PASSWORD },
        { username: 'leader', password: 'wrong' },
        { username: 'gone', password: TEST_PASSWORD },
      ].map((body) => request(t.http).post('/api/auth/login').send(body)),
    );
    for (const a of answers) {
      expect(a.status).toBe(401);
      expect(a.body.code).toBe('AUTH_INVALID_CREDENTIALS');
      expect(a.headers['set-cookie']).toBeUndefined();
    }
    expect(new Set(answers.map((a) => a.body.message)).size).toBe(1);
  });

  it('rejects a login body with missing or extra fields with a 400 naming the field', async () => {
    const missing = await request(t.http).post('/api/auth/login').send({ username: 'leader' }).expect(400);
    expect(missing.body.code).toBe('VALIDATION_FAILED');
    expect(missing.body.message).toContain('password');
    const extra = await request(t.http)
      .post('/api/auth/login')
      .send({ username: 'leader', password: 'x', admin: true })
      .expect(400);
    expect(extra.body.message).toContain('admin');
  });

  it('logs out: the cookie no longer opens anything', async () => {
    const agent = await loginAs(t, 'staff');
    await agent.get('/api/auth/me').expect(200);
    await agent.post('/api/auth/logout').expect(204);
    const res = await agent.get('/api/auth/me').expect(401);
    expect(res.body.code).toBe('AUTH_REQUIRED');
  });

  it('refuses a forged or garbage session cookie', async () => {
    for (const cookie of ['luoshi_session=abc', `luoshi_session=${'x'.repeat(500)}`, 'luoshi_session=']) {
      const res = await request(t.http).get('/api/tasks').set('Cookie', cookie).expect(401);
      expect(res.body).toMatchObject({ statusCode: 401, code: 'AUTH_REQUIRED' });
    }
  });

  it('a deactivated person loses their session', async () => {
    const agent = await loginAs(t, 'staff');
    await t.ds.query(`UPDATE people SET active = false WHERE id = $1`, [f.people.staff]);
    await agent.get('/api/auth/me').expect(401);
  });

  it('remembers the language per user', async () => {
    const agent = await loginAs(t, 'staff');
    const res = await agent.patch('/api/auth/me').send({ locale: 'en' }).expect(200);
    expect(res.body.locale).toBe('en');
    const again = await loginAs(t, 'staff');
    expect((await again.get('/api/auth/me').expect(200)).body.locale).toBe('en');
    await agent.patch('/api/auth/me').send({ locale: 'fr' }).expect(400);
  });

  it('records logins and logouts in the audit trail', async () => {
    const agent = await loginAs(t, 'staff');
    await agent.post('/api/auth/logout').expect(204);
    const rows = await t.ds.query(`SELECT action, actor_id FROM audit_events ORDER BY id`);
    expect(rows).toEqual([
      { action: 'auth.login', actor_id: f.people.staff },
      { action: 'auth.logout', actor_id: f.people.staff },
    ]);
  });

  it('locks an account for 15 minutes after 5 failed logins, with the same answer for a made-up name', async () => {
    const attempt = (username: string, password: string) =>
      request(t.http).post('/api/auth/login').send({ username, password });
    for (let i = 0; i < 4; i++) expect((await attempt('head', 'wrong')).status).toBe(401);
    const fifth = await attempt('head', 'wrong');
    expect([fifth.status, fifth.body.code]).toEqual([429, 'AUTH_TOO_MANY_ATTEMPTS']);
    // now even the right password is refused, and the lock is in the database
    const locked = await attempt('head', TEST_PASSWORD);
    expect(locked.status).toBe(429);
    const [{ locked_until }] = await t.ds.query(`SELECT locked_until FROM people WHERE id = $1`, [
      f.people.head,
    ]);
    expect(new Date(locked_until).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    for (let i = 0; i < 4; i++) await attempt('no-such-person-7', 'wrong');
    const ghost = await attempt('no-such-person-7', 'wrong');
    expect([ghost.status, ghost.body]).toEqual([fifth.status, fifth.body]);
    // the lockout is audited; an administrator's reset (or the clock) lifts it
    const events = await t.ds.query(`SELECT entity_id FROM audit_events WHERE action = 'auth.lockout'`);
    expect(events).toEqual([{ entity_id: f.people.head }]);
    await t.ds.query(`UPDATE people SET locked_until = now() - interval '1 minute' WHERE id = $1`, [
      f.people.head,
    ]);
    // (this process also remembers the name for the lockout period: a restart or the clock lifts that)
  });

  it('limits login attempts per client address', async () => {
    const limited = await createTestAppWith({ LOGIN_RATE_LIMIT: '3' });
    try {
      const from = (ip: string) =>
        request(limited.http)
          .post('/api/auth/login')
          .set('X-Forwarded-For', ip)
          .send({ username: 'x', password: 'y' });
      for (let i = 0; i < 3; i++) expect((await from('203.0.113.7')).status).toBe(401);
      const res = await from('203.0.113.7');
      expect([res.status, res.body.code]).toEqual([429, 'RATE_LIMITED']);
      expect(res.headers['retry-after']).toBeDefined();
      expect((await from('203.0.113.8')).status).toBe(401);
    } finally {
      await limited.app.close();
    }
  });

  it('logs out everywhere: every session of the person ends', async () => {
    const phone = await loginAs(t, 'staff');
    const laptop = await loginAs(t, 'staff');
    const other = await loginAs(t, 'viewer');
    expect((await laptop.post('/api/auth/logout-everywhere').expect(200)).body).toEqual({ sessionsEnded: 2 });
    await phone.get('/api/auth/me').expect(401);
    await laptop.get('/api/auth/me').expect(401);
    await other.get('/api/auth/me').expect(200);
  });

  it('changes the password with the current one; other sessions end, this one stays', async () => {
    const here = await loginAs(t, 'staff');
    const there = await loginAs(t, 'staff');
    const wrong = await here
      .post('/api/auth/password')
      .send({ currentPassword: 'not-it', newPassword: 'a-brand-new-passphrase' })
      .expect(400);
    expect(wrong.body.code).toBe('PASSWORD_WRONG');
    const short = await here
      .post('/api/auth/password')
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect([short.status, short.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    await here
      .post('/api/auth/password')
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'a-brand-new-passphrase' })
      .expect(204);
    await here.get('/api/auth/me').expect(200);
    await there.get('/api/auth/me').expect(401);
    expect(
      (await request(t.http).post('/api/auth/login').send({ username: 'staff', password: TEST_PASSWORD }))
        .status,
    ).toBe(401);
    await loginAs(t, 'staff', 'a-brand-new-passphrase');
  });

  it('marks the cookie Secure when served over TLS (behind a local proxy)', async () => {
    const res = await request(t.http)
      .post('/api/auth/login')
      .set('X-Forwarded-Proto', 'https')
      .send({ username: 'admin', password: TEST_PASSWORD })
      .expect(200);
    expect(String(res.headers['set-cookie'])).toMatch(/;\s*Secure/i);
    const plain = await request(t.http)
      .post('/api/auth/login')
      .send({ username: 'admin', password: TEST_PASSWORD });
    expect(String(plain.headers['set-cookie'])).not.toMatch(/;\s*Secure/i);
  });

  it('ends a session that has expired, and renews an active one', async () => {
    const agent = await loginAs(t, 'viewer');
    await t.ds.query(`UPDATE sessions SET last_seen_at = now() - interval '1 hour' WHERE person_id = $1`, [
      f.people.viewer,
    ]);
    await agent.get('/api/auth/me').expect(200);
    const [{ expires }] = await t.ds.query(
      `SELECT extract(epoch FROM expires_at - now())::int AS expires FROM sessions WHERE person_id = $1`,
      [f.people.viewer],
    );
    expect(expires).toBeGreaterThan(11 * 3600);
    // a session that has expired (here set by hand, as another process would) is refused, at the latest once the
    // GETs' reuse of the lookup has run out (session-reuse.e2e-spec.ts)
    await t.ds.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE person_id = $1`, [
      f.people.viewer,
    ]);
    await agent.post('/api/auth/logout').expect(401);
    await agent.get('/api/auth/me').expect(401);
  });

  // Every route the policy does not mark public, with a well-formed id wherever the path has one.
  const guarded = Object.entries(ROUTE_POLICY)
    .filter(([, rule]) => rule !== PUBLIC)
    .map(([key]) => {
      const [method, path] = key.split(' ');
      return [method.toLowerCase(), path.replace(/:\w+/g, '00000000-0000-0000-0000-000000000000')] as const;
    });

  it.each(guarded)('%s %s needs a session', async (method, path) => {
    const client = request(t.http) as unknown as Record<string, (p: string) => request.Test>;
    const res = await client[method](path).send({});
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ statusCode: 401, code: 'AUTH_REQUIRED' });
  });

  it('serves health and the API docs without a session', async () => {
    expect((await request(t.http).get('/api/health').expect(200)).body.status).toBe('ok');
    await request(t.http).get('/api/docs-json').expect(200);
  });
});
