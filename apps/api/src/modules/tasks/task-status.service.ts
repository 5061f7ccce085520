import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
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
import { bumpRevision } from '../audit/workspace-revision';
import {
  workspaceToday,
  WorkspacesRepository,
  type WorkspaceSettings,
} from '../workspaces/workspaces.repository';
import { prepared } from '../../database/workspace-scope';

type TaskRow = {
  id: string;
  // the row version read: the daily refresh writes only if no one has written the row since
  xmin?: string;
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
// and once a day for everything (the status moves with the calendar): that daily pass runs in the
// background, off the request path, and writes only the rows whose status actually changed.
@Injectable()
export class TaskStatusService implements OnApplicationShutdown {
  private readonly logger = new Logger(TaskStatusService.name);
  private readonly freshDay = new Map<string, string>();
  private readonly running = new Map<string, Promise<void>>();
  private readonly unstamped = new Map<string, Promise<void>>();
  private stopping = false;

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

  // Every task of the workspace computed for today and the day marked done, inside the caller's transaction
  // (a bulk load: the seed).
  async stampWorkspace(manager: EntityManager, settings: WorkspaceSettings): Promise<void> {
    const today = workspaceToday(settings);
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM tasks WHERE workspace_id = $1 ORDER BY id`,
      [settings.id],
    );
    await this.refresh(
      manager,
      settings,
      rows.map((r) => r.id),
      today,
    );
    await markDay(manager, settings.id, today);
  }

  // Starts the day's refresh of the workspace when it has not run yet, and returns at once: until it ends,
  // readers see the statuses as of the last refresh (the task list and the dashboard read the same stored
  // columns, so they still agree with each other). Cheap after the first call of the day: one map lookup
  // (and reading the settings unless the caller has them — a request does, from its session lookup).
  async ensureFresh(workspaceId: string, settings?: WorkspaceSettings): Promise<void> {
    return this.ensureFreshWith(settings ?? (await this.workspaces.settings(workspaceId)));
  }

  // The same, waiting for the day's refresh to finish (a meeting about to freeze its snapshot).
  async ensureFreshAndWait(workspaceId: string): Promise<void> {
    return this.ensureFreshWith(await this.workspaces.settings(workspaceId), true);
  }

  // The same, for a caller that has just read the settings.
  async ensureFreshWith(settings: WorkspaceSettings, wait = false): Promise<void> {
    const workspaceId = settings.id;
    const today = workspaceToday(settings);
    if (this.freshDay.get(workspaceId) === today) return;
    // Rows written around the app (a seed, a bulk load) have never had a status: those are computed before
    // anyone reads them, and every caller waits for that.
    let first = this.unstamped.get(workspaceId);
    if (!first) {
      first = this.stampNew(settings, today).finally(() => this.unstamped.delete(workspaceId));
      this.unstamped.set(workspaceId, first);
    }
    await first;
    let job = this.running.get(workspaceId);
    if (!job) {
      job = this.refreshDay(settings, today)
        .catch((e) => this.logger.error(`daily status refresh failed: ${e instanceof Error ? e.stack : e}`))
        .finally(() => this.running.delete(workspaceId));
      this.running.set(workspaceId, job);
    }
    if (wait) await job;
  }

  private async stampNew(s: WorkspaceSettings, today: string): Promise<void> {
    for (;;) {
      const rows: { id: string }[] = await this.dataSource.query(
        `SELECT id FROM tasks WHERE workspace_id = $1 AND status_as_of IS NULL LIMIT ${BATCH}`,
        [s.id],
      );
      if (rows.length === 0) return;
      await this.dataSource.transaction(async (m) => {
        await this.refreshBatch(
          m,
          s,
          rows.map((r) => r.id),
          today,
        );
        await bumpRevision(m, s.id);
      });
    }
  }

  // A pass stops between batches on shutdown (the next start finishes it: the day is not marked done).
  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await Promise.all(
      [...this.unstamped.values(), ...this.running.values()].map((p) => p.catch(() => undefined)),
    );
  }

  // Every task of the workspace, a batch at a time in short transactions of their own (a writer waits on a
  // batch's changed rows for one batch at most). Another replica may do the same at the same moment: the
  // result is the same rows with the same values.
  private async refreshDay(s: WorkspaceSettings, today: string): Promise<void> {
    const [mark]: { asOf: string | null }[] = await this.dataSource.query(
      `SELECT to_char(status_as_of, 'YYYY-MM-DD') AS "asOf" FROM workspaces WHERE id = $1`,
      [s.id],
    );
    if (mark?.asOf !== today) {
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const ids: { id: string }[] = await this.dataSource.query(
          `SELECT id FROM tasks WHERE workspace_id = $1 AND id > $2::uuid ORDER BY id LIMIT ${BATCH}`,
          [s.id, after],
        );
        if (ids.length === 0) break;
        if (this.stopping) return;
        after = ids[ids.length - 1].id;
        await this.dataSource.transaction(async (m) => {
          const changed = await this.refreshBatch(
            m,
            s,
            ids.map((r) => r.id),
            today,
            true,
          );
          if (changed > 0) await bumpRevision(m, s.id);
        });
      }
      await markDay(this.dataSource.manager, s.id, today);
    }
    this.freshDay.set(s.id, today);
  }

  private async refreshBatch(
    m: EntityManager,
    s: WorkspaceSettings,
    ids: string[],
    today: string,
    onlyChanged = false,
  ): Promise<number> {
    if (ids.length === 0) return 0;
    const tasks: TaskRow[] = await m.query(
      prepared(`SELECT id, xmin::text AS xmin, to_char(start_date, 'YYYY-MM-DD') AS "startDate", to_char(due_date, 'YYYY-MM-DD') AS "dueDate", progress,
              reported_state AS "reportedState", latest_report_id IS NOT NULL AS "hasApproved",
              to_char(completed_on, 'YYYY-MM-DD') AS "completedOn"
         FROM tasks WHERE id = ANY($1::uuid[])`),
      [ids],
    );
    const milestones: (ScheduleMilestoneInput & { taskId: string })[] = await m.query(
      prepared(`SELECT task_id AS "taskId", to_char(due_date, 'YYYY-MM-DD') AS "dueDate", weight::float8 AS weight,
              to_char(done_date, 'YYYY-MM-DD') AS "doneDate"
         FROM milestones WHERE task_id = ANY($1::uuid[])`),
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
      xmin: [] as (string | undefined)[],
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
      out.xmin.push(t.xmin);
    }
    if (!onlyChanged) {
      const r: [unknown, number] = await m.query(
        prepared(`UPDATE tasks t SET status_expected = v.expected, status_gap = v.gap, status_days_late = v.late,
                status_state = v.state, status_light = v.light, status_as_of = $7::date
           FROM unnest($1::uuid[], $2::numeric[], $3::numeric[], $4::int[], $5::text[], $6::text[])
                AS v(id, expected, gap, late, state, light)
          WHERE t.id = v.id`),
        [out.id, out.expected, out.gap, out.late, out.state, out.light, today],
      );
      return Array.isArray(r) ? r[1] : 0;
    }
    // Only rows whose status moved, and only if no writer has changed the row since it was read (a writer
    // refreshes its own task's status in its own transaction, from data newer than this batch's).
    const r: [unknown, number] = await m.query(
      prepared(`UPDATE tasks t SET status_expected = v.expected, status_gap = v.gap, status_days_late = v.late,
              status_state = v.state, status_light = v.light, status_as_of = $7::date
         FROM unnest($1::uuid[], $2::numeric[], $3::numeric[], $4::int[], $5::text[], $6::text[], $8::text[])
              AS v(id, expected, gap, late, state, light, seen)
        WHERE t.id = v.id AND t.xmin::text = v.seen
          AND (t.status_expected, t.status_gap, t.status_days_late, t.status_state, t.status_light)
              IS DISTINCT FROM (v.expected, v.gap, v.late, v.state, v.light)`),
      [out.id, out.expected, out.gap, out.late, out.state, out.light, today, out.xmin],
    );
    return Array.isArray(r) ? r[1] : 0;
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
      prepared(`SELECT task_id AS "taskId", period FROM progress_reports
        WHERE task_id = ANY($1::uuid[]) AND status IN ('submitted', 'approved') AND period <= $2`),
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

// The workspace's statuses are computed for `today` (the daily pass need not run again).
const markDay = (m: EntityManager, workspaceId: string, today: string) =>
  m.query(`UPDATE workspaces SET status_as_of = $2::date WHERE id = $1`, [workspaceId, today]);
