import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  computeScheduleStatus,
  latestClosedPeriod,
  owesReport,
  periodDueDate,
  periodOf,
  previousPeriod,
  type ReportedState,
  type ScheduleMilestoneInput,
} from '@plan/contracts';
import {
  workspaceToday,
  WorkspacesRepository,
  type WorkspaceSettings,
} from '../workspaces/workspaces.repository';

type TaskRow = {
  id: string;
  startDate: string;
  dueDate: string | null;
  progress: number;
  reportedState: ReportedState;
  hasApproved: boolean;
  completedOn: string | null;
};

const BATCH = 2000;

// Keeps the stored schedule status (state, light, expected, gap, days late) equal to what
// computeScheduleStatus() says for the workspace's today. Called inside every write that can change it,
// and once a day for everything (the status moves with the calendar).
@Injectable()
export class TaskStatusService {
  private readonly freshDay = new Map<string, string>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly workspaces: WorkspacesRepository,
  ) {}

  async refresh(
    manager: EntityManager,
    settings: WorkspaceSettings,
    taskIds: string[],
    today = workspaceToday(settings),
  ): Promise<void> {
    for (let i = 0; i < taskIds.length; i += BATCH)
      await this.refreshBatch(manager, settings, taskIds.slice(i, i + BATCH), today);
  }

  // Cheap after the first call of the day: one map lookup.
  async ensureFresh(workspaceId: string): Promise<void> {
    const settings = await this.workspaces.settings(workspaceId);
    const today = workspaceToday(settings);
    if (this.freshDay.get(workspaceId) === today) return;
    await this.dataSource.transaction(async (m) => {
      // One refresher per workspace at a time; others read the rows as they are.
      const [{ locked }] = await m.query(`SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked`, [
        `status:${workspaceId}`,
      ]);
      if (!locked) return;
      for (;;) {
        const rows: { id: string }[] = await m.query(
          `SELECT id FROM tasks WHERE workspace_id = $1 AND status_as_of IS DISTINCT FROM $2::date LIMIT ${BATCH}`,
          [workspaceId, today],
        );
        if (rows.length === 0) break;
        await this.refreshBatch(
          m,
          settings,
          rows.map((r) => r.id),
          today,
        );
      }
      this.freshDay.set(workspaceId, today);
    });
  }

  private async refreshBatch(
    m: EntityManager,
    s: WorkspaceSettings,
    ids: string[],
    today: string,
  ): Promise<void> {
    if (ids.length === 0) return;
    const tasks: TaskRow[] = await m.query(
      `SELECT id, to_char(start_date, 'YYYY-MM-DD') AS "startDate", to_char(due_date, 'YYYY-MM-DD') AS "dueDate", progress,
              reported_state AS "reportedState", latest_report_id IS NOT NULL AS "hasApproved",
              to_char(completed_on, 'YYYY-MM-DD') AS "completedOn"
         FROM tasks WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    const milestones: (ScheduleMilestoneInput & { taskId: string })[] = await m.query(
      `SELECT task_id AS "taskId", to_char(due_date, 'YYYY-MM-DD') AS "dueDate", weight::float8 AS weight,
              to_char(done_date, 'YYYY-MM-DD') AS "doneDate"
         FROM milestones WHERE task_id = ANY($1::uuid[])`,
      [ids],
    );
    const byTask = new Map<string, ScheduleMilestoneInput[]>();
    for (const ms of milestones) {
      const list = byTask.get(ms.taskId) ?? [];
      list.push({ dueDate: ms.dueDate, weight: ms.weight, doneDate: ms.doneDate });
      byTask.set(ms.taskId, list);
    }
    const missing = await this.missingReportDueDates(
      m,
      s,
      tasks.filter((t) => t.dueDate === null && !byTask.has(t.id)),
      today,
    );
    const out = {
      id: [] as string[],
      expected: [] as (number | null)[],
      gap: [] as (number | null)[],
      late: [] as number[],
      state: [] as string[],
      light: [] as string[],
    };
    for (const t of tasks) {
      const status = computeScheduleStatus({
        today,
        startDate: t.startDate,
        dueDate: t.dueDate,
        milestones: byTask.get(t.id) ?? [],
        approved: t.hasApproved ? { progress: t.progress, reportedState: t.reportedState } : null,
        missingReportDueDate: missing.get(t.id) ?? null,
      });
      out.id.push(t.id);
      out.expected.push(status.expected);
      out.gap.push(status.gap);
      out.late.push(status.daysLate);
      out.state.push(status.state);
      out.light.push(status.light);
    }
    await m.query(
      `UPDATE tasks t SET status_expected = v.expected, status_gap = v.gap, status_days_late = v.late,
              status_state = v.state, status_light = v.light, status_as_of = $7::date
         FROM unnest($1::uuid[], $2::numeric[], $3::numeric[], $4::int[], $5::text[], $6::text[])
              AS v(id, expected, gap, late, state, light)
        WHERE t.id = v.id`,
      [out.id, out.expected, out.gap, out.late, out.state, out.light, today],
    );
  }

  // Long-term tasks without milestones are judged by their reports: the due date of the oldest period in
  // the unbroken run of missing reports that ends at the latest closed period.
  private async missingReportDueDates(
    m: EntityManager,
    s: WorkspaceSettings,
    tasks: TaskRow[],
    today: string,
  ): Promise<Map<string, string>> {
    const result = new Map<string, string>();
    if (tasks.length === 0) return result;
    const closed = latestClosedPeriod(today, s.cadence, s.dueDay);
    const rows: { taskId: string; period: string }[] = await m.query(
      `SELECT task_id AS "taskId", period FROM progress_reports
        WHERE task_id = ANY($1::uuid[]) AND status IN ('submitted', 'approved') AND period <= $2`,
      [tasks.map((t) => t.id), closed],
    );
    const reported = new Set(rows.map((r) => `${r.taskId}|${r.period}`));
    for (const t of tasks) {
      let oldestMissing: string | null = null;
      const first = periodOf(t.startDate, s.cadence);
      for (let p = closed; p >= first; p = previousPeriod(p, s.cadence)) {
        if (reported.has(`${t.id}|${p}`) || !owesReport(t, p, s.cadence)) break;
        oldestMissing = p;
      }
      if (oldestMissing) result.set(t.id, periodDueDate(oldestMissing, s.cadence, s.dueDay));
    }
    return result;
  }
}
