import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { StateCounts, TaskListItem } from '@plan/contracts';
import { reportMissingSql, taskWhere, type TaskFilterInput } from '../tasks/task-filter.sql';
import { LIST_COLUMNS, LIST_JOINS, toTaskListItem } from '../tasks/tasks.repository';

export type PeriodWindow = { period: string; start: string; end: string };

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

  // Per task: start, due and milestones (for expected progress at each month end) and the approved
  // progress by period (for actual progress at each month end).
  async trendInputs(workspaceId: string, f: TaskFilterInput, m: EntityManager = this.dataSource.manager) {
    const params: unknown[] = [];
    const where = taskWhere(workspaceId, f, params);
    const tasks: {
      id: string;
      startDate: string;
      dueDate: string | null;
      milestones: { dueDate: string; weight: number; doneDate: string | null }[] | null;
      reports: { period: string; progress: number; completed: boolean }[] | null;
    }[] = await m.query(
      `SELECT t.id, to_char(t.start_date, 'YYYY-MM-DD') AS "startDate", to_char(t.due_date, 'YYYY-MM-DD') AS "dueDate",
                (SELECT json_agg(json_build_object('dueDate', to_char(ms.due_date, 'YYYY-MM-DD'), 'weight', ms.weight::float8, 'doneDate', NULL))
                   FROM milestones ms WHERE ms.task_id = t.id) AS milestones,
                (SELECT json_agg(json_build_object('period', pr.period, 'progress', pr.progress, 'completed', pr.reported_state = 'completed')
                                 ORDER BY pr.period, pr.reviewed_at)
                   FROM progress_reports pr WHERE pr.task_id = t.id AND pr.status = 'approved') AS reports
           FROM tasks t WHERE ${where}`,
      params,
    );
    return tasks;
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
