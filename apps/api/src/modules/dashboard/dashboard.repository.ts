import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { StateCounts, TaskListItem } from '@plan/contracts';
import { reportMissingSql, taskWhere, type TaskFilterInput } from '../tasks/task-filter.sql';
import { LIST_COLUMNS, LIST_JOINS, toTaskListItem } from '../tasks/tasks.repository';

export type PeriodWindow = { period: string; start: string; end: string };

// Sums per trend period: the service turns them into averages.
export type TrendRow = {
  period: string;
  tasks: number;
  expectedTenths: number;
  actualSum: number;
  completed: number;
};

type CountRow = Omit<StateCounts, never> & { green: number; yellow: number; red: number; grey: number };

// Counts per schedule state over the filtered tasks (ft); the same expressions for every grouping.
const COUNTS = `
  count(*)::int AS tasks,
  count(*) FILTER (WHERE ft.state = 'completed')::int AS completed,
  count(*) FILTER (WHERE ft.state = 'ahead')::int AS ahead,
  count(*) FILTER (WHERE ft.state = 'on_track')::int AS "onTrack",
  count(*) FILTER (WHERE ft.state = 'behind')::int AS behind,
  count(*) FILTER (WHERE ft.state = 'overdue')::int AS overdue,
  count(*) FILTER (WHERE ft.state = 'not_started')::int AS "notStarted",
  count(*) FILTER (WHERE ft.state = 'suspended')::int AS suspended,
  count(*) FILTER (WHERE ft.missing)::int AS "reportsMissing",
  COALESCE(round(avg(ft.progress), 1), 0)::float8 AS "averageProgress",
  count(*) FILTER (WHERE ft.light = 'green')::int AS green,
  count(*) FILTER (WHERE ft.light = 'yellow')::int AS yellow,
  count(*) FILTER (WHERE ft.light = 'red')::int AS red,
  count(*) FILTER (WHERE ft.light = 'grey')::int AS grey`;

@Injectable()
export class DashboardRepository {
  constructor(private readonly dataSource: DataSource) {}

  private filtered(workspaceId: string, f: TaskFilterInput, w: PeriodWindow, params: unknown[]): string {
    const where = taskWhere(workspaceId, f, params);
    params.push(w.period, w.start, w.end);
    const [p, s, e] = [params.length - 2, params.length - 1, params.length];
    return `ft AS (
      SELECT t.id, t.measure_id, t.region_code, t.progress, t.status_state AS state, t.status_light AS light,
             ${reportMissingSql(`$${p}`, `$${s}::date`, `$${e}::date`)} AS missing
        FROM tasks t WHERE ${where})`;
  }

  async byMeasureAndRegion(
    workspaceId: string,
    f: TaskFilterInput,
    w: PeriodWindow,
    m: EntityManager = this.dataSource.manager,
  ) {
    const params: unknown[] = [];
    const rows: (CountRow & { measure: string | null; region: string | null; gm: number; gr: number })[] =
      await m.query(
        `WITH ${this.filtered(workspaceId, f, w, params)}
       SELECT m.code AS measure, ft.region_code AS region, GROUPING(m.code)::int AS gm, GROUPING(ft.region_code)::int AS gr, ${COUNTS}
         FROM ft JOIN measures m ON m.id = ft.measure_id
        GROUP BY GROUPING SETS ((m.code), (ft.region_code), ())`,
        params,
      );
    return rows;
  }

  async bySector(
    workspaceId: string,
    f: TaskFilterInput,
    w: PeriodWindow,
    m: EntityManager = this.dataSource.manager,
  ) {
    const params: unknown[] = [];
    const rows: (CountRow & { sector: string; measure: string | null; gm: number })[] = await m.query(
      `WITH ${this.filtered(workspaceId, f, w, params)}
       SELECT ts.sector_code AS sector, m.code AS measure, GROUPING(m.code)::int AS gm, ${COUNTS}
         FROM ft JOIN task_sectors ts ON ts.task_id = ft.id JOIN measures m ON m.id = ft.measure_id
        GROUP BY GROUPING SETS ((ts.sector_code), (ts.sector_code, m.code))`,
      params,
    );
    return rows;
  }

  async measures(
    workspaceId: string,
    m: EntityManager = this.dataSource.manager,
  ): Promise<{ code: string; nameZh: string; nameEn: string }[]> {
    return m.query(
      `SELECT code, name_zh AS "nameZh", name_en AS "nameEn" FROM measures WHERE workspace_id = $1 ORDER BY sort_order`,
      [workspaceId],
    );
  }

  async regions(
    m: EntityManager = this.dataSource.manager,
  ): Promise<{ code: string; nameZh: string; nameEn: string }[]> {
    return m.query(`SELECT code, name_zh AS "nameZh", name_en AS "nameEn" FROM regions ORDER BY sort_order`);
  }

