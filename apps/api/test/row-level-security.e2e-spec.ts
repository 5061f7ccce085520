import { prepared, runInScope } from '../src/database/workspace-scope';
import { createTestApp, loginAs, type TestApp } from './app';
import { buildTask } from './factories/task.factory';
import { createWorkspace, resetDatabase, type Fixture } from './factories/workspace.factory';

// The second wall around a workspace: even a query that forgets its WHERE workspace_id, sent
// through the app's own connection, sees only the rows of the caller's workspace.
describe('row-level security', () => {
  let t: TestApp;
  let a: Fixture;
  let b: Fixture;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.ds);
    a = await createWorkspace(t.ds);
    b = await createWorkspace(t.ds, 'ws-b', '乙工作区');
    const leaderA = await loginAs(t, 'leader');
    const leaderB = await loginAs(t, 'ws-b-leader');
    for (let i = 0; i < 3; i++) await leaderA.post('/api/tasks').send(buildTask(a)).expect(201);
    for (let i = 0; i < 2; i++) await leaderB.post('/api/tasks').send(buildTask(b)).expect(201);
  });
  afterAll(() => t.app.close());

  const asApp = <T>(workspaceId: string | null, sql: string, params: unknown[] = []): Promise<T> =>
    runInScope({ workspaceId }, () => t.appDs.query(sql, params));

  it('connects as a role that owns no table and cannot bypass row-level security', async () => {
    const [me] = await asApp<{ user: string; superuser: boolean; bypass: boolean; owned: number }[]>(
      a.workspaceId,
      `SELECT current_user AS user, r.rolsuper AS superuser, r.rolbypassrls AS bypass,
              (SELECT count(*)::int FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user) AS owned
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(me).toEqual({ user: 'luoshi_app', superuser: false, bypass: false, owned: 0 });
  });

  it("runs the app's statements without JIT compilation (it cost more than it saved)", async () => {
    const [{ jit }] = await asApp<{ jit: string }[]>(a.workspaceId, `SELECT current_setting('jit') AS jit`);
    expect(jit).toBe('off');
  });

  it('an unscoped query sees only its own workspace; outside any workspace it sees nothing', async () => {
    const [{ total }] = await t.ds.query(`SELECT count(*)::int AS total FROM tasks`);
    expect(total).toBe(5);
    const seenByA = await asApp<{ workspace_id: string; n: number }[]>(
      a.workspaceId,
      `SELECT workspace_id, count(*)::int AS n FROM tasks GROUP BY workspace_id`,
    );
    expect(seenByA).toEqual([{ workspace_id: a.workspaceId, n: 3 }]);
    const seenByB = await asApp<{ n: number }[]>(b.workspaceId, `SELECT count(*)::int AS n FROM tasks`);
    expect(seenByB).toEqual([{ n: 2 }]);
    const people = await asApp<{ workspace_id: string }[]>(
      a.workspaceId,
      `SELECT DISTINCT workspace_id FROM people`,
    );
    expect(people).toEqual([{ workspace_id: a.workspaceId }]);
    expect(await asApp(null, `SELECT * FROM tasks`)).toEqual([]);
    expect(await t.appDs.query(`SELECT * FROM workspaces`)).toEqual([]);
  });

  // A pooled connection keeps the workspace it was last set to between requests: every statement must
  // still see exactly the scope it runs in, whatever the connection served before (another workspace,
  // none, a transaction rolled back), prepared statements included.
  it('one connection moving between workspaces always sees the scope of the statement', async () => {
    const qr = t.appDs.createQueryRunner();
    const count = (workspaceId: string | null, sql = `SELECT count(*)::int AS n FROM tasks`) =>
      runInScope({ workspaceId }, async () => ((await qr.query(sql)) as { n: number }[])[0].n);
    const countPrepared = prepared(`SELECT count(*)::int AS n FROM tasks WHERE true`);
    try {
      const seen: number[] = [];
      for (const ws of [
        a.workspaceId,
        b.workspaceId,
        null,
        a.workspaceId,
        a.workspaceId,
        null,
        b.workspaceId,
      ])
        seen.push(await count(ws), await count(ws, countPrepared));
      expect(seen).toEqual([3, 3, 2, 2, 0, 0, 3, 3, 3, 3, 0, 0, 2, 2]);

      // a transaction (its own, transaction-local setting) rolled back leaves the connection's setting
      // as it was; the next statement in another scope still sees only that scope
      await count(a.workspaceId);
      await runInScope({ workspaceId: b.workspaceId }, async () => {
        await qr.startTransaction();
        expect(((await qr.query(`SELECT count(*)::int AS n FROM tasks`)) as { n: number }[])[0].n).toBe(2);
        await qr.rollbackTransaction();
      });
      expect(await count(a.workspaceId)).toBe(3);
      expect(await count(null)).toBe(0);
      expect(await count(b.workspaceId, countPrepared)).toBe(2);
    } finally {
      await qr.release();
    }
  });

  it('refuses to write a row into another workspace, or to move one there', async () => {
    await expect(
      asApp(a.workspaceId, `UPDATE tasks SET workspace_id = $1 WHERE workspace_id = $2`, [
        b.workspaceId,
        a.workspaceId,
      ]),
    ).rejects.toThrow(/row-level security/);
    await expect(
      asApp(
        a.workspaceId,
        `INSERT INTO measures (workspace_id, code, sort_order, name_zh, name_en) VALUES ($1, 'x', 9, 'x', 'x')`,
        [b.workspaceId],
      ),
    ).rejects.toThrow(/row-level security/);
    const deleted = await asApp<{ n: number }[]>(
      a.workspaceId,
      `WITH d AS (DELETE FROM tasks WHERE workspace_id = $1 RETURNING id) SELECT count(*)::int AS n FROM d`,
      [b.workspaceId],
    );
    expect(deleted).toEqual([{ n: 0 }]);
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM tasks WHERE workspace_id = $1`, [
      b.workspaceId,
    ]);
    expect(n).toBe(2);
  });

  it('puts every table that holds workspace rows under a policy', async () => {
    const unguarded: { table: string }[] = await t.ds.query(
      `SELECT c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r'
          AND (EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'workspace_id' AND NOT a.attisdropped)
               OR c.relname = 'workspaces')
          AND (NOT c.relrowsecurity OR NOT EXISTS (SELECT 1 FROM pg_policies p WHERE p.tablename = c.relname))
        ORDER BY 1`,
    );
    expect(unguarded).toEqual([]);
    // and the reference tables, the only ones without workspace rows, are read-only for the app
    await expect(asApp(a.workspaceId, `DELETE FROM regions WHERE code = '440000'`)).rejects.toThrow(
      /permission denied/,
    );
  });
});
