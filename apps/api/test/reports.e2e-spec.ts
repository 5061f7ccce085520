import type TestAgent from 'supertest/lib/agent';
import { addDays, periodOf, previousPeriod, todayIn } from '@plan/contracts';
import { createTestApp, loginAs, type TestApp } from './app';
import { buildTask } from './factories/task.factory';
import { createWorkspace, resetDatabase, type Fixture } from './factories/workspace.factory';

const today = todayIn('Asia/Shanghai');
const d = (n: number) => addDays(today, n);
const current = periodOf(today, 'month');
const last = previousPeriod(current, 'month');
const twoAgo = previousPeriod(last, 'month');

describe('progress reports', () => {
  let t: TestApp;
  let f: Fixture;
  let staff: TestAgent;
  let head: TestAgent;
  let taskId: string;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.app.close());
  beforeEach(async () => {
    await resetDatabase(t.ds);
    f = await createWorkspace(t.ds);
    staff = await loginAs(t, 'staff');
    head = await loginAs(t, 'head');
    taskId = (
      await staff
        .post('/api/tasks')
        .send(buildTask(f, { startDate: d(-200), dueDate: d(200) }))
        .expect(201)
    ).body.id;
  });

  const file = (body: Record<string, unknown>) =>
    staff.post(`/api/tasks/${taskId}/reports`).send({
      period: last,
      reportedState: 'in_progress',
      progress: 40,
      achievements: '完成方案起草',
      ...body,
    });
  const task = async () => (await staff.get(`/api/tasks/${taskId}`).expect(200)).body;

  it('goes draft → submitted → approved; the task follows the approved report', async () => {
    const draft = await file({ problems: '资金未到位', nextSteps: '协调财政' }).expect(201);
    expect(draft.body).toMatchObject({
      status: 'draft',
      period: last,
      progress: 40,
      author: { id: f.people.staff },
      submittedAt: null,
    });
    expect((await task()).progress).toBe(0);

    const edited = await staff
      .patch(`/api/reports/${draft.body.id}`)
      .send({ version: 1, progress: 45 })
      .expect(200);
    expect(edited.body).toMatchObject({ progress: 45, version: 2, problems: '资金未到位' });

    const submitted = await staff.post(`/api/reports/${draft.body.id}/submit`).send({}).expect(200);
    expect(submitted.body.status).toBe('submitted');
    expect(submitted.body.submittedAt).not.toBeNull();
    expect((await task()).progress).toBe(0);

    const approved = await head.post(`/api/reports/${draft.body.id}/approve`).send({}).expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', reviewedBy: { id: f.people.head } });
    const after = await task();
    expect(after).toMatchObject({
      progress: 45,
      reportedState: 'in_progress',
      latestApprovedReport: { id: draft.body.id, problems: '资金未到位' },
    });
    expect(after.status.actual).toBe(45);

    const list = await staff.get(`/api/tasks/${taskId}/reports`).expect(200);
    expect(list.body.map((r: { id: string }) => r.id)).toEqual([draft.body.id]);
    const actions = (
      await t.ds.query(`SELECT action FROM audit_events WHERE entity = 'progress_report' ORDER BY id`)
    ).map((r: { action: string }) => r.action);
    expect(actions).toEqual(['report.create', 'report.update', 'report.submit', 'report.approve']);
  });

  it('keeps approved reports immutable', async () => {
    const r = (await file({ submit: true }).expect(201)).body;
    await head.post(`/api/reports/${r.id}/approve`).send({}).expect(200);
    for (const [agent, path, body] of [
      [head, `/api/reports/${r.id}/approve`, {}],
      [head, `/api/reports/${r.id}/return`, { comment: '重新报' }],
      [staff, `/api/reports/${r.id}/submit`, {}],
    ] as const) {
      const res = await agent.post(path).send(body).expect(409);
      expect(res.body.code).toBe('REPORT_IMMUTABLE');
    }
    expect(
      (await staff.patch(`/api/reports/${r.id}`).send({ version: 3, progress: 99 }).expect(409)).body.code,
    ).toBe('REPORT_IMMUTABLE');
    expect(
      (await t.ds.query(`SELECT progress FROM progress_reports WHERE id = $1`, [r.id]))[0].progress,
    ).toBe(40);
  });

  it('allows one live report per task and period; a returned one can be filed again', async () => {
    const first = (await file({ submit: true }).expect(201)).body;
    const dup = await file({}).expect(409);
    expect(dup.body).toMatchObject({ code: 'REPORT_PERIOD_TAKEN', details: { existingReportId: first.id } });
    const noComment = await head.post(`/api/reports/${first.id}/return`).send({ comment: '   ' }).expect(400);
    expect(noComment.body.code).toBe('REPORT_COMMENT_REQUIRED');
    await head.post(`/api/reports/${first.id}/return`).send({}).expect(400);
    const returned = await head
      .post(`/api/reports/${first.id}/return`)
      .send({ comment: '请补充佐证材料' })
      .expect(200);
    expect(returned.body).toMatchObject({ status: 'returned', reviewComment: '请补充佐证材料' });
    await file({ progress: 42 }).expect(201);
    await file({}).expect(409);
  });

  it('lets only one of many simultaneous filings for a period through', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, () => file({ submit: true })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect((await t.ds.query(`SELECT count(*)::int AS n FROM progress_reports`))[0].n).toBe(1);
  });

  it('checks the period and the content', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ period: '2026-13' }, 'VALIDATION_FAILED'],
      [{ period: '2026-1' }, 'VALIDATION_FAILED'],
      [{ period: periodOf(d(40), 'month') }, 'REPORT_PERIOD_INVALID'],
      [{ period: '2020-01' }, 'REPORT_PERIOD_INVALID'],
      [{ progress: 101 }, 'VALIDATION_FAILED'],
      [{ progress: -1 }, 'VALIDATION_FAILED'],
      [{ progress: 12.5 }, 'VALIDATION_FAILED'],
      [{ progress: '50' }, 'VALIDATION_FAILED'],
      [{ reportedState: 'done' }, 'VALIDATION_FAILED'],
      [{ reportedState: 'completed', progress: 90 }, 'REPORT_PROGRESS_INVALID'],
      [{ reportedState: 'suspended' }, 'REPORT_STATE_INVALID'],
      [{ achievements: 'x'.repeat(5001) }, 'VALIDATION_FAILED'],
      [{ status: 'approved' }, 'VALIDATION_FAILED'],
    ];
    for (const [body, code] of cases) {
      const res = await file(body);
      expect([body, res.body.code]).toEqual([body, code]);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    expect((await t.ds.query(`SELECT count(*)::int AS n FROM progress_reports`))[0].n).toBe(0);
  });

  it('follows the latest approved period, not the latest approval', async () => {
    const newer = (await file({ period: last, progress: 60, submit: true }).expect(201)).body;
    const older = (await file({ period: twoAgo, progress: 30, submit: true }).expect(201)).body;
    await head.post(`/api/reports/${newer.id}/approve`).send({}).expect(200);
    await head.post(`/api/reports/${older.id}/approve`).send({}).expect(200);
    expect((await task()).progress).toBe(60);
  });

  it('completes a task only through an approved completed report', async () => {
    const r = (await file({ reportedState: 'completed', progress: 100, submit: true }).expect(201)).body;
    expect((await task()).status.state).not.toBe('completed');
    await head.post(`/api/reports/${r.id}/approve`).send({}).expect(200);
    expect((await task()).status).toMatchObject({ state: 'completed', light: 'green', actual: 100 });
  });

  it('keeps a suspended task apart with its reason', async () => {
    const r = (
      await file({ reportedState: 'suspended', suspendedReason: '上级政策调整', submit: true }).expect(201)
    ).body;
    await head.post(`/api/reports/${r.id}/approve`).send({}).expect(200);
    expect(await task()).toMatchObject({
      reportedState: 'suspended',
      suspendedReason: '上级政策调整',
      status: { state: 'suspended', light: 'grey' },
    });
  });

  it('refuses reports on archived tasks and unknown reports', async () => {
    await (await loginAs(t, 'admin')).delete(`/api/tasks/${taskId}`).expect(200);
    expect((await file({}).expect(409)).body.code).toBe('TASK_ARCHIVED');
    expect((await staff.get('/api/reports/00000000-0000-4000-8000-000000000000').expect(404)).body.code).toBe(
      'REPORT_NOT_FOUND',
    );
    await head.post('/api/reports/00000000-0000-4000-8000-000000000000/approve').send({}).expect(404);
    // staff may not approve at all: the role is refused before any row is looked up
    await staff.post('/api/reports/00000000-0000-4000-8000-000000000000/approve').send({}).expect(403);
  });

  it('stores text exactly as sent, emoji and rare CJK included', async () => {
    const text = '进展😀𠀀𪚥 <script>alert(1)</script> \'"; --';
    const r = (await file({ achievements: text }).expect(201)).body;
    expect((await staff.get(`/api/reports/${r.id}`).expect(200)).body.achievements).toBe(text);
  });
});
