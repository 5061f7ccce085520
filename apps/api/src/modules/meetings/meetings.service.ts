import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  compareSnapshots,
  latestClosedPeriod,
  periodEnd,
  periodStart,
  type MeetingChanges,
  type MeetingDetail,
  type MeetingView,
  type TaskDetail,
  type TaskSnapshotRow,
} from '@plan/contracts';
import { AppException } from '../../common/app.exception';
import { notFound as notFoundOf } from '../access/not-found';
import { RequestContext } from '../../common/request-context';
import { actorOf } from '../audit/audit-actor';
import { AuditService } from '../audit/audit.service';
import { DashboardService } from '../dashboard/dashboard.service';
import { CreateTaskDto } from '../tasks/dto/create-task.dto';
import type { TaskFilterInput } from '../tasks/task-filter.sql';
import { TaskStatusService } from '../tasks/task-status.service';
import { TasksService } from '../tasks/tasks.service';
import {
  workspaceToday,
  WorkspacesRepository,
  type WorkspaceSettings,
} from '../workspaces/workspaces.repository';
import { CreateMeetingDto } from './dto/meeting.dto';
import { SnapshotRepository, type MissingWindow, type RowCursor } from './snapshot.repository';

const VIEW = `mt.id, mt.title, to_char(mt.held_on, 'YYYY-MM-DD') AS "heldOn", to_char(mt.as_of, 'YYYY-MM-DD') AS "asOf",
  mt.frozen_at AS "frozenAt", mt.task_count AS "taskCount", pc.id AS "creatorId", pc.display_name AS "creatorName",
  (SELECT count(*)::int FROM tasks d WHERE d.source_meeting_id = mt.id) AS "decisionCount"`;

const PAGE = 2000;

const notFound = notFoundOf.meeting;

function toView(r: Record<string, unknown>): MeetingView {
  return {
    id: r.id as string,
    title: r.title as string,
    heldOn: r.heldOn as string,
    asOf: r.asOf as string,
    frozenAt: new Date(r.frozenAt as string).toISOString(),
    taskCount: r.taskCount as number,
    createdBy: r.creatorId ? { id: r.creatorId as string, displayName: r.creatorName as string } : null,
    decisionCount: r.decisionCount as number,
  };
}

export const missingWindow = (s: WorkspaceSettings, today: string): MissingWindow => {
  const period = latestClosedPeriod(today, s.cadence, s.dueDay);
  return { period, start: periodStart(period, s.cadence), end: periodEnd(period, s.cadence) };
};

