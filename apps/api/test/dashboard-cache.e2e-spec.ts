import { latestClosedPeriod, todayIn, type DashboardSummary } from '@plan/contracts';
import { createTestApp, loginAs, type TestApp } from './app';
import { buildTask } from './factories/task.factory';
import { createWorkspace, resetDatabase, type Fixture } from './factories/workspace.factory';

// The dashboard is served from a cache keyed by the workspace's revision: a change to any figure must
// start a new revision (and a new entity tag), while writes no figure reads — a draft saved again and
// again — must keep the cached answer.
describe('dashboard cache and revisions', () => {
  let t: TestApp;
  let a: Fixture;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.ds);
    a = await createWorkspace(t.ds);
  });
  afterAll(() => t.app.close());

  const revision = async () =>
    (
      await t.ds.query(
        `SELECT COALESCE(sum(revision), 0)::int AS r FROM workspace_revisions WHERE workspace_id = $1`,
        [a.workspaceId],
      )
    )[0].r as number;

  it('keeps the answer through draft saves, and changes it when the report is submitted', async () => {
    const leader = await loginAs(t, 'leader');
    const staff = await loginAs(t, 'staff');
    const task = (
      await leader
        .post('/api/tasks')
        .send(buildTask(a, { startDate: '2025-01-01' }))
        .expect(201)
    ).body as { id: string };
    const [ws] = await t.ds.query(
      `SELECT timezone, reporting_cadence AS cadence, report_due_day AS "dueDay" FROM workspaces WHERE id = $1`,
      [a.workspaceId],
    );
    const period = latestClosedPeriod(todayIn(ws.timezone), ws.cadence, ws.dueDay);

    const first = await leader.get('/api/dashboard/summary').expect(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"/);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const missingBefore = (first.body as DashboardSummary).totals.reportsMissing;
    expect(missingBefore).toBeGreaterThanOrEqual(1);
    // the browser's revalidation: nothing changed, nothing sent
    await leader.get('/api/dashboard/summary').set('If-None-Match', etag).expect(304);

    const before = await revision();
    const draft = await staff
      .post(`/api/tasks/${task.id}/reports`)
      .send({ period, reportedState: 'in_progress', progress: 20, achievements: '起草' })
      .expect(201);
    let version = draft.body.version as number;
    for (let i = 0; i < 3; i++) {
      const saved = await staff
        .patch(`/api/reports/${draft.body.id}`)
        .send({ version, achievements: `第${i + 1}稿` })
        .expect(200);
      version = saved.body.version;
    }
    expect(await revision()).toBe(before);
    await leader.get('/api/dashboard/summary').set('If-None-Match', etag).expect(304);

    await staff.post(`/api/reports/${draft.body.id}/submit`).send({ version }).expect(200);
    expect(await revision()).toBeGreaterThan(before);
    const after = await leader.get('/api/dashboard/summary').set('If-None-Match', etag).expect(200);
    expect(after.headers.etag).not.toBe(etag);
    expect((after.body as DashboardSummary).totals.reportsMissing).toBe(missingBefore - 1);
  });
});