  async sectors(
    m: EntityManager = this.dataSource.manager,
  ): Promise<{ code: string; nameZh: string; nameEn: string }[]> {
    return m.query(`SELECT code, name_zh AS "nameZh", name_en AS "nameEn" FROM sectors ORDER BY sort_order`);
  }

  // The trend without per-task rows leaving the database. Trend period k (0 = oldest) ends on e_k; every
  // date and period maps to the first k that includes it (its bucket), so "by the end of period k" is an
  // integer comparison. Over the filtered tasks started by e_k:
  //   expected: computeScheduleStatus(today = e_k, no report).expected in tenths (Math.round(x * 10)): with
  //     milestones the weight share due by e_k, else the elapsed share of [start, due]; a long-term task
  //     without milestones has none and counts its actual instead;
  //   actual: progress of the latest approved report of a period up to k (0 without one);
  //   completed: that report says completed.
  // Actual and completed are sums of the steps from one approved report of a task to the next (a task has
  // at most one approved report per period: the live-report unique index), bucketed by the later of the
  // report's and the task's start bucket and accumulated here; expected is per task, one column per period.
  // dashboard-fast-path.e2e-spec checks every figure against computeScheduleStatus on random data.
  async trend(
    workspaceId: string,
    f: TaskFilterInput,
    periods: { period: string; end: string }[],
    cadence: 'month' | 'quarter',
    m: EntityManager = this.dataSource.manager,
  ): Promise<TrendRow[]> {
    const K = periods.length;
    const monthIndex = (p: string) => Number(p.slice(0, 4)) * 12 + Number(p.slice(5, 7)) - 1;
    const step = cadence === 'quarter' ? 3 : 1;
    // the first trend period's months are all bucket 0: count from its first month
    const first = monthIndex(periods[0].period) - step + 1;
    const bucket = (month: string) => `((greatest(0, (${month}) - ${first}) + ${step - 1}) / ${step})`;
    const dateMonth = (d: string) =>
      `(extract(year FROM ${d})::int * 12 + extract(month FROM ${d})::int - 1)`;
    const periodMonth = (p: string) => `(substr(${p}, 1, 4)::int * 12 + substr(${p}, 6, 2)::int - 1)`;
    const ks = [...Array(K).keys()];
    // With no narrowing filter, milestones and reports are read whole in (task, date) index order, which
    // needs no sort; under a filter, only the filtered tasks' rows, found by task.
    const narrow = Object.values(f).some((v) =>
      Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null && v !== '',
    );
    const ofFt = (table: string, params: unknown[]) =>
      narrow
        ? `${table}.task_id IN (SELECT id FROM ft)`
        : `${table}.workspace_id = $${params.indexOf(workspaceId) + 1}`;

    const ftFor = (params: unknown[]) => `ft AS MATERIALIZED (
         SELECT t.id, t.start_date, t.due_date, ${bucket(dateMonth('t.start_date'))} AS sb,
                EXISTS (SELECT 1 FROM milestones x WHERE x.task_id = t.id) AS has_ms
           FROM tasks t WHERE ${taskWhere(workspaceId, f, params)})`;
    // JavaScript's round1() (Math.round(x * 10) / 10) on a float8, as tenths
    const tenths = (x: string) => `floor((${x}) * 10 + 0.5)::int`;

    // 1. Expected. With milestones it is a step function of the weight due so far: each milestone (in due
    //    order) adds the change it makes to the task's rounded share, from its bucket on. Without milestones
    //    and with a due date, the elapsed share per period (few tasks). Plus the tasks started per bucket.
    const p1: unknown[] = [];
    const ft1 = ftFor(p1);
    p1.push(periods.map((x) => x.end));
    const ends = `$${p1.length}::date[]`;
    const expected: { kind: 'inc' | 'level' | 'n'; k: number; v: string }[] = await m.query(
      `WITH ${ft1},
       ms AS (
         SELECT task_id, ${bucket(dateMonth('due_date'))} AS b,
                COALESCE(sum(weight) OVER (PARTITION BY task_id ORDER BY due_date, id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)::float8 AS before,
                sum(weight) OVER (PARTITION BY task_id ORDER BY due_date, id ROWS UNBOUNDED PRECEDING)::float8 AS upto,
                sum(weight) OVER (PARTITION BY task_id)::float8 AS total
           FROM milestones WHERE ${ofFt('milestones', p1)}),
       inc AS (
         SELECT greatest(ms.b, ft.sb) AS k,
                ${tenths('100 * ms.upto / ms.total')} - ${tenths('100 * ms.before / ms.total')} AS dx
           FROM ms JOIN ft ON ft.id = ms.task_id),
       level AS (
         SELECT k, CASE
                  WHEN ft.due_date = ft.start_date THEN CASE WHEN (${ends})[k + 1] >= ft.due_date THEN 1000 ELSE 0 END
                  ELSE ${tenths(`least(100, greatest(0, 100 * ((${ends})[k + 1] - ft.start_date)::float8 / (ft.due_date - ft.start_date)))`)}
                END AS x
           FROM ft CROSS JOIN generate_series(0, ${K - 1}) AS k
          WHERE NOT ft.has_ms AND ft.due_date IS NOT NULL AND k >= ft.sb)
       SELECT 'inc' AS kind, k, sum(dx)::text AS v FROM inc WHERE k < ${K} GROUP BY k
       UNION ALL SELECT 'level', k, sum(x)::text FROM level GROUP BY k
       UNION ALL SELECT 'n', sb, count(*)::text FROM ft WHERE sb < ${K} GROUP BY sb`,
      p1,
    );

    // 2. Actual and completed: the steps from one approved report of a task to the next, in period order.
    //    A long-term task without milestones has no expected progress and counts its actual instead (ao).
    const p2: unknown[] = [];
    const ft2 = ftFor(p2);
    const steps: { b: number; a: string; d: string; ao: string }[] = await m.query(
      `WITH ${ft2},
       steps AS (
         SELECT pr.task_id, ${bucket(periodMonth('pr.period'))} AS rb,
                pr.progress - COALESCE(lag(pr.progress) OVER w, 0) AS dp,
                (pr.reported_state = 'completed')::int - COALESCE(lag((pr.reported_state = 'completed')::int) OVER w, 0) AS dc
           FROM progress_reports pr
          WHERE pr.status = 'approved' AND ${ofFt('pr', p2)}
         WINDOW w AS (PARTITION BY pr.task_id ORDER BY pr.period))
       SELECT greatest(steps.rb, ft.sb) AS b, sum(dp)::int8 AS a, sum(dc)::int8 AS d,
              COALESCE(sum(dp) FILTER (WHERE NOT ft.has_ms AND ft.due_date IS NULL), 0)::int8 AS ao
         FROM steps JOIN ft ON ft.id = steps.task_id
        WHERE greatest(steps.rb, ft.sb) < ${K}
        GROUP BY 1`,
      p2,
    );
    const [a, d, ao, inc, level, n] = ks.map(() => new Array(K).fill(0));
    for (const r of steps) {
      a[r.b] += Number(r.a);
      d[r.b] += Number(r.d);
      ao[r.b] += Number(r.ao);
    }
    for (const r of expected) ({ inc, level, n })[r.kind][r.k] += Number(r.v);
    const acc = [0, 0, 0, 0, 0];
    return periods.map((x, k) => {
      const [A, D, AO, INC, N] = [a, d, ao, inc, n].map((arr, i) => (acc[i] += arr[k]));
      return {
        period: x.period,
        tasks: N,
        expectedTenths: INC + level[k] + 10 * AO,
        actualSum: A,
        completed: D,
      };
    });
  }

