import { createTestAppWith, loginAs, type TestApp } from './app';
import { buildTask } from './factories/task.factory';
import { createWorkspace, resetDatabase, type Fixture } from './factories/workspace.factory';

// A GET may reuse its session's lookup for SESSION_REUSE_MS (sessions.repository.ts), unless something committed
// in the workspace since the lookup began, or the session has expired. Here the window is a minute, so only those
// rules can end a reuse.
describe('session lookups reused by GET requests', () => {
  let t: TestApp;
  let f: Fixture;
  let lookups = 0;

  beforeAll(async () => {
    t = await createTestAppWith({ SESSION_REUSE_MS: '60000' });
    const query = t.appDs.query.bind(t.appDs);
    t.appDs.query = ((sql: string, ...rest: unknown[]) => {
      if (typeof sql === 'string' && sql.includes('luoshi_session_lookup(')) lookups++;
      return (query as (...a: unknown[]) => unknown)(sql, ...rest);
    }) as typeof t.appDs.query;
  });
  afterAll(() => t.app.close());
  beforeEach(async () => {
    await resetDatabase(t.ds);
    f = await createWorkspace(t.ds);
  });

  const counted = async (fn: () => Promise<unknown>) => {
    const before = lookups;
    await fn();
    return lookups - before;
  };

  it('looks a session up once for GETs in a row, and afresh for every write', async () => {
    const staff = await loginAs(t, 'staff');
    expect(await counted(() => staff.get('/api/auth/me').expect(200))).toBe(1);
    expect(await counted(() => staff.get('/api/tasks').expect(200))).toBe(0);
    expect(await counted(() => staff.get('/api/auth/me').expect(200))).toBe(0);
    // a write (here one refused by validation, so nothing commits) looks up again
    expect(await counted(() => staff.post('/api/tasks').send({}).expect(400))).toBe(1);
  });

  it('ends the reuse at any commit in the workspace: a logout elsewhere, a new role, a changed figure', async () => {
    const phone = await loginAs(t, 'staff');
    const laptop = await loginAs(t, 'staff');
    const admin = await loginAs(t, 'admin');
    await phone.get('/api/auth/me').expect(200);
    await laptop.post('/api/auth/logout-everywhere').expect(200);
    await phone.get('/api/auth/me').expect(401);

    const viewer = await loginAs(t, 'viewer');
    const leader = await loginAs(t, 'leader');
    const total = async () => (await viewer.get('/api/tasks').expect(200)).body.total;
    expect(await total()).toBe(0);
    await leader.post('/api/tasks').send(buildTask(f)).expect(201);
    expect(await total()).toBe(1);

    expect((await viewer.get('/api/auth/me').expect(200)).body.role).toBe('viewer');
    await admin.patch(`/api/people/${f.people.viewer}`).send({ role: 'staff', version: 1 }).expect(200);
    expect((await viewer.get('/api/auth/me').expect(200)).body.role).toBe('staff');

    // a commit in another workspace leaves this one's lookups alone
    await createWorkspace(t.ds, 'other', '其他');
    const other = await loginAs(t, 'other-admin');
    await viewer.get('/api/auth/me').expect(200);
    const quiet = await counted(async () => {
      await other.post('/api/auth/logout').expect(204);
      await viewer.get('/api/auth/me').expect(200);
    });
    expect(quiet).toBe(1); // the logout's own lookup
  });

  it('never reuses the lookup of a session past its expiry', async () => {
    const staff = await loginAs(t, 'staff');
    await t.ds.query(
      `UPDATE sessions SET expires_at = now() + interval '1500 milliseconds' WHERE person_id = $1`,
      [f.people.staff],
    );
    expect(await counted(() => staff.get('/api/auth/me').expect(200))).toBe(1);
    await staff.get('/api/auth/me').expect(200);
    await new Promise((r) => setTimeout(r, 1600));
    await staff.get('/api/auth/me').expect(401);
  });

  it('with SESSION_REUSE_MS=0 sees at once what another process committed', async () => {
    const off = await createTestAppWith({ SESSION_REUSE_MS: '0' });
    try {
      const staff = await loginAs(off, 'staff');
      await staff.get('/api/auth/me').expect(200);
      // the fixtures' connection is not the app's: to the app, this is another process
      await off.ds.query(`UPDATE people SET active = false WHERE id = $1`, [f.people.staff]);
      await staff.get('/api/auth/me').expect(401);
    } finally {
      await off.app.close();
    }
  });
});
