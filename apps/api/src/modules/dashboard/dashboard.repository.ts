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

// kind 'mr': by measure (gm 0), by region (gr 0), total (both 1); kind 's': by sector (gm 1), by sector and
// measure (gm 0)
export type CountsRow = CountRow & {
  kind: 'mr' | 's';
  measure: string | null;
  region: string | null;
  sector: string | null;
  gm: number;
  gr: number;
};

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
    return `ft AS MATERIALIZED (
      SELECT t.id, t.measure_id, t.region_code, t.progress, t.status_state AS state, t.status_light AS light,
             ${reportMissingSql(`$${p}`, `$${s}::date`, `$${e}::date`)} AS missing
        FROM tasks t WHERE ${where})`;
  }

  // Every count of the summary in one statement over the filtered tasks, each task (and its missing-report
  // check) read once: by measure, by region and in total (kind 'mr'), by sector and by sector and measure
  // (kind 's').
  async counts(
    workspaceId: string,
    f: TaskFilterInput,
    w: PeriodWindow,
    m: EntityManager = this.dataSource.manager,
  ): Promise<CountsRow[]> {
    const params: unknown[] = [];
    return m.query(
      `WITH ${this.filtered(workspaceId, f, w, params)},
       fm AS (SELECT ft.*, m.code AS measure FROM ft JOIN measures m ON m.id = ft.measure_id)
       SELECT 'mr' AS kind, ft.measure, ft.region_code AS region, NULL AS sector,
              GROUPING(ft.measure)::int AS gm, GROUPING(ft.region_code)::int AS gr, ${COUNTS}
         FROM fm ft
        GROUP BY GROUPING SETS ((ft.measure), (ft.region_code), ())
       UNION ALL
       SELECT 's', ft.measure, NULL, ts.sector_code, GROUPING(ft.measure)::int, 1, ${COUNTS}
         FROM fm ft JOIN task_sectors ts ON ts.task_id = ft.id
        GROUP BY GROUPING SETS ((ts.sector_code), (ts.sector_code, ft.measure))`,
      params,
    );
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

  // The trend, from the steps kept per task and month in task_trend_steps (migration AddTaskTrendSteps says
  // what each column holds). Trend period k (0 = oldest) ends on e_k; a step in month m counts from the first
  // period whose end month is m or later (its bucket). Over the filtered tasks started by e_k:
  //   tasks: the started steps up to k;
  //   expected: computeScheduleStatus(today = e_k, no report).expected in tenths: the milestone steps up to k,
  //     plus, for a task without milestones and with a due date, the elapsed share of [start, due] at e_k,
  //     plus, for a long-term task without milestones (none expected), its actual instead;
  //   actual / completed: the approved-report steps up to k (the latest approved report of a period up to k).
  // dashboard-fast-path.e2e-spec checks every figure against computeScheduleStatus on random data, for both
  // reporting cadences.
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
    const firstEnd = monthIndex(periods[0].period);
    const bucket = (month: number) => (month <= firstEnd ? 0 : Math.ceil((month - firstEnd) / step));
    const params: unknown[] = [];
    const where = taskWhere(workspaceId, f, params);
    params.push(periods.map((x) => x.end));
    const ends = `$${params.length}::date[]`;
    // JavaScript's round1() (Math.round(x * 10) / 10) on a float8, as tenths
    const tenths = (x: string) => `floor((${x}) * 10 + 0.5)::int`;
    const rows: {
      kind: 'step' | 'level';
      k: number;
      n: string;
      ex: string;
      ac: string;
      dn: string;
      ao: string;
    }[] = await m.query(
      `SELECT 'step' AS kind, s.month AS k, sum(s.started)::int8 AS n, sum(s.expected_tenths)::int8 AS ex,
              sum(s.actual)::int8 AS ac, sum(s.completed)::int8 AS dn, sum(s.actual_only)::int8 AS ao
         FROM task_trend_steps s JOIN tasks t ON t.id = s.task_id
        WHERE ${where}
        GROUP BY s.month
       UNION ALL
       SELECT 'level', k, 0, sum(CASE
                WHEN t.due_date = t.start_date THEN CASE WHEN (${ends})[k + 1] >= t.due_date THEN 1000 ELSE 0 END
                ELSE ${tenths(`least(100, greatest(0, 100 * ((${ends})[k + 1] - t.start_date)::float8 / (t.due_date - t.start_date)))`)}
              END)::int8, 0, 0, 0
         FROM tasks t JOIN task_trend_steps s ON s.task_id = t.id AND s.elapsed
        CROSS JOIN generate_series(0, ${K - 1}) AS k
        WHERE ${where} AND t.start_date <= (${ends})[k + 1]
          GROUP BY k`,
      params,
    );
    const [n, inc, a, d, ao, level] = [...Array(6)].map(() => new Array<number>(K).fill(0));
    for (const r of rows) {
      if (r.kind === 'level') {
        level[r.k] += Number(r.ex);
        continue;
      }
      const b = bucket(r.k);
      if (b >= K) continue;
      n[b] += Number(r.n);
      inc[b] += Number(r.ex);
      a[b] += Number(r.ac);
      d[b] += Number(r.dn);
      ao[b] += Number(r.ao);
    }
    const acc = [0, 0, 0, 0, 0];
    return periods.map((x, k) => {
      const [N, INC, A, D, AO] = [n, inc, a, d, ao].map((arr, i) => (acc[i] += arr[k]));
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