  async upcomingMilestones(
    workspaceId: string,
    f: TaskFilterInput,
    from: string,
    to: string,
    limit: number,
    m: EntityManager = this.dataSource.manager,
  ) {
    const params: unknown[] = [];
    const where = taskWhere(workspaceId, f, params);
    params.push(from, to);
    return m.query(
      `SELECT ms.id, ms.title, to_char(ms.due_date, 'YYYY-MM-DD') AS "dueDate", (ms.due_date - $${params.length - 1}::date)::int AS "daysLeft",
              t.id AS "taskId", t.code AS "taskCode", t.title AS "taskTitle",
              u.id AS "unitId", u.name_zh AS "unitNameZh", u.name_en AS "unitNameEn"
         FROM milestones ms JOIN tasks t ON t.id = ms.task_id JOIN units u ON u.id = t.lead_unit_id
        WHERE ${where} AND ms.done_date IS NULL AND ms.due_date BETWEEN $${params.length - 1}::date AND $${params.length}::date
        ORDER BY ms.due_date, t.code, ms.id
        LIMIT ${limit}`,
      params,
    );
  }

  async behind(
    workspaceId: string,
    f: TaskFilterInput,
    limit: number,
    m: EntityManager = this.dataSource.manager,
  ): Promise<TaskListItem[]> {
    const lagging = (f.state ?? ['behind', 'overdue']).filter((s) => s === 'behind' || s === 'overdue');
    if (lagging.length === 0) return [];
    const params: unknown[] = [];
    const where = taskWhere(workspaceId, { ...f, state: lagging }, params);
    const rows = await m.query(
      `SELECT ${LIST_COLUMNS} ${LIST_JOINS}
        WHERE ${where}
        ORDER BY t.status_days_late DESC, t.status_gap DESC NULLS LAST, t.code
        LIMIT ${limit}`,
      params,
    );
    return rows.map(toTaskListItem);
  }
}
