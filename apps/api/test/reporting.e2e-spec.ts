import type TestAgent from 'supertest/lib/agent';
import {
  addDays,
  collectingPeriod,
  latestClosedPeriod,
  periodDueDate,
  previousPeriod,
  todayIn,
  type MyTasksResponse,
  type NotificationsResponse,
  type SubmissionMatrix,
} from '@plan/contracts';
import { createTestApp, loginAs, type TestApp } from './app';
import { buildTask } from './factories/task.factory';
import { createWorkspace, resetDatabase, type Fixture } from './factories/workspace.factory';

const today = todayIn('Asia/Shanghai');
const d = (n: number) => addDays(today, n);
const collecting = collectingPeriod(today, 'month', 5);
const closed = latestClosedPeriod(today, 'month', 5);

describe('reporting rounds', () => {
  let t: TestApp;
  let f: Fixture;
  let staff: TestAgent;
  let head: TestAgent;
  let leader: TestAgent;
  let tasks: string[];

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.app.close());
  beforeEach(async () => {
    await resetDatabase(t.ds);
    f = await createWorkspace(t.ds);
    staff = await loginAs(t, 'staff');
    head = await loginAs(t, 'head');
    leader = await loginAs(t, 'leader');
    tasks = [];
    for (const o of [
      { code: 'R-1', startDate: d(-300), dueDate: d(300) },
      { code: 'R-2', startDate: d(-300), dueDate: null },
      { code: 'R-3', startDate: d(60), dueDate: d(300) },
      {
        code: 'R-4',
        startDate: d(-300),
        dueDate: d(300),
        leadUnitId: f.units.gd,
        cooperatingUnitIds: [],
        responsiblePersonId: f.people.gdStaff,
      },
    ])
      tasks.push((await leader.post('/api/tasks').send(buildTask(f, o)).expect(201)).body.id);
  });

  const file = (taskId: string, period: string, body: Record<string, unknown> = {}) =>
    staff
      .post(`/api/tasks/${taskId}/reports`)
      .send({ period, reportedState: 'in_progress', progress: 30, ...body })
      .expect(201);

  it('lists the tasks my unit owes a report for, with their status and counts', async () => {
    const before: MyTasksResponse = (await staff.get('/api/reporting/my-tasks').expect(200)).body;
    expect(before.period).toBe(collecting);
    expect(before.dueDate).toBe(periodDueDate(collecting, 'month', 5));
    // R-3 starts in the future, R-4 belongs to Guangdong
    expect(before.items.map((i) => i.task.code)).toEqual(['R-1', 'R-2']);
    expect(before.counts).toMatchObject({ total: 2, none: 2, draft: 0, submitted: 0 });
    await file(tasks[0], collecting);
    const draft = (await file(tasks[1], collecting, { submit: true })).body;
    await head.post(`/api/reports/${draft.id}/return`).send({ comment: '补充数据' }).expect(200);
    const after: MyTasksResponse = (await staff.get('/api/reporting/my-tasks').expect(200)).body;
    expect(after.items.map((i) => i.status)).toEqual(['draft', 'returned']);
    expect(after.items[1].report?.reviewComment).toBe('补充数据');
    expect(after.counts).toMatchObject({ total: 2, none: 0, draft: 1, returned: 1 });
    const gd = await loginAs(t, 'gdstaff');
    expect(
      (await gd.get('/api/reporting/my-tasks').expect(200)).body.items.map(
        (i: { task: { code: string } }) => i.task.code,
      ),
    ).toEqual(['R-4']);
    await staff.get('/api/reporting/my-tasks?period=2026-13').expect(400);
    expect((await staff.get('/api/reporting/my-tasks?period=2999-01').expect(400)).body.code).toBe(
      'REPORT_PERIOD_INVALID',
    );
  });

  it('queues submitted reports for the unit head and everything for the leader', async () => {
    const mine = (await file(tasks[0], collecting, { submit: true })).body;
    const gd = await loginAs(t, 'gdstaff');
    const theirs = (
      await gd
        .post(`/api/tasks/${tasks[3]}/reports`)
        .send({ period: collecting, reportedState: 'in_progress', progress: 10, submit: true })
        .expect(201)
    ).body;
    await file(tasks[1], collecting); // a draft is not in the queue
    const headQueue = (await head.get('/api/reporting/review-queue').expect(200)).body;
    expect(headQueue.map((i: { report: { id: string } }) => i.report.id)).toEqual([mine.id]);
    expect(headQueue[0].task).toMatchObject({ code: 'R-1' });
    const leaderQueue = (await leader.get('/api/reporting/review-queue').expect(200)).body;
    expect(leaderQueue.map((i: { report: { id: string } }) => i.report.id).sort()).toEqual(
      [mine.id, theirs.id].sort(),
    );
    await head.post(`/api/reports/${mine.id}/approve`).send({}).expect(200);
    expect((await head.get('/api/reporting/review-queue').expect(200)).body).toEqual([]);
  });

  it('tells the author when a report is approved or returned', async () => {
    const a = (await file(tasks[0], collecting, { submit: true })).body;
    const b = (await file(tasks[1], collecting, { submit: true })).body;
    await head.post(`/api/reports/${a.id}/approve`).send({}).expect(200);
    await head.post(`/api/reports/${b.id}/return`).send({ comment: '请补充佐证' }).expect(200);
    const n: NotificationsResponse = (await staff.get('/api/notifications').expect(200)).body;
    expect(n.unread).toBe(2);
    expect(n.items.map((i) => i.kind)).toEqual(['report_returned', 'report_approved']);
    expect(n.items[0].params).toMatchObject({
      period: collecting,
      taskCode: 'R-2',
      comment: '请补充佐证',
      fromName: 'head 名',
    });
    expect(n.items[0].link).toBe(`/reporting/tasks/${tasks[1]}?period=${collecting}`);
    await staff.post(`/api/notifications/${n.items[0].id}/read`).expect(204);
    expect((await staff.get('/api/notifications').expect(200)).body.unread).toBe(1);
    // someone else's notification is not found, and read-all reads the rest
    await head.post(`/api/notifications/${n.items[1].id}/read`).expect(404);
    await staff.post('/api/notifications/read-all').expect(204);
    expect((await staff.get('/api/notifications').expect(200)).body.unread).toBe(0);
  });

  it('builds the submission matrix: on time, late, missing, returned, pending', async () => {
    const older = previousPeriod(closed, 'month');
    const onTime = (await file(tasks[0], closed, { submit: true })).body;
    const late = (await file(tasks[1], older, { submit: true })).body;
    // pretend the older report arrived after its due date and the closed one before
    await t.ds.query(`UPDATE progress_reports SET submitted_at = ($2::date + 3)::timestamptz WHERE id = $1`, [
      late.id,
      periodDueDate(older, 'month', 5),
    ]);
    await t.ds.query(`UPDATE progress_reports SET submitted_at = ($2::date - 1)::timestamptz WHERE id = $1`, [
      onTime.id,
      periodDueDate(closed, 'month', 5),
    ]);
    const returned = (await file(tasks[1], closed, { submit: true })).body;
    await head.post(`/api/reports/${returned.id}/return`).send({ comment: '重报' }).expect(200);
    const m: SubmissionMatrix = (await leader.get('/api/reporting/matrix?periods=3').expect(200)).body;
    expect(m.periods).toEqual([older, closed, collecting]);
    const miit = m.units.find((u) => u.unit.id === f.units.miit);
    expect(miit).toBeDefined();
    const cell = (p: string) => miit!.cells.find((c) => c.period === p)!;
    expect(cell(closed)).toMatchObject({ owed: 2, onTime: 1, returned: 1, state: 'returned' });
    expect(cell(older)).toMatchObject({ owed: 2, late: 1, missing: 1, state: 'missing' });
    if (collecting !== closed)
      expect(cell(collecting)).toMatchObject({ owed: 2, pending: 2, state: 'pending' });
    const gdRow = m.units.find((u) => u.unit.id === f.units.gd);
    expect(gdRow!.cells.find((c) => c.period === closed)).toMatchObject({
      owed: 1,
      missing: 1,
      state: 'missing',
    });
    const onlyGd: SubmissionMatrix = (
      await leader.get(`/api/reporting/matrix?periods=2&leadUnit=${f.units.gd}`).expect(200)
    ).body;
    expect(onlyGd.units.map((u) => u.unit.id)).toEqual([f.units.gd]);
    expect(onlyGd.periods).toHaveLength(2);
    await leader.get('/api/reporting/matrix?periods=99').expect(400);
  });

  it('reminds the responsible people of missing reports (催报), once per task, and audits it', async () => {
    await file(tasks[0], closed, { submit: true });
    const all = (await leader.post('/api/reporting/remind').send({ period: closed }).expect(200)).body;
    // R-2 (staff) and R-4 (Guangdong staff) still owe the closed period
    expect(all).toEqual({ notified: 2, tasks: 2 });
    const n: NotificationsResponse = (await staff.get('/api/notifications').expect(200)).body;
    expect(n.items).toHaveLength(1);
    expect(n.items[0]).toMatchObject({
      kind: 'report_reminder',
      params: { period: closed, taskCode: 'R-2', fromName: 'leader 名' },
    });
    const onlyGd = (
      await leader
        .post('/api/reporting/remind')
        .send({ period: closed, unitIds: [f.units.gd] })
        .expect(200)
    ).body;
    expect(onlyGd).toEqual({ notified: 1, tasks: 1 });
    const audit = await t.ds.query(
      `SELECT after->>'tasks' AS tasks FROM audit_events WHERE action = 'reporting.remind' ORDER BY id`,
    );
    expect(audit).toEqual([{ tasks: '2' }, { tasks: '1' }]);
    await leader
      .post('/api/reporting/remind')
      .send({ period: closed, unitIds: ['x'] })
      .expect(400);
  });
});
