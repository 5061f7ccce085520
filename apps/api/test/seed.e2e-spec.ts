import { todayIn, type DashboardSummary } from '@plan/contracts';
import { seedDemo } from '../src/seed/demo-seed';
import { seedWorkspace } from '../src/seed/seed-workspace';
import { TaskStatusService } from '../src/modules/tasks/task-status.service';
import { WorkspacesRepository } from '../src/modules/workspaces/workspaces.repository';
import { createTestApp, loginAs, type TestApp } from './app';
import { resetDatabase } from './factories/workspace.factory';

describe('demo seed', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.app.close());
  beforeEach(() => resetDatabase(t.ds));

  it('seeds a workspace whose computed states cover every schedule state, and the demo logins work', async () => {
    const result = await t.ds.transaction((m) =>
      seedDemo(m, { password: 'demo-pass-1', today: todayIn('Asia/Shanghai') }),
    );
    expect(result.tasks).toBeGreaterThanOrEqual(100);
    expect(result.reports).toBeGreaterThan(result.tasks * 3);
    const leader = await loginAs(t, 'leader', 'demo-pass-1');
    const s: DashboardSummary = (await leader.get('/api/dashboard/summary').expect(200)).body;
    expect(s.totals.tasks).toBe(result.tasks);
    for (const k of [
      'completed',
      'ahead',
      'onTrack',
      'behind',
      'overdue',
      'notStarted',
      'suspended',
      'reportsMissing',
    ] as const)
      expect([k, s.totals[k] > 0]).toEqual([k, true]);
    expect((await leader.get('/api/measures').expect(200)).body.map((m: { code: string }) => m.code)).toEqual(
      ['policy', 'pilots', 'infrastructure', 'talent', 'security'],
    );
    const regions = s.byRegion.filter((r) => r.tasks > 0).length;
    expect(regions).toBeGreaterThanOrEqual(10);
    for (const u of ['admin', 'head', 'staff', 'viewer']) await loginAs(t, u, 'demo-pass-1');
    const head = await loginAs(t, 'head', 'demo-pass-1');
    const awaiting = await t.ds.query(
      `SELECT count(*)::int AS n FROM progress_reports pr JOIN tasks tk ON tk.id = pr.task_id JOIN people p ON p.username = 'head'
        WHERE pr.status = 'submitted' AND tk.lead_unit_id = p.unit_id`,
    );
    expect(awaiting[0].n).toBeGreaterThan(0);
    await head.get('/api/auth/me').expect(200);
  });

  it('is deterministic for a seed and refuses a second demo workspace', async () => {
    const today = '2026-11-29';
    const a = await t.ds.transaction((m) => seedDemo(m, { password: 'x-pass-123', today, seed: 7 }));
    const fingerprint = () =>
      t.ds.query(
        `SELECT code, title, progress, reported_state, to_char(due_date, 'YYYY-MM-DD') AS due FROM tasks ORDER BY code`,
      );
    const first = await fingerprint();
    await expect(
      t.ds.transaction((m) => seedDemo(m, { password: 'x-pass-123', today, seed: 7 })),
    ).rejects.toThrow(/already/);
    await resetDatabase(t.ds);
    const b = await t.ds.transaction((m) => seedDemo(m, { password: 'x-pass-123', today, seed: 7 }));
    expect(b.tasks).toBe(a.tasks);
    expect(await fingerprint()).toEqual(first);
  });

  it('makes a larger synthetic set on request', async () => {
    const result = await t.ds.transaction((m) =>
      seedDemo(m, { password: 'x-pass-123', today: todayIn('Asia/Shanghai'), tasks: 1500 }),
    );
    expect(result.tasks).toBe(1500);
    const leader = await loginAs(t, 'leader', 'x-pass-123');
    expect((await leader.get('/api/tasks?limit=1').expect(200)).body.total).toBe(1500);
  });

  // npm run seed: statuses computed by the seed, so the first request after it has nothing left to compute
  it('seedWorkspace (npm run seed) leaves every status computed for today and the day marked done', async () => {
    const opts = {
      password: 'x-pass-123',
      today: todayIn('Asia/Shanghai'),
      tasks: 600,
      workspaceCode: 'cli',
    };
    const first = await seedWorkspace(t.ds, opts);
    expect(first).toMatchObject({ tasks: 600, reset: false });
    const again = await seedWorkspace(t.ds, { ...opts, reset: true });
    expect(again).toMatchObject({ tasks: 600, reset: true });
    const ws = again.workspaceId;
    const settings = await t.app.get(WorkspacesRepository).settings(ws, t.ds.manager);
    const [mark] = await t.ds.query(
      `SELECT to_char(w.status_as_of, 'YYYY-MM-DD') AS day, count(*) FILTER (WHERE t.status_as_of IS NULL)::int AS unstamped
         FROM workspaces w JOIN tasks t ON t.workspace_id = w.id WHERE w.id = $1 GROUP BY w.status_as_of`,
      [ws],
    );
    expect(mark).toEqual({ day: todayIn(settings.timezone), unstamped: 0 });
    const rows = () =>
      t.ds.query(
        `SELECT id, xmin::text AS xmin, status_state, status_light, status_expected, status_gap, status_days_late
           FROM tasks WHERE workspace_id = $1 ORDER BY id`,
        [ws],
      );
    const before = await rows();
    expect(new Set(before.map((r: { status_state: string }) => r.status_state)).size).toBeGreaterThan(4);
    // the server's first requests find the day done: they write no task
    const leader = await loginAs(t, 'leader', 'x-pass-123');
    expect((await leader.get('/api/tasks?limit=1').expect(200)).body.total).toBe(600);
    expect((await leader.get('/api/dashboard/summary').expect(200)).body.totals.tasks).toBe(600);
    await t.app.get(TaskStatusService).ensureFreshWith(settings, true);
    expect(await rows()).toEqual(before);
    // and the statuses are the server's own: recomputing them all changes no figure
    await t.ds.transaction((m) =>
      t.app.get(TaskStatusService).refresh(
        m,
        settings,
        before.map((r: { id: string }) => r.id),
      ),
    );
    const strip = (rs: Record<string, unknown>[]) => rs.map(({ xmin: _, ...r }) => r);
    expect(strip(await rows())).toEqual(strip(before));
    // the trend steps, written once at the end of the load instead of by the triggers: as a rewrite makes them
    const STEPS = `SELECT task_id, month, started, expected_tenths, actual, completed, actual_only, elapsed
                     FROM task_trend_steps WHERE workspace_id = $1 ORDER BY task_id, month`;
    const kept = await t.ds.query(STEPS, [ws]);
    expect(new Set(kept.map((r: { task_id: string }) => r.task_id)).size).toBe(600);
    await t.ds.transaction(async (m) => {
      await m.query(`SELECT luoshi_render_task_trend(ARRAY(SELECT id FROM tasks WHERE workspace_id = $1))`, [
        ws,
      ]);
      expect(await m.query(STEPS, [ws])).toEqual(kept);
    });
    // so are the list items, written once after the statuses
    const ITEMS = `SELECT task_id, json FROM task_list_items WHERE workspace_id = $1 ORDER BY task_id`;
    const items = await t.ds.query(ITEMS, [ws]);
    expect(items).toHaveLength(600);
    await t.ds.transaction(async (m) => {
      await m.query(`SELECT luoshi_render_task_items(ARRAY(SELECT id FROM tasks WHERE workspace_id = $1))`, [
        ws,
      ]);
      expect(await m.query(ITEMS, [ws])).toEqual(items);
    });
  });
});
