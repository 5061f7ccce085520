import type { TaskSnapshotRow } from './meeting';
import { compareSnapshots, summarizeRows } from './snapshot';

const row = (o: Partial<TaskSnapshotRow>): TaskSnapshotRow => ({
  code: 'X',
  title: '任务',
  requirement: '',
  measureCode: 'policy',
  measureNameZh: '政策',
  measureNameEn: 'Policy',
  regionCode: '000000',
  regionNameZh: '全国',
  regionNameEn: 'National',
  sectors: ['energy'],
  leadUnitId: 'u',
  leadUnitNameZh: '单位',
  leadUnitNameEn: 'Unit',
  cooperatingUnitIds: [],
  cooperatingUnitsZh: '',
  cooperatingUnitsEn: '',
  responsibleName: '张三',
  startDate: '2026-01-01',
  dueDate: '2026-12-31',
  progress: 0,
  reportedState: 'in_progress',
  suspendedReason: null,
  state: 'on_track',
  light: 'green',
  expected: 50,
  gap: 0,
  daysLate: 0,
  reportMissing: false,
  latestPeriod: null,
  achievements: '',
  problems: '',
  nextSteps: '',
  sourceMeetingId: null,
  ...o,
  taskId: o.taskId ?? o.code ?? 'x',
});

describe(summarizeRows.name, () => {
  it('counts states, lights, missing reports and averages per group', () => {
    const s = summarizeRows([
      row({
        code: 'A',
        state: 'behind',
        light: 'yellow',
        progress: 20,
        reportMissing: true,
        sectors: ['energy', 'finance'],
      }),
      row({
        code: 'B',
        state: 'completed',
        progress: 100,
        measureCode: 'talent',
        measureNameZh: '人才',
        regionCode: '440000',
      }),
      row({
        code: 'C',
        state: 'overdue',
        light: 'red',
        progress: 35,
        measureCode: 'talent',
        regionCode: '440000',
      }),
    ]);
    expect(s.totals).toMatchObject({
      tasks: 3,
      behind: 1,
      completed: 1,
      overdue: 1,
      reportsMissing: 1,
      averageProgress: 51.7,
      completionRate: 33.3,
    });
    expect(s.totals.lights).toEqual({ green: 1, yellow: 1, red: 1, grey: 0 });
    expect(s.byMeasure.map((m) => [m.code, m.tasks])).toEqual([
      ['policy', 1],
      ['talent', 2],
    ]);
    expect(s.byRegion.find((r) => r.code === '440000')).toMatchObject({
      tasks: 2,
      behindShare: 50,
      averageProgress: 67.5,
    });
    expect(s.bySector.map((x) => [x.code, x.tasks])).toEqual([
      ['energy', 3],
      ['finance', 1],
    ]);
  });

  it('answers zeros for no rows', () => {
    expect(summarizeRows([]).totals).toMatchObject({ tasks: 0, averageProgress: 0, completionRate: 0 });
  });
});

describe(compareSnapshots.name, () => {
  it('finds state and light changes, completions, new overdue, progress deltas, new problems and new tasks', () => {
    const before = [
      row({ code: 'A', state: 'on_track', progress: 40 }),
      row({ code: 'B', state: 'behind', light: 'yellow', progress: 70 }),
      row({ code: 'C', state: 'on_track', progress: 10, problems: '资金' }),
      row({ code: 'D', progress: 50 }),
    ];
    const after = [
      row({ code: 'A', state: 'overdue', light: 'red', progress: 45 }),
      row({ code: 'B', state: 'completed', light: 'green', progress: 100 }),
      row({ code: 'C', state: 'on_track', progress: 10, problems: '资金；用地' }),
      row({ code: 'D', progress: 50, problems: '  ' }),
      row({ code: 'E', progress: 5 }),
    ];
    const c = compareSnapshots(before, after);
    const codes = (l: { code: string }[]) => l.map((x) => x.code);
    expect(codes(c.stateChanged)).toEqual(['A', 'B']);
    expect(codes(c.lightChanged)).toEqual(['A', 'B']);
    expect(codes(c.newlyCompleted)).toEqual(['B']);
    expect(codes(c.newlyOverdue)).toEqual(['A']);
    expect(c.largestProgress.map((x) => [x.code, x.progressDelta])).toEqual([
      ['B', 30],
      ['A', 5],
    ]);
    expect(codes(c.newProblems)).toEqual(['C']);
    expect(codes(c.newTasks)).toEqual(['E']);
    expect(c.stateChanged[0].before).toMatchObject({ state: 'on_track', progress: 40 });
  });

  it('caps each list', () => {
    const before = Array.from({ length: 80 }, (_, i) => row({ code: `T${i}`, progress: 0 }));
    const after = Array.from({ length: 80 }, (_, i) => row({ code: `T${i}`, progress: i + 1 }));
    const c = compareSnapshots(before, after);
    expect(c.largestProgress).toHaveLength(50);
    expect(c.largestProgress[0].progressDelta).toBe(80);
  });
});
