import type TestAgent from 'supertest/lib/agent';
import {
  addDays,
  latestClosedPeriod,
  periodOf,
  previousPeriod,
  SCHEDULE_STATES,
  todayIn,
  type DashboardSummary,
} from '@plan/contracts';
import { createTestApp, loginAs, type TestApp } from './app';
import { buildTask } from './factories/task.factory';
import { createWorkspace, resetDatabase, type Fixture } from './factories/workspace.factory';

const today = todayIn('Asia/Shanghai');
const d = (n: number) => addDays(today, n);
const closed = latestClosedPeriod(today, 'month', 5);

const camel: Record<string, keyof DashboardSummary['totals']> = {
  not_started: 'notStarted',
  ahead: 'ahead',
  on_track: 'onTrack',
  behind: 'behind',
  overdue: 'overdue',
  completed: 'completed',
  suspended: 'suspended',
};

describe('dashboard summary', () => {
  let t: TestApp;
  let f: Fixture;
  let staff: TestAgent;
  let head: TestAgent;
  let leader: TestAgent;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.ds);
    f = await createWorkspace(t.ds);
    staff = await loginAs(t, 'staff');
    head = await loginAs(t, 'head');
    leader = await loginAs(t, 'leader');
    const make = (o: Record<string, unknown>) =>
      leader
        .post('/api/tasks')
        .send(buildTask(f, o))
        .expect(201)
        .then((r) => r.body.id as string);
    const approve = async (taskId: string, body: Record<string, unknown>) => {
      const r = await staff
        .post(`/api/tasks/${taskId}/reports`)
        .send({ period: closed, reportedState: 'in_progress', progress: 0, submit: true, ...body })
        .expect(201);
      await head.post(`/api/reports/${r.body.id}/approve`).send({}).expect(200);
    };
    const specs = [
      {
        measure: 'policy',
        region: '000000',
        sectors: ['manufacturing'],
        startDate: d(-300),
        dueDate: d(-10),
      },
      {
        measure: 'policy',
        region: '440000',
        sectors: ['energy'],
        startDate: d(-100),
        dueDate: d(100),
        leadUnitId: f.units.gd,
        cooperatingUnitIds: [],
        responsiblePersonId: f.people.gdStaff,
      },
      {
        measure: 'pilots',
        region: '440000',
        sectors: ['manufacturing', 'energy'],
        startDate: d(30),
        dueDate: d(300),
      },
      { measure: 'talent', region: '000000', sectors: ['education'], startDate: d(-200), dueDate: d(200) },
      { measure: 'talent', region: '110000', sectors: ['education'], startDate: d(-200), dueDate: d(200) },
      {
        measure: 'security',
        region: '000000',
        sectors: ['government_services'],
        startDate: d(-200),
        dueDate: null,
      },
      {
        measure: 'infrastructure',
        region: '110000',
        sectors: ['energy'],
        startDate: d(-200),
        dueDate: d(200),
      },
    ];
    const ids = [];
    for (const s of specs) ids.push(await make(s));
    await approve(ids[3], { progress: 95 }); // ahead
    await approve(ids[4], { reportedState: 'completed', progress: 100 }); // completed
    await approve(ids[6], { reportedState: 'suspended', suspendedReason: '调整', progress: 10 }); // suspended
  });
  afterAll(() => t.app.close());

  const summary = async (q = ''): Promise<DashboardSummary> =>
    (await leader.get(`/api/dashboard/summary?${q}`).expect(200)).body;
  const total = async (q: string): Promise<number> =>
    (await leader.get(`/api/tasks?limit=1&${q}`).expect(200)).body.total;
  // The list count for one more condition on top of q (a value outside q's own list for that key counts nothing).
  const narrowed = async (q: string, key: string, value: string): Promise<number> => {
    const params = new URLSearchParams(q);
    const own = params.get(key)?.split(',');
    if (own && !own.includes(value)) return 0;
    params.set(key, value);
    return total(params.toString());
  };

  it('has the documented shape', async () => {
    const s = await summary();
    expect(Object.keys(s).sort()).toEqual(
      [
        'asOf',
        'behind',
        'byMeasure',
        'byRegion',
        'bySector',
        'bySectorMeasure',
        'period',
        'totals',
        'trend',
        'upcomingMilestones',
      ].sort(),
    );
    for (const k of ['tasks', 'completed', 'onTrack', 'behind', 'overdue', 'reportsMissing'])
      expect(typeof (s.totals as Record<string, unknown>)[k]).toBe('number');
    expect(s.byMeasure.map((m) => m.code)).toEqual([
      'policy',
      'pilots',
      'infrastructure',
      'talent',
      'security',
    ]);
    expect(s.byRegion).toHaveLength(35);
    expect(s.period).toBe(closed);
    expect(s.trend).toHaveLength(12);
    expect(s.trend[11].period).toBe(periodOf(today, 'month'));
    expect(s.trend[10].period).toBe(previousPeriod(periodOf(today, 'month'), 'month'));
  });

  it.each([
    '',
    'measure=policy',
    'region=440000',
    'sector=energy',
    'measure=policy&region=440000',
    'state=behind,overdue',
    `leadUnit=PLACEHOLDER`,
    'q=%E6%B5%8B%E8%AF%95',
  ])('counts exactly what the task list counts under "%s"', async (raw) => {
    const q = raw.replace('PLACEHOLDER', f.units.gd);
    const s = await summary(q);
    expect(s.totals.tasks).toBe(await total(q));
    for (const state of SCHEDULE_STATES)
      expect([state, s.totals[camel[state]]]).toEqual([state, await narrowed(q, 'state', state)]);
    for (const light of ['green', 'yellow', 'red', 'grey'] as const)
      expect(s.totals.lights[light]).toBe(await narrowed(q, 'light', light));
    for (const m of s.byMeasure)
      expect([m.code, m.tasks]).toEqual([m.code, await narrowed(q, 'measure', m.code)]);
    for (const r of s.byRegion.filter((x) => ['000000', '110000', '440000'].includes(x.code)))
      expect([r.code, r.tasks]).toEqual([r.code, await narrowed(q, 'region', r.code)]);
    // a task has several sectors, so under a sector filter its other sectors count too; the list cannot AND sectors
    if (!q.includes('sector='))
      for (const sec of s.bySector)
        expect([sec.code, sec.tasks]).toEqual([sec.code, await narrowed(q, 'sector', sec.code)]);
    expect(s.behind.length).toBe(Math.min(50, s.totals.behind + s.totals.overdue));
  });

  it('counts the states the rules give', async () => {
    const s = await summary();
    // the long-term task without milestones owes the closed period's report, so it is behind
    expect(s.totals).toMatchObject({
      tasks: 7,
      overdue: 1,
      notStarted: 1,
      ahead: 1,
      completed: 1,
      suspended: 1,
      behind: 2,
      onTrack: 0,
    });
    expect(s.totals.completionRate).toBe(14.3);
    expect(s.bySectorMeasure.find((x) => x.sector === 'energy' && x.measure === 'policy')).toMatchObject({
      tasks: 1,
    });
  });

  it('counts reports missing for the latest closed period and drops them as reports arrive', async () => {
    const before = (await summary()).totals.reportsMissing;
    const missing = await leader.get(`/api/tasks?limit=200`).expect(200);
    expect(before).toBeGreaterThan(0);
    const candidate = missing.body.items.find(
      (i: { code: string; status: { state: string } }) => i.status.state === 'overdue',
    );
    await staff
      .post(`/api/tasks/${candidate.id}/reports`)
      .send({ period: closed, reportedState: 'in_progress', progress: 50, submit: true })
      .expect(201);
    expect((await summary()).totals.reportsMissing).toBe(before - 1);
  });

  it('lists milestones due in the next 30 days', async () => {
    const id = (await leader.get('/api/tasks?measure=talent&region=000000').expect(200)).body.items[0].id;
    await staff
      .post(`/api/tasks/${id}/milestones`)
      .send({ title: '近期节点', dueDate: d(7) })
      .expect(201);
    await staff
      .post(`/api/tasks/${id}/milestones`)
      .send({ title: '远期节点', dueDate: d(60) })
      .expect(201);
    const s = await summary();
    expect(s.upcomingMilestones.map((m) => m.title)).toEqual(['近期节点']);
    expect(s.upcomingMilestones[0]).toMatchObject({ daysLeft: 7, task: { id } });
  });

  it('refuses bad filters like the task list does', async () => {
    expect((await leader.get('/api/dashboard/summary?state=late').expect(400)).body.code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await leader.get('/api/dashboard/summary?period=2026-13').expect(400)).body.code).toBe(
      'VALIDATION_FAILED',
    );
  });
});
