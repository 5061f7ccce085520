import type TestAgent from 'supertest/lib/agent';
import {
  summarizeRows,
  todayIn,
  type DashboardSummary,
  type MeetingDetail,
  type TaskSnapshotRow,
} from '@plan/contracts';
import { seedDemo } from '../src/seed/demo-seed';
import { createTestApp, loginAs, type TestApp } from './app';
import { buildTask } from './factories/task.factory';
import { resetDatabase } from './factories/workspace.factory';

// Deterministic pseudo-random choices for the filter property test.
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('review meetings', () => {
  let t: TestApp;
  let leader: TestAgent;
  let staff: TestAgent;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.ds);
    await t.ds.transaction((m) => seedDemo(m, { password: 'meet-pass-1', today: todayIn('Asia/Shanghai') }));
    leader = await loginAs(t, 'leader', 'meet-pass-1');
    staff = await loginAs(t, 'staff', 'meet-pass-1');
  });
  afterAll(() => t.app.close());

  const live = async (q = ''): Promise<DashboardSummary> =>
    (await leader.get(`/api/dashboard/summary?${q}`).expect(200)).body;
  const rows = async (meetingId: string, q = ''): Promise<TaskSnapshotRow[]> =>
    (await leader.get(`/api/meetings/${meetingId}/tasks?${q}`).expect(200)).body;

  it('freezes every figure and task; later edits change neither', async () => {
    const before = await live();
    const meeting: MeetingDetail = (
      await leader.post('/api/meetings').send({ title: '第一次调度会' }).expect(201)
    ).body;
    expect(meeting).toMatchObject({
      title: '第一次调度会',
      taskCount: before.totals.tasks,
      previousMeetingId: null,
    });
    expect(meeting.summary.totals).toEqual(before.totals);
    expect(meeting.summary.byMeasure).toEqual(before.byMeasure);
    const frozen = await rows(meeting.id);
    expect(frozen).toHaveLength(before.totals.tasks);
    expect(summarizeRows(frozen).totals).toEqual(before.totals);

    // change the world: edit a task's title and archive another
    const [a, b] = frozen;
    const detail = (await staff.get(`/api/tasks/${a.taskId}`).expect(200)).body;
    const admin = await loginAs(t, 'admin', 'meet-pass-1');
    await admin
      .patch(`/api/tasks/${a.taskId}`)
      .send({ version: detail.version, title: '会后改名' })
      .expect(200);
    await leader.delete(`/api/tasks/${b.taskId}`).expect(200);
    const again: MeetingDetail = (await leader.get(`/api/meetings/${meeting.id}`).expect(200)).body;
    expect(again.summary).toEqual(meeting.summary);
    expect(await rows(meeting.id)).toEqual(frozen);
    await leader.post(`/api/tasks/${b.taskId}/restore`).send({}).expect(200);
  });

  it('refuses any UPDATE of a snapshot in the database itself', async () => {
    const [m] = (await leader.get('/api/meetings').expect(200)).body;
    await expect(
      t.ds.query(`UPDATE meeting_tasks SET progress = 0 WHERE meeting_id = $1`, [m.id]),
    ).rejects.toThrow(/immutable/);
    await expect(t.ds.query(`UPDATE meetings SET title = 'x' WHERE id = $1`, [m.id])).rejects.toThrow(
      /immutable/,
    );
  });

  it('filters frozen rows like the task list filters live ones', async () => {
    const [m] = (await leader.get('/api/meetings').expect(200)).body;
    const all = await rows(m.id);
    const gd = await rows(m.id, 'region=440000');
    expect(gd.length).toBeGreaterThan(0);
    expect(gd.every((r) => r.regionCode === '440000')).toBe(true);
    expect(gd).toHaveLength(all.filter((r) => r.regionCode === '440000').length);
    const energy = await rows(m.id, 'sector=energy&state=behind,overdue');
    expect(energy).toHaveLength(
      all.filter((r) => r.sectors.includes('energy') && ['behind', 'overdue'].includes(r.state)).length,
    );
    await leader.get(`/api/meetings/${m.id}/tasks?state=late`).expect(400);
  });

  it('the documents’ summary of live rows equals the dashboard under random filters', async () => {
    const [m] = (await leader.get('/api/meetings').expect(200)).body;
    const all = await rows(m.id);
    const regions = [...new Set(all.map((r) => r.regionCode))];
    const sectors = [...new Set(all.flatMap((r) => r.sectors))];
    const units = [...new Set(all.map((r) => r.leadUnitId))];
    const rnd = prng(42);
    const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
    const meeting2: MeetingDetail = (await leader.post('/api/meetings').send({ title: '核对用' }).expect(201))
      .body;
    for (let i = 0; i < 12; i++) {
      const params = new URLSearchParams();
      if (rnd() < 0.5)
        params.set('measure', pick(['policy', 'pilots', 'infrastructure', 'talent', 'security']));
      if (rnd() < 0.4) params.set('region', pick(regions));
      if (rnd() < 0.4) params.set('sector', pick(sectors));
      if (rnd() < 0.3) params.set('leadUnit', pick(units));
      if (rnd() < 0.3) params.set('state', pick(['behind', 'overdue', 'on_track', 'completed']));
      const q = params.toString();
      const dashboard = await live(q);
      const frozen = summarizeRows(await rows(meeting2.id, q));
      expect([q, frozen.totals]).toEqual([q, dashboard.totals]);
      for (const g of frozen.byMeasure)
        expect([q, g]).toEqual([q, dashboard.byMeasure.find((x) => x.code === g.code)]);
      for (const g of frozen.byRegion)
        expect([q, g]).toEqual([q, dashboard.byRegion.find((x) => x.code === g.code)]);
    }
  });

  it('lists changes since the previous meeting and since a meeting to now', async () => {
    const first: MeetingDetail = (
      await leader.post('/api/meetings').send({ title: '变化前', heldOn: '2026-11-01' }).expect(201)
    ).body;
    const [task] = await rows(first.id, 'state=on_track');
    const period = (await staff.get('/api/reporting/my-tasks').expect(200)).body.period;
    const owed = (await staff.get('/api/reporting/my-tasks').expect(200)).body.items.find(
      (i: { status: string }) => i.status === 'none',
    );
    const head = await loginAs(t, 'head', 'meet-pass-1');
    const r = (
      await staff
        .post(`/api/tasks/${owed.task.id}/reports`)
        .send({ period, reportedState: 'completed', progress: 100, problems: '验收材料待补充', submit: true })
        .expect(201)
    ).body;
    await head.post(`/api/reports/${r.id}/approve`).send({}).expect(200);
    const now = (await leader.get(`/api/meetings/live/changes?since=${first.id}`).expect(200)).body;
    expect(now.from.meetingId).toBe(first.id);
    expect(now.newlyCompleted.map((c: { taskId: string }) => c.taskId)).toContain(owed.task.id);
    expect(now.newProblems.map((c: { taskId: string }) => c.taskId)).toContain(owed.task.id);
    const second: MeetingDetail = (
      await leader.post('/api/meetings').send({ title: '变化后', heldOn: '2026-11-02' }).expect(201)
    ).body;
    expect(second.previousMeetingId).toBe(first.id);
    const changes = (await leader.get(`/api/meetings/${second.id}/changes`).expect(200)).body;
    expect(changes.largestProgress[0]).toMatchObject({ taskId: owed.task.id });
    expect(changes.stateChanged.map((c: { taskId: string }) => c.taskId)).toContain(owed.task.id);
    expect(task).toBeDefined();
  });

  it('records decisions as tasks linked to their meeting', async () => {
    const [m] = (await leader.get('/api/meetings').expect(200)).body;
    const me = (await leader.get('/api/auth/me').expect(200)).body;
    const people = (await leader.get('/api/people').expect(200)).body;
    const unitPerson = people.find((p: { unitId: string; role: string }) => p.unitId === me.unit.id);
    const body = buildTask(
      { units: { miit: me.unit.id, ndrc: me.unit.id }, people: { staff: unitPerson.id } } as never,
      { code: 'DEC-001', title: '会议议定：加快出台配套政策', cooperatingUnitIds: [] },
    );
    const task = (await leader.post(`/api/meetings/${m.id}/decisions`).send(body).expect(201)).body;
    expect(task.sourceMeetingId).toBe(m.id);
    expect((await leader.get(`/api/meetings/${m.id}`).expect(200)).body.decisionCount).toBe(1);
    await leader.post('/api/meetings/00000000-0000-4000-8000-000000000000/decisions').send(body).expect(404);
  });

  it('refuses bad meetings and answers 404 for unknown ones', async () => {
    expect((await leader.post('/api/meetings').send({ title: '  ' }).expect(400)).body.code).toBe(
      'VALIDATION_FAILED',
    );
    await leader.post('/api/meetings').send({ title: '会', heldOn: '2026-02-30' }).expect(400);
    await leader.get('/api/meetings/00000000-0000-4000-8000-000000000000').expect(404);
    await leader.get('/api/meetings/not-an-id').expect(400);
  });
});
