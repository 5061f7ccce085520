import type TestAgent from 'supertest/lib/agent';
import {
  addDays,
  computeScheduleStatus,
  latestClosedPeriod,
  owesReport,
  periodEnd,
  periodOf,
  periodsBetween,
  previousPeriod,
  round1,
  SCHEDULE_STATES,
  todayIn,
  TREND_PERIODS,
  type DashboardSummary,
  type StateCounts,
} from '@plan/contracts';
import { bumpRevision } from '../src/modules/audit/workspace-revision';
import { TaskStatusService } from '../src/modules/tasks/task-status.service';
import { WorkspacesRepository } from '../src/modules/workspaces/workspaces.repository';
import { createTestApp, loginAs, type TestApp } from './app';
import { randomTools } from './factories/random';
import { createWorkspace, resetDatabase, type Fixture } from './factories/workspace.factory';

// The dashboard's aggregate SQL (and its cache) against a straightforward recomputation: random tasks,
// milestones and reports written straight into the database, then random filters, each answered by
// /api/dashboard/summary and recomputed here from the rows with the contracts' functions. A failure prints
// the seed; DASHBOARD_SEED=<n> replays it.
const SEED = Number(process.env.DASHBOARD_SEED) || Math.floor(Math.random() * 1e9);
const TASKS = 90;
const FILTER_ROUNDS = 25;

const { rnd, int, pick, some } = randomTools(SEED);

const MEASURES = ['policy', 'pilots', 'infrastructure', 'talent', 'security'];
const REGIONS = ['000000', '110000', '440000', '310000'];
const SECTORS = ['manufacturing', 'energy', 'education', 'government_services'];
const LIGHTS = ['green', 'yellow', 'red', 'grey'] as const;

type Row = {
  id: string;
  measure: string;
  region: string;
  sectors: string[];
  leadUnitId: string;
  startDate: string;
  dueDate: string | null;
  progress: number;
  reportedState: 'not_started' | 'in_progress' | 'completed' | 'suspended';
  hasApproved: boolean;
  completedOn: string | null;
  archived: boolean;
  state: string;
  light: string;
  milestones: { dueDate: string; weight: number; doneDate: string | null }[];
  // approved reports in (period, reviewed_at) order
  approved: { period: string; progress: number; completed: boolean }[];
  filed: Set<string>;
};

type Filter = {
  measure?: string[];
  region?: string[];
  sector?: string[];
  state?: string[];
  light?: string[];
  leadUnit?: string[];
};

const STATE_KEY: Record<string, keyof StateCounts> = {
  completed: 'completed',
  ahead: 'ahead',
  on_track: 'onTrack',
  behind: 'behind',
  overdue: 'overdue',
  not_started: 'notStarted',
  suspended: 'suspended',
};

// round(avg, 1) as PostgreSQL does it on numeric (half away from zero), in integers
const avg1 = (sum: number, n: number) => (n === 0 ? 0 : Math.floor((20 * sum + n) / (2 * n)) / 10);

