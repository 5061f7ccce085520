import type { DashboardGroup, DashboardTotals, StateCounts } from './dashboard';
import { MEASURE_CODES } from './measure';
import type { MeetingChanges, TaskChange, TaskSnapshotRow } from './meeting';
import { MEETING_CHANGES_LIMIT } from './meeting';
import { round1 } from './schedule-status';

const zero = (): StateCounts & { progressSum: number } => ({
  tasks: 0,
  completed: 0,
  ahead: 0,
  onTrack: 0,
  behind: 0,
  overdue: 0,
  notStarted: 0,
  suspended: 0,
  reportsMissing: 0,
  averageProgress: 0,
  progressSum: 0,
});

const STATE_KEY = {
  completed: 'completed',
  ahead: 'ahead',
  on_track: 'onTrack',
  behind: 'behind',
  overdue: 'overdue',
  not_started: 'notStarted',
  suspended: 'suspended',
} as const;

function add(acc: ReturnType<typeof zero>, r: TaskSnapshotRow): void {
  acc.tasks++;
  acc[STATE_KEY[r.state]]++;
  if (r.reportMissing) acc.reportsMissing++;
  acc.progressSum += r.progress;
}

function finish(acc: ReturnType<typeof zero>): StateCounts {
  const { progressSum, ...counts } = acc;
  return { ...counts, averageProgress: acc.tasks ? round1(progressSum / acc.tasks) : 0 };
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : round1((100 * part) / whole));

export type SnapshotSummary = {
  totals: DashboardTotals;
  byMeasure: DashboardGroup[];
  byRegion: (DashboardGroup & { behindShare: number })[];
  bySector: (StateCounts & { code: string })[];
};

// The dashboard's figures over a set of task rows (live or frozen): the documents are built from this,
// and a test holds it equal to the SQL dashboard for the same filters.
export function summarizeRows(rows: Iterable<TaskSnapshotRow>): SnapshotSummary {
  const total = zero();
  const lights = { green: 0, yellow: 0, red: 0, grey: 0 };
  const measures = new Map<string, { acc: ReturnType<typeof zero>; nameZh: string; nameEn: string }>();
  const regions = new Map<string, { acc: ReturnType<typeof zero>; nameZh: string; nameEn: string }>();
  const sectors = new Map<string, ReturnType<typeof zero>>();
  for (const r of rows) {
    add(total, r);
    lights[r.light]++;
    const m = measures.get(r.measureCode) ?? {
      acc: zero(),
      nameZh: r.measureNameZh,
      nameEn: r.measureNameEn,
    };
    add(m.acc, r);
    measures.set(r.measureCode, m);
    const g = regions.get(r.regionCode) ?? { acc: zero(), nameZh: r.regionNameZh, nameEn: r.regionNameEn };
    add(g.acc, r);
    regions.set(r.regionCode, g);
    for (const s of r.sectors) {
      const acc = sectors.get(s) ?? zero();
      add(acc, r);
      sectors.set(s, acc);
    }
  }
  const totals = finish(total);
  const order = (code: string) => {
    const i = (MEASURE_CODES as readonly string[]).indexOf(code);
    return i < 0 ? MEASURE_CODES.length : i;
  };
  return {
    totals: { ...totals, completionRate: share(totals.completed, totals.tasks), lights },
    byMeasure: [...measures.entries()]
      .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
      .map(([code, m]) => ({ code, nameZh: m.nameZh, nameEn: m.nameEn, ...finish(m.acc) })),
    byRegion: [...regions.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, g]) => {
        const c = finish(g.acc);
        return {
          code,
          nameZh: g.nameZh,
          nameEn: g.nameEn,
          ...c,
          behindShare: share(c.behind + c.overdue, c.tasks),
        };
      }),
    bySector: [...sectors.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, acc]) => ({ code, ...finish(acc) })),
  };
}

const brief = (r: TaskSnapshotRow) => ({
  state: r.state,
  light: r.light,
  progress: r.progress,
  problems: r.problems,
});

// What changed between two moments: tasks whose state or light moved, newly completed or overdue,
// the largest progress changes and problems reported anew. Each list is capped, the most telling first.
export function compareSnapshots(
  before: Iterable<TaskSnapshotRow>,
  after: Iterable<TaskSnapshotRow>,
): Omit<MeetingChanges, 'from' | 'to'> {
  const old = new Map<string, TaskSnapshotRow>();
  for (const r of before) old.set(r.taskId, r);
  const out: Omit<MeetingChanges, 'from' | 'to'> = {
    stateChanged: [],
    lightChanged: [],
    newlyCompleted: [],
    newlyOverdue: [],
    largestProgress: [],
    newProblems: [],
    newTasks: [],
  };
  for (const r of after) {
    const b = old.get(r.taskId);
    const change: TaskChange = {
      taskId: r.taskId,
      code: r.code,
      title: r.title,
      leadUnitNameZh: r.leadUnitNameZh,
      leadUnitNameEn: r.leadUnitNameEn,
      before: b ? brief(b) : null,
      after: brief(r),
      progressDelta: r.progress - (b?.progress ?? 0),
    };
    if (!b) {
      out.newTasks.push(change);
      continue;
    }
    if (b.state !== r.state) out.stateChanged.push(change);
    if (b.light !== r.light) out.lightChanged.push(change);
    if (r.state === 'completed' && b.state !== 'completed') out.newlyCompleted.push(change);
    if (r.state === 'overdue' && b.state !== 'overdue') out.newlyOverdue.push(change);
    if (change.progressDelta !== 0) out.largestProgress.push(change);
    if (r.problems.trim() && r.problems.trim() !== b.problems.trim()) out.newProblems.push(change);
  }
  const byCode = (a: TaskChange, b: TaskChange) => a.code.localeCompare(b.code);
  for (const list of [
    out.stateChanged,
    out.lightChanged,
    out.newlyCompleted,
    out.newlyOverdue,
    out.newProblems,
    out.newTasks,
  ])
    list.sort(byCode);
  out.largestProgress.sort((a, b) => Math.abs(b.progressDelta) - Math.abs(a.progressDelta) || byCode(a, b));
  for (const key of Object.keys(out) as (keyof typeof out)[])
    out[key] = out[key].slice(0, MEETING_CHANGES_LIMIT);
  return out;
}