@Injectable()
export class MeetingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly snapshots: SnapshotRepository,
    private readonly dashboard: DashboardService,
    private readonly status: TaskStatusService,
    private readonly workspaces: WorkspacesRepository,
    private readonly tasks: TasksService,
    private readonly audit: AuditService,
  ) {}

  // Freezes every dashboard figure and every task in one REPEATABLE READ transaction, so the
  // figures and the rows are of the same instant.
  async create(ctx: RequestContext, dto: CreateMeetingDto): Promise<MeetingDetail> {
    const ws = ctx.user.workspaceId;
    const title = dto.title.trim();
    if (!title)
      throw new AppException('VALIDATION_FAILED', {
        zh: '请求内容有误：字段 title 不能为空',
        en: 'Invalid request: Field "title" must not be empty',
      });
    await this.status.ensureFreshAndWait(ws);
    const id = await this.dataSource.transaction('REPEATABLE READ', async (m) => {
      const settings = await this.workspaces.settings(ws, m);
      const today = workspaceToday(settings);
      const summary = await this.dashboard.summaryWith(m, ws, {});
      const [{ id }] = await m.query(
        `INSERT INTO meetings (workspace_id, title, held_on, as_of, summary, task_count, created_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          ws,
          dto.title.trim(),
          dto.heldOn ?? today,
          today,
          JSON.stringify(summary),
          summary.totals.tasks,
          ctx.user.id,
        ],
      );
      const frozen = await this.snapshots.freeze(m, id, ws, missingWindow(settings, today));
      if (frozen !== summary.totals.tasks)
        throw new Error(`snapshot of ${frozen} tasks, summary of ${summary.totals.tasks}`);
      await this.audit.record(m, actorOf(ctx), {
        action: 'meeting.create',
        entity: 'meeting',
        entityId: id,
        after: { title, heldOn: dto.heldOn ?? today, asOf: today, taskCount: frozen },
      });
      return id as string;
    });
    return this.get(ctx, id);
  }

  async list(ctx: RequestContext): Promise<MeetingView[]> {
    const rows = await this.dataSource.query(
      `SELECT ${VIEW} FROM meetings mt LEFT JOIN people pc ON pc.id = mt.created_by_id
        WHERE mt.workspace_id = $1 ORDER BY mt.held_on DESC, mt.frozen_at DESC`,
      [ctx.user.workspaceId],
    );
    return rows.map(toView);
  }

  async get(
    ctx: RequestContext,
    id: string,
    m: EntityManager = this.dataSource.manager,
  ): Promise<MeetingDetail> {
    const rows = await m.query(
      `SELECT ${VIEW}, mt.summary,
              (SELECT prev.id FROM meetings prev WHERE prev.workspace_id = mt.workspace_id AND prev.id <> mt.id
                  AND prev.frozen_at < mt.frozen_at
                ORDER BY prev.frozen_at DESC LIMIT 1) AS "previousMeetingId"
         FROM meetings mt LEFT JOIN people pc ON pc.id = mt.created_by_id
        WHERE mt.workspace_id = $1 AND mt.id = $2`,
      [ctx.user.workspaceId, id],
    );
    if (!rows[0]) throw notFound();
    return { ...toView(rows[0]), summary: rows[0].summary, previousMeetingId: rows[0].previousMeetingId };
  }

  // From the previous meeting (or `since`) to this one.
  async changes(ctx: RequestContext, id: string, since?: string): Promise<MeetingChanges> {
    const to = await this.get(ctx, id);
    const fromId = since ?? to.previousMeetingId;
    if (!fromId)
      throw new AppException('MEETING_NO_PREVIOUS', {
        zh: '没有更早的调度会可供比较',
        en: 'There is no earlier meeting to compare with',
      });
    const from = await this.get(ctx, fromId);
    const result = compareSnapshots(
      await this.allRows(ctx, { meetingId: from.id }),
      await this.allRows(ctx, { meetingId: to.id }),
    );
    return {
      from: { meetingId: from.id, title: from.title, asOf: from.asOf },
      to: { meetingId: to.id, title: to.title, asOf: to.asOf },
      ...result,
    };
  }

  // From a meeting (default: the latest) to now.
  async changesToNow(ctx: RequestContext, since?: string): Promise<MeetingChanges> {
    const fromId = since ?? (await this.latestFrozen(ctx));
    if (!fromId)
      throw new AppException('MEETING_NOT_FOUND', { zh: '还没有调度会', en: 'There is no meeting yet' });
    const from = await this.get(ctx, fromId);
    const live = await this.liveSource(ctx);
    const result = compareSnapshots(
      await this.allRows(ctx, { meetingId: from.id }),
      await this.allRows(ctx, live),
    );
    return {
      from: { meetingId: from.id, title: from.title, asOf: from.asOf },
      to: { meetingId: null, title: null, asOf: live.today },
      ...result,
    };
  }

  private async latestFrozen(ctx: RequestContext): Promise<string | undefined> {
    const rows = await this.dataSource.query(
      `SELECT id FROM meetings WHERE workspace_id = $1 ORDER BY frozen_at DESC LIMIT 1`,
      [ctx.user.workspaceId],
    );
    return rows[0]?.id;
  }

  async decide(ctx: RequestContext, id: string, dto: CreateTaskDto): Promise<TaskDetail> {
    await this.get(ctx, id);
    return this.tasks.create(ctx, dto, id);
  }

  // Rows for documents and pages: a meeting's frozen rows, or the live ones (status refreshed first).
  async *rows(
    ctx: RequestContext,
    f: TaskFilterInput,
    meetingId: string | null,
  ): AsyncGenerator<TaskSnapshotRow[]> {
    const source = meetingId
      ? { meetingId: (await this.get(ctx, meetingId)).id }
      : await this.liveSource(ctx);
    let after: RowCursor = null;
    for (;;) {
      const page = await this.snapshots.page(ctx.user.workspaceId, f, source, after, PAGE);
      if (page.length === 0) return;
      yield page;
      if (page.length < PAGE) return;
      const last = page[page.length - 1];
      after = { measureCode: last.measureCode, code: last.code };
    }
  }

  private async allRows(
    ctx: RequestContext,
    source: { meetingId: string } | { missing: MissingWindow },
  ): Promise<TaskSnapshotRow[]> {
    const out: TaskSnapshotRow[] = [];
    let after: RowCursor = null;
    for (;;) {
      const page = await this.snapshots.page(ctx.user.workspaceId, {}, source, after, PAGE);
      out.push(...page);
      if (page.length < PAGE) return out;
      after = { measureCode: page[page.length - 1].measureCode, code: page[page.length - 1].code };
    }
  }

  private async liveSource(ctx: RequestContext): Promise<{ missing: MissingWindow; today: string }> {
    await this.status.ensureFresh(ctx.user.workspaceId, ctx.workspace?.settings);
    const settings = await this.workspaces.settings(ctx.user.workspaceId);
    const today = workspaceToday(settings);
    return { missing: missingWindow(settings, today), today };
  }
}