describe.each(['month', 'quarter'] as const)(
  'dashboard fast path vs recomputation (random data, random filters), %s reports',
  (cadence) => {
    let t: TestApp;
    let f: Fixture;
    let leader: TestAgent;
    let rows: Row[];
    const today = todayIn('Asia/Shanghai');
    const closed = latestClosedPeriod(today, cadence, 5);
    const current = periodOf(today, cadence);

    beforeAll(async () => {
      t = await createTestApp();
      await resetDatabase(t.ds);
      f = await createWorkspace(t.ds, 'ws-fast', '快速路径');
      await t.ds.query(`UPDATE workspaces SET reporting_cadence = $2 WHERE id = $1`, [
        f.workspaceId,
        cadence,
      ]);
      leader = await loginAs(t, 'ws-fast-leader');
      const ws = f.workspaceId;
      const units = [f.units.ndrc, f.units.miit, f.units.gd];
      const ids: string[] = [];
      for (let i = 0; i < TASKS; i++) {
        const startDate = addDays(today, int(-500, 60));
        const dueDate = rnd() < 0.15 ? null : addDays(startDate, rnd() < 0.05 ? 0 : int(1, 600));
        const [{ id }] = await t.ds.query(
          `INSERT INTO tasks (workspace_id, code, title, measure_id, region_code, lead_unit_id, responsible_person_id, start_date, due_date, archived_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CASE WHEN $10 THEN now() END) RETURNING id`,
          [
            ws,
            `R-${String(i).padStart(3, '0')}`,
            `随机任务 ${i}`,
            f.measures[pick(MEASURES)],
            pick(REGIONS),
            pick(units),
            f.people.staff,
            startDate,
            dueDate,
            rnd() < 0.05,
          ],
        );
        ids.push(id);
        for (const s of some(SECTORS, 3))
          await t.ds.query(
            `INSERT INTO task_sectors (task_id, sector_code, workspace_id) VALUES ($1, $2, $3)`,
            [id, s, ws],
          );
        const span =
          dueDate === null ? 400 : Math.max(0, (Date.parse(dueDate) - Date.parse(startDate)) / 864e5);
        for (let k = int(0, 4) * (rnd() < 0.7 ? 1 : 0); k > 0; k--) {
          const due = addDays(startDate, int(0, span));
          await t.ds.query(
            `INSERT INTO milestones (workspace_id, task_id, title, due_date, weight, done_date) VALUES ($1, $2, '节点', $3, $4, $5)`,
            [ws, id, due, pick([0.5, 1, 1, 2, 3, 1.5]), rnd() < 0.4 ? addDays(due, int(-20, 20)) : null],
          );
        }
        // reports: one live report per period at most, as the unique index wants
        let progress = 0;
        for (const period of periodsBetween(periodOf(startDate, cadence), current, cadence)) {
          if (rnd() < 0.35) continue;
          const status = pick(['draft', 'submitted', 'approved', 'approved', 'approved', 'returned']);
          progress = Math.min(100, progress + int(0, 25));
          const state =
            progress === 100 && rnd() < 0.5 ? 'completed' : rnd() < 0.05 ? 'suspended' : 'in_progress';
          await t.ds.query(
            `INSERT INTO progress_reports (workspace_id, task_id, period, reported_state, progress, suspended_reason, status, author_id,
                                         submitted_at, reviewed_by_id, reviewed_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7::varchar, $8, CASE WHEN $7::varchar <> 'draft' THEN now() END,
                   CASE WHEN $7::varchar IN ('approved', 'returned') THEN $9::uuid END,
                   CASE WHEN $7::varchar IN ('approved', 'returned') THEN now() - make_interval(mins => $10) END)`,
            [
              ws,
              id,
              period,
              state,
              state === 'completed' ? 100 : progress,
              state === 'suspended' ? '暂缓' : null,
              status,
              f.people.staff,
              f.people.head,
              int(0, 100000),
            ],
          );
        }
        // the task follows its latest approved report, as ReportsService does
        await t.ds.query(
          `UPDATE tasks t SET progress = r.progress, reported_state = r.reported_state, suspended_reason = r.suspended_reason,
                latest_report_id = r.id, completed_on = CASE WHEN r.reported_state = 'completed' THEN $2::date END
           FROM (SELECT id, progress, reported_state, suspended_reason FROM progress_reports
                  WHERE task_id = $1 AND status = 'approved' ORDER BY period DESC, reviewed_at DESC LIMIT 1) r
          WHERE t.id = $1`,
          [id, addDays(today, -int(0, 90))],
        );
      }
      const settings = await t.app.get(WorkspacesRepository).settings(ws, t.ds.manager);
      await t.ds.transaction((m) => t.app.get(TaskStatusService).refresh(m, settings, ids));
      // a change through the API, so the revision moves past anything an earlier request could have cached
      await leader.get('/api/dashboard/summary').expect(200);
      rows = await load(t, ws);
    }, 120_000);
    afterAll(() => t.app.close());

    async function load(app: TestApp, ws: string): Promise<Row[]> {
      const tasks = await app.ds.query(
        `SELECT t.id, m.code AS measure, t.region_code AS region, t.lead_unit_id AS "leadUnitId",
              to_char(t.start_date, 'YYYY-MM-DD') AS "startDate", to_char(t.due_date, 'YYYY-MM-DD') AS "dueDate",
              t.progress, t.reported_state AS "reportedState", t.latest_report_id IS NOT NULL AS "hasApproved",
              to_char(t.completed_on, 'YYYY-MM-DD') AS "completedOn", t.archived_at IS NOT NULL AS archived,
              t.status_state AS state, t.status_light AS light,
              ARRAY(SELECT sector_code FROM task_sectors WHERE task_id = t.id) AS sectors
         FROM tasks t JOIN measures m ON m.id = t.measure_id WHERE t.workspace_id = $1`,
        [ws],
      );
      const ms = await app.ds.query(
        `SELECT task_id, to_char(due_date, 'YYYY-MM-DD') AS "dueDate", weight::float8 AS weight, to_char(done_date, 'YYYY-MM-DD') AS "doneDate"
         FROM milestones WHERE workspace_id = $1`,
        [ws],
      );
      const reps = await app.ds.query(
        `SELECT task_id, period, progress, reported_state, status FROM progress_reports WHERE workspace_id = $1
        ORDER BY period, reviewed_at`,
        [ws],
      );
      return tasks.map((r: Row) => ({
        ...r,
        milestones: ms
          .filter((x: { task_id: string }) => x.task_id === r.id)
          .map(({ dueDate, weight, doneDate }: Row['milestones'][number]) => ({ dueDate, weight, doneDate })),
        approved: reps
          .filter((x: { task_id: string; status: string }) => x.task_id === r.id && x.status === 'approved')
          .map((x: { period: string; progress: number; reported_state: string }) => ({
            period: x.period,
            progress: x.progress,
            completed: x.reported_state === 'completed',
          })),
        filed: new Set(
          reps
            .filter(
              (x: { task_id: string; status: string }) =>
                x.task_id === r.id && (x.status === 'submitted' || x.status === 'approved'),
            )
            .map((x: { period: string }) => x.period),
        ),
      }));
    }

    const matches = (r: Row, q: Filter) =>
      !r.archived &&
      (!q.measure || q.measure.includes(r.measure)) &&
      (!q.region || q.region.includes(r.region)) &&
      (!q.sector || q.sector.some((s) => r.sectors.includes(s))) &&
      (!q.state || q.state.includes(r.state)) &&
      (!q.light || q.light.includes(r.light)) &&
      (!q.leadUnit || q.leadUnit.includes(r.leadUnitId));

    function counts(rs: Row[]): StateCounts {
      const c: StateCounts = {
        tasks: rs.length,
        completed: 0,
        ahead: 0,
        onTrack: 0,
        behind: 0,
        overdue: 0,
        notStarted: 0,
        suspended: 0,
        reportsMissing: 0,
        averageProgress: avg1(
          rs.reduce((s, r) => s + r.progress, 0),
          rs.length,
        ),
      };
      for (const r of rs) {
        (c[STATE_KEY[r.state]] as number)++;
        if (r.state !== 'suspended' && owesReport(r, closed, cadence) && !r.filed.has(closed))
          c.reportsMissing++;
      }
      return c;
    }

    // The trend as the dashboard defined it before the SQL fast path: per period end, every task started by
    // then, its expected progress from computeScheduleStatus() (its actual when there is none) and its
    // latest approved report up to that period.
    function trend(rs: Row[]): DashboardSummary['trend'] {
      let first = current;
      for (let i = 1; i < TREND_PERIODS; i++) first = previousPeriod(first, cadence);
      return periodsBetween(first, current, cadence).map((p) => {
        const end = periodEnd(p, cadence);
        let n = 0;
        let expectedTenths = 0;
        let actualSum = 0;
        let completed = 0;
        for (const r of rs) {
          if (r.startDate > end) continue;
          let actual = 0;
          let done = false;
          for (const a of r.approved) {
            if (a.period > p) break;
            actual = a.progress;
            done = a.completed;
          }
          const { expected } = computeScheduleStatus({
            today: end,
            startDate: r.startDate,
            dueDate: r.dueDate,
            milestones: r.milestones,
            approved: null,
          });
          n++;
          actualSum += actual;
          expectedTenths += Math.round((expected ?? actual) * 10);
          if (done) completed++;
        }
        return {
          period: p,
          tasks: n,
          expected: n ? round1(expectedTenths / 10 / n) : 0,
          actual: n ? round1(actualSum / n) : 0,
          completedRate: n ? round1((100 * completed) / n) : 0,
        };
      });
    }

    const query = (q: Filter) =>
      Object.entries(q)
        .map(([k, v]) => `${k}=${(v as string[]).join(',')}`)
        .join('&');

    function randomFilter(): Filter {
      const q: Filter = {};
      if (rnd() < 0.4) q.measure = some(MEASURES, 2);
      if (rnd() < 0.4) q.region = some(REGIONS, 2);
      if (rnd() < 0.35) q.sector = some(SECTORS, 2);
      if (rnd() < 0.25) q.state = some(SCHEDULE_STATES, 3);
      if (rnd() < 0.15) q.light = some(LIGHTS, 2);
      if (rnd() < 0.2) q.leadUnit = [pick([f.units.ndrc, f.units.miit, f.units.gd])];
      return q;
    }

    it(`agrees on every figure (seed ${SEED})`, async () => {
      const filters: Filter[] = [
        {},
        { region: ['440000'] },
        { sector: ['energy'] },
        { measure: ['pilots'], region: ['440000'] },
      ];
      for (let i = 0; i < FILTER_ROUNDS; i++) filters.push(randomFilter());
      for (const q of filters) {
        const label = `seed ${SEED}, filter ${query(q) || '(none)'}`;
        const s: DashboardSummary = (await leader.get(`/api/dashboard/summary?${query(q)}`).expect(200)).body;
        const rs = rows.filter((r) => matches(r, q));
        const { averageProgress, ...totals } = counts(rs);
        expect([label, s.totals]).toMatchObject([label, totals]);
        expect([label, s.totals.averageProgress]).toEqual([label, averageProgress]);
        expect([label, s.totals.lights]).toEqual([
          label,
          Object.fromEntries(LIGHTS.map((l) => [l, rs.filter((r) => r.light === l).length])),
        ]);
        for (const m of s.byMeasure)
          expect([label, m.code, m]).toMatchObject([
            label,
            m.code,
            counts(rs.filter((r) => r.measure === m.code)),
          ]);
        for (const g of s.byRegion)
          expect([label, g.code, g]).toMatchObject([
            label,
            g.code,
            counts(rs.filter((r) => r.region === g.code)),
          ]);
        for (const g of s.bySector)
          expect([label, g.code, g]).toMatchObject([
            label,
            g.code,
            counts(rs.filter((r) => r.sectors.includes(g.code))),
          ]);
        for (const c of s.bySectorMeasure) {
          const k = counts(rs.filter((r) => r.sectors.includes(c.sector) && r.measure === c.measure));
          expect([label, c]).toEqual([
            label,
            {
              ...c,
              tasks: k.tasks,
              behind: k.behind,
              overdue: k.overdue,
              averageProgress: k.averageProgress,
            },
          ]);
        }
        expect([label, s.trend]).toEqual([label, trend(rs)]);
        // and the task list counts the same rows
        const list = (await leader.get(`/api/tasks?limit=1&${query(q)}`).expect(200)).body;
        expect([label, list.total]).toEqual([label, s.totals.tasks]);
        // the stored status is what the contracts say (long-term tasks without milestones also need their
        // reporting history, which the status refresh reads; the rest depend on the row alone)
        for (const r of rs.filter((x) => x.dueDate !== null || x.milestones.length > 0)) {
          const want = computeScheduleStatus({
            today,
            startDate: r.startDate,
            dueDate: r.dueDate,
            milestones: r.milestones,
            approved: r.hasApproved ? { progress: r.progress, reportedState: r.reportedState } : null,
          });
          expect([label, r.id, r.state, r.light]).toEqual([label, r.id, want.state, want.light]);
        }
      }
    }, 120_000);

    it('serves an unchanged workspace from the cache and recomputes after any audited change', async () => {
      const a = (await leader.get('/api/dashboard/summary?region=440000').expect(200)).body;
      const b = (await leader.get('/api/dashboard/summary?region=440000').expect(200)).body;
      expect(b).toEqual(a);
      // a live task of Guangdong with no report yet for the closed period, as counted "missing"
      const owing = rows.find(
        (r) =>
          matches(r, { region: ['440000'] }) &&
          r.leadUnitId === f.units.miit &&
          r.state !== 'suspended' &&
          owesReport(r, closed, cadence) &&
          !r.filed.has(closed),
      );
      if (!owing) return;
      const staff = await loginAs(t, 'ws-fast-staff');
      const live = await t.ds.query(
        `SELECT 1 FROM progress_reports WHERE task_id = $1 AND period = $2 AND status <> 'returned'`,
        [owing.id, closed],
      );
      if (live.length) return; // a draft holds the period
      await staff
        .post(`/api/tasks/${owing.id}/reports`)
        .send({ period: closed, reportedState: 'in_progress', progress: owing.progress, submit: true })
        .expect(201);
      const c = (await leader.get('/api/dashboard/summary?region=440000').expect(200)).body;
      expect(c.totals.reportsMissing).toBe(a.totals.reportsMissing - 1);
    });

    // task_trend_steps (migration AddTaskTrendSteps) is rewritten by triggers in the writing transaction: after
    // each kind of change it reads, it must equal a fresh rewrite of every task, and the trend stay right.
    it('keeps the trend steps equal to a fresh rewrite after each kind of change', async () => {
      const ws = f.workspaceId;
      const STEPS = `SELECT task_id, month, started, expected_tenths, actual, completed, actual_only, elapsed
                       FROM task_trend_steps WHERE workspace_id = $1 ORDER BY task_id, month`;
      const expectStepsCurrent = async (label: string) => {
        const kept = await t.ds.query(STEPS, [ws]);
        const qr = t.ds.createQueryRunner();
        await qr.startTransaction();
        try {
          await qr.query(
            `SELECT luoshi_render_task_trend(ARRAY(SELECT id FROM tasks WHERE workspace_id = $1))`,
            [ws],
          );
          const fresh = await qr.query(STEPS, [ws]);
          expect([label, kept]).toEqual([label, fresh]);
        } finally {
          await qr.rollbackTransaction();
          await qr.release();
        }
      };
      await expectStepsCurrent('as seeded');
      const one = async (sql: string) => {
        const [r] = await t.ds.query(sql, [ws]);
        if (!r) throw new Error(`seed ${SEED}: no row for ${sql}`);
        return r.id as string;
      };
      const withMs = await one(
        `SELECT t.id FROM tasks t WHERE t.workspace_id = $1 AND EXISTS (SELECT 1 FROM milestones m WHERE m.task_id = t.id) ORDER BY t.code LIMIT 1`,
      );
      const withMs2 = await one(
        `SELECT t.id FROM tasks t WHERE t.workspace_id = $1 AND EXISTS (SELECT 1 FROM milestones m WHERE m.task_id = t.id) ORDER BY t.code DESC LIMIT 1`,
      );
      const noMsDue = await one(
        `SELECT t.id FROM tasks t WHERE t.workspace_id = $1 AND t.due_date IS NOT NULL AND NOT EXISTS (SELECT 1 FROM milestones m WHERE m.task_id = t.id) ORDER BY t.code LIMIT 1`,
      );
      const approvedTask = await one(
        `SELECT t.id FROM tasks t WHERE t.workspace_id = $1 AND EXISTS (SELECT 1 FROM progress_reports r WHERE r.task_id = t.id AND r.status = 'approved') ORDER BY t.code DESC LIMIT 1`,
      );
      const changes: [string, string, unknown[]][] = [
        ['start moved', `UPDATE tasks SET start_date = start_date - 75 WHERE id = $1`, [withMs]],
        ['due date dropped', `UPDATE tasks SET due_date = NULL WHERE id = $1`, [noMsDue]],
        ['due date set', `UPDATE tasks SET due_date = start_date + 200 WHERE id = $1`, [noMsDue]],
        [
          'a task renamed (no step changes)',
          `UPDATE tasks SET title = title || ' 新' WHERE id = $1`,
          [withMs],
        ],
        [
          'first milestone',
          `INSERT INTO milestones (workspace_id, task_id, title, due_date, weight) SELECT workspace_id, id, '新节点', start_date + 40, 2 FROM tasks WHERE id = $1`,
          [noMsDue],
        ],
        [
          'weight changed',
          `UPDATE milestones SET weight = weight + 1.5 WHERE id = (SELECT id FROM milestones WHERE task_id = $1 ORDER BY due_date LIMIT 1)`,
          [withMs],
        ],
        [
          'milestone date moved',
          `UPDATE milestones SET due_date = due_date + 95 WHERE id = (SELECT id FROM milestones WHERE task_id = $1 ORDER BY due_date DESC LIMIT 1)`,
          [withMs],
        ],
        [
          'milestone moved to another task',
          `UPDATE milestones SET task_id = $2 WHERE id = (SELECT id FROM milestones WHERE task_id = $1 ORDER BY due_date LIMIT 1)`,
          [withMs, withMs2],
        ],
        ['milestones deleted', `DELETE FROM milestones WHERE task_id = $1`, [withMs2]],
        [
          'a report approved',
          `UPDATE progress_reports SET status = 'approved', reviewed_at = now() WHERE id = (SELECT id FROM progress_reports WHERE workspace_id = $1 AND status = 'submitted' ORDER BY period LIMIT 1)`,
          [ws],
        ],
        [
          'an approved report returned',
          `UPDATE progress_reports SET status = 'returned' WHERE id = (SELECT id FROM progress_reports WHERE task_id = $1 AND status = 'approved' ORDER BY period DESC LIMIT 1)`,
          [approvedTask],
        ],
        [
          'an approved figure changed',
          `UPDATE progress_reports SET progress = (progress + 37) % 100, reported_state = 'in_progress', suspended_reason = NULL WHERE id = (SELECT id FROM progress_reports WHERE task_id = $1 AND status = 'approved' ORDER BY period LIMIT 1)`,
          [approvedTask],
        ],
        [
          'a draft written (no step changes)',
          `UPDATE progress_reports SET achievements = '草稿' WHERE id = (SELECT id FROM progress_reports WHERE workspace_id = $1 AND status = 'draft' LIMIT 1)`,
          [ws],
        ],
        [
          'an approved report says completed',
          `UPDATE progress_reports SET progress = 100, reported_state = 'completed', suspended_reason = NULL WHERE id = (SELECT id FROM progress_reports WHERE task_id = $1 AND status = 'approved' ORDER BY period DESC LIMIT 1)`,
          [approvedTask],
        ],
        [
          'an approved report deleted',
          `DELETE FROM progress_reports WHERE id = (SELECT id FROM progress_reports WHERE task_id = $1 AND status = 'approved' ORDER BY period LIMIT 1)`,
          [approvedTask],
        ],
        [
          'a task created',
          `INSERT INTO tasks (workspace_id, code, title, measure_id, region_code, lead_unit_id, responsible_person_id, start_date, due_date)
                            SELECT workspace_id, 'R-NEW', '新任务', measure_id, region_code, lead_unit_id, responsible_person_id, start_date - 30, due_date FROM tasks WHERE id = $1`,
          [withMs],
        ],
        ['a task deleted', `DELETE FROM tasks WHERE id = $1`, [approvedTask]],
      ];
      for (const [label, sql, params] of changes) {
        await t.ds.query(sql, params);
        await expectStepsCurrent(`seed ${SEED}: ${label}`);
      }
      // the figures follow (the changes above went around the API: the revision is bumped by hand, and read by
      // a new session, as a session's lookup is reused for a second when no write went through the app)
      await t.ds.transaction((m) => bumpRevision(m, ws));
      const leader2 = await loginAs(t, 'ws-fast-leader');
      rows = await load(t, ws);
      for (const q of [
        {},
        { region: ['440000'] },
        { sector: ['energy'], measure: ['pilots', 'talent'] },
      ] as Filter[]) {
        const s: DashboardSummary = (await leader2.get(`/api/dashboard/summary?${query(q)}`).expect(200)).body;
        expect([SEED, q, s.trend]).toEqual([SEED, q, trend(rows.filter((r) => matches(r, q)))]);
      }
    });
  },
);
