import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ProgressReportView, TaskListItem } from '@plan/contracts';
import { REPORT_COLUMNS, REPORT_JOINS, toReportView } from '../reports/report.mapper';
import { owesReportSql, taskWhere, type TaskFilterInput } from '../tasks/task-filter.sql';
import { LIST_COLUMNS, LIST_JOINS, toTaskListItem } from '../tasks/tasks.repository';

export type PeriodSpan = { period: string; start: string; end: string; due: string };

export type MatrixRow = {
  unitId: string;
  period: string;
  owed: number;
  onTime: number;
  late: number;
  missing: number;
  returned: number;
  pending: number;
};

@Injectable()
export class ReportingRepository {
  constructor(private readonly dataSource: DataSource) {}

  async tasksOwing(workspaceId: string, unitId: string, p: PeriodSpan): Promise<TaskListItem[]> {
    const rows = await this.dataSource.query(
      `SELECT ${LIST_COLUMNS} ${LIST_JOINS}
        WHERE t.workspace_id = $1 AND t.lead_unit_id = $2 AND ${owesReportSql('$3::date', '$4::date')}
        ORDER BY t.code`,
      [workspaceId, unitId, p.start, p.end],
    );
    return rows.map(toTaskListItem);
  }

  // Per task, its live report for the period, or the latest returned one when there is no live one.
  async reportsFor(taskIds: string[], period: string): Promise<Map<string, ProgressReportView>> {
    const rows = await this.dataSource.query(
      `SELECT DISTINCT ON (pr.task_id) ${REPORT_COLUMNS} ${REPORT_JOINS}
        WHERE pr.task_id = ANY($1::uuid[]) AND pr.period = $2
        ORDER BY pr.task_id, (pr.status = 'returned'), pr.created_at DESC`,
      [taskIds, period],
    );
    return new Map(rows.map((r: Record<string, unknown>) => [r.taskId as string, toReportView(r)]));
  }

  async reviewQueue(
    workspaceId: string,
    unitId: string | null,
  ): Promise<{ report: ProgressReportView; task: TaskListItem }[]> {
    const reports = await this.dataSource.query(
      `SELECT ${REPORT_COLUMNS} ${REPORT_JOINS} JOIN tasks t ON t.id = pr.task_id
        WHERE pr.workspace_id = $1 AND pr.status = 'submitted' AND t.archived_at IS NULL
          AND ($2::uuid IS NULL OR t.lead_unit_id = $2)
        ORDER BY pr.submitted_at, pr.id LIMIT 500`,
      [workspaceId, unitId],
    );
    if (reports.length === 0) return [];
    const tasks = await this.dataSource.query(
      `SELECT ${LIST_COLUMNS} ${LIST_JOINS} WHERE t.id = ANY($1::uuid[])`,
      [[...new Set(reports.map((r: { taskId: string }) => r.taskId))]],
    );
    const byId = new Map(tasks.map((t: Record<string, unknown>) => [t.id as string, toTaskListItem(t)]));
    return reports.map((r: Record<string, unknown>) => ({
      report: toReportView(r),
      task: byId.get(r.taskId as string) as TaskListItem,
    }));
  }

  async matrix(
    workspaceId: string,
    f: TaskFilterInput,
    spans: PeriodSpan[],
    today: string,
    timezone: string,
  ): Promise<MatrixRow[]> {
    const params: unknown[] = [];
    const where = taskWhere(workspaceId, f, params);
    const at = params.length;
    params.push(
      spans.map((s) => s.period),
      spans.map((s) => s.start),
      spans.map((s) => s.end),
      spans.map((s) => s.due),
      today,
      timezone,
    );
    const [pp, ps, pe, pd, pt, tz] = [1, 2, 3, 4, 5, 6].map((i) => `$${at + i}`);
    return this.dataSource.query(
      `WITH p AS (SELECT * FROM unnest(${pp}::text[], ${ps}::date[], ${pe}::date[], ${pd}::date[]) AS p(period, pstart, pend, due)),
       owed AS (
         SELECT t.id, t.lead_unit_id, p.period, p.due FROM tasks t JOIN p ON ${owesReportSql('p.pstart', 'p.pend')} WHERE ${where}),
       st AS (
         SELECT o.lead_unit_id, o.period, o.due,
                (SELECT min(pr.submitted_at) FROM progress_reports pr
                  WHERE pr.task_id = o.id AND pr.period = o.period AND pr.status IN ('submitted', 'approved')) AS submitted_at,
                EXISTS (SELECT 1 FROM progress_reports pr WHERE pr.task_id = o.id AND pr.period = o.period AND pr.status = 'returned') AS returned
           FROM owed o)
       SELECT lead_unit_id AS "unitId", period, count(*)::int AS owed,
              count(*) FILTER (WHERE submitted_at IS NOT NULL AND (submitted_at AT TIME ZONE ${tz})::date <= due)::int AS "onTime",
              count(*) FILTER (WHERE submitted_at IS NOT NULL AND (submitted_at AT TIME ZONE ${tz})::date > due)::int AS late,
              count(*) FILTER (WHERE submitted_at IS NULL AND returned)::int AS returned,
              count(*) FILTER (WHERE submitted_at IS NULL AND NOT returned AND due < ${pt}::date)::int AS missing,
              count(*) FILTER (WHERE submitted_at IS NULL AND NOT returned AND due >= ${pt}::date)::int AS pending
         FROM st GROUP BY lead_unit_id, period`,
      params,
    );
  }

  async units(workspaceId: string, ids: string[]) {
    return this.dataSource.query(
      `SELECT id, name_zh AS "nameZh", name_en AS "nameEn", region_code AS "regionCode" FROM units
        WHERE workspace_id = $1 AND id = ANY($2::uuid[]) ORDER BY region_code, code`,
      [workspaceId, ids],
    );
  }

  // Tasks owing the period's report with nothing submitted or approved yet, in the given units (or all).
  async missing(m: EntityManager, workspaceId: string, p: PeriodSpan, unitIds: string[] | null) {
    return m.query(
      `SELECT t.id, t.code, t.title, t.responsible_person_id AS "personId"
         FROM tasks t JOIN people pe ON pe.id = t.responsible_person_id AND pe.active
        WHERE t.workspace_id = $1 AND ${owesReportSql('$2::date', '$3::date')}
          AND ($5::uuid[] IS NULL OR t.lead_unit_id = ANY($5::uuid[]))
          AND NOT EXISTS (SELECT 1 FROM progress_reports pr WHERE pr.task_id = t.id AND pr.period = $4
                            AND pr.status IN ('submitted', 'approved'))
        ORDER BY t.code`,
      [workspaceId, p.start, p.end, p.period, unitIds],
    ) as Promise<{ id: string; code: string; title: string; personId: string }[]>;
  }
}
