import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { isPeriodForCadence, periodOf, type ProgressReportView } from '@plan/contracts';
import { AppException } from '../../common/app.exception';
import { notFound as notFoundOf } from '../access/not-found';
import { RequestContext } from '../../common/request-context';
import { actorOf } from '../audit/audit-actor';
import { AuditService } from '../audit/audit.service';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { TaskStatusService } from '../tasks/task-status.service';
import { taskNotFound } from '../tasks/tasks.exception';
import { TasksService } from '../tasks/tasks.service';
import {
  workspaceToday,
  WorkspacesRepository,
  type WorkspaceSettings,
} from '../workspaces/workspaces.repository';
import { CreateReportDto, ReviewDto, UpdateReportDto } from './dto/report.dto';
import { REPORT_COLUMNS, REPORT_JOINS, toReportView } from './report.mapper';
import { prepared } from '../../database/workspace-scope';

const notFound = notFoundOf.report;
const immutable = (current: ProgressReportView) =>
  new AppException(
    'REPORT_IMMUTABLE',
    {
      zh: '已审核通过的报告不可修改，如需更正请提交新的报告',
      en: 'An approved report cannot change; file a new report to correct it',
    },
    { current },
  );
const wrongState = (current: ProgressReportView, zh: string, en: string) =>
  new AppException('REPORT_STATE_INVALID', { zh, en }, { current });

type ReportContent = Pick<ProgressReportView, 'reportedState' | 'progress' | 'suspendedReason'>;

const FIND = `SELECT ${REPORT_COLUMNS} ${REPORT_JOINS} WHERE pr.id = $1 AND pr.workspace_id = $2`;
const FIND_FOR_UPDATE = `${FIND} FOR UPDATE OF pr`;

@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tasks: TasksService,
    private readonly status: TaskStatusService,
    private readonly workspaces: WorkspacesRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsRepository,
  ) {}

  async listForTask(ctx: RequestContext, taskId: string): Promise<ProgressReportView[]> {
    const exists = await this.dataSource.query(`SELECT 1 FROM tasks WHERE id = $1 AND workspace_id = $2`, [
      taskId,
      ctx.user.workspaceId,
    ]);
    if (!exists.length) throw taskNotFound();
    const rows = await this.dataSource.query(
      `SELECT ${REPORT_COLUMNS} ${REPORT_JOINS} WHERE pr.task_id = $1 ORDER BY pr.period DESC, pr.created_at DESC`,
      [taskId],
    );
    return rows.map(toReportView);
  }

  async get(ctx: RequestContext, id: string): Promise<ProgressReportView> {
    return this.find(this.dataSource.manager, ctx.user.workspaceId, id);
  }

  async create(ctx: RequestContext, taskId: string, dto: CreateReportDto): Promise<ProgressReportView> {
    const ws = ctx.user.workspaceId;
    return this.dataSource.transaction(async (m) => {
      const task = await this.tasks.lockLive(m, ws, taskId);
      // as the session lookup read them a moment ago (a request carries them), else from the database
      const settings = ctx.workspace?.settings ?? (await this.workspaces.settings(ws, m));
      this.assertPeriod(dto.period, task.startDate, settings);
      const content = {
        reportedState: dto.reportedState,
        progress: dto.progress,
        suspendedReason: dto.suspendedReason?.trim() || null,
      };
      this.assertContent(content);
      const status = dto.submit ? 'submitted' : 'draft';
      // One live report per task and period (the unique index): a taken period inserts nothing, and only
      // then is the report holding it looked up for the answer.
      const rows: { id: string }[] = await m.query(
        prepared(`INSERT INTO progress_reports (workspace_id, task_id, period, reported_state, progress, achievements, problems, next_steps,
                                       suspended_reason, status, author_id, submitted_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::varchar, $11, CASE WHEN $10::varchar = 'submitted' THEN now() END)
         ON CONFLICT (task_id, period) WHERE status <> 'returned' DO NOTHING
         RETURNING id`),
        [
          ws,
          taskId,
          dto.period,
          content.reportedState,
          content.progress,
          dto.achievements ?? '',
          dto.problems ?? '',
          dto.nextSteps ?? '',
          content.suspendedReason,
          status,
          ctx.user.id,
        ],
      );
      if (!rows.length) {
        const taken = await m.query(
          `SELECT id, status FROM progress_reports WHERE task_id = $1 AND period = $2 AND status <> 'returned'`,
          [taskId, dto.period],
        );
        throw this.periodTaken(dto.period, taken[0] ?? null);
      }
      const id = rows[0].id;
      if (status === 'submitted') await this.status.refresh(m, settings, [taskId]);
      const after = await this.find(m, ws, id);
      await this.audit.record(m, actorOf(ctx), {
        action: 'report.create',
        entity: 'progress_report',
        entityId: id,
        after,
      });
      return after;
    });
  }

  update(ctx: RequestContext, id: string, dto: UpdateReportDto): Promise<ProgressReportView> {
    return this.transition(ctx, id, 'report.update', dto.version, async (m, before) => {
      if (before.status !== 'draft')
        throw wrongState(before, '只有草稿可以修改', 'Only a draft can be edited');
      const content = {
        reportedState: dto.reportedState ?? before.reportedState,
        progress: dto.progress ?? before.progress,
        suspendedReason:
          dto.suspendedReason === undefined ? before.suspendedReason : dto.suspendedReason.trim() || null,
      };
      this.assertContent(content);
      await m.query(
        `UPDATE progress_reports SET reported_state = $2, progress = $3, achievements = $4, problems = $5, next_steps = $6,
                suspended_reason = $7, version = version + 1, updated_at = now() WHERE id = $1`,
        [
          id,
          content.reportedState,
          content.progress,
          dto.achievements ?? before.achievements,
          dto.problems ?? before.problems,
          dto.nextSteps ?? before.nextSteps,
          content.suspendedReason,
        ],
      );
    });
  }

  submit(ctx: RequestContext, id: string, dto: ReviewDto): Promise<ProgressReportView> {
    return this.transition(ctx, id, 'report.submit', dto.version, async (m, before) => {
      if (before.status !== 'draft')
        throw wrongState(before, '只有草稿可以提交', 'Only a draft can be submitted');
      await m.query(
        `UPDATE progress_reports SET status = 'submitted', submitted_at = now(), version = version + 1, updated_at = now() WHERE id = $1`,
        [id],
      );
    });
  }

  approve(ctx: RequestContext, id: string, dto: ReviewDto): Promise<ProgressReportView> {
    return this.transition(ctx, id, 'report.approve', dto.version, async (m, before, settings) => {
      if (before.status !== 'submitted')
        throw wrongState(before, '只有已提交的报告可以审核通过', 'Only a submitted report can be approved');
      await m.query(
        `UPDATE progress_reports SET status = 'approved', reviewed_by_id = $2, reviewed_at = now(), review_comment = $3,
                version = version + 1, updated_at = now() WHERE id = $1`,
        [id, ctx.user.id, dto.comment?.trim() || null],
      );
      await this.followLatestApproved(m, before.taskId, settings);
      await this.notifyAuthor(m, ctx, before, 'report_approved', `/tasks/${before.taskId}`);
    });
  }

  returnReport(ctx: RequestContext, id: string, dto: ReviewDto): Promise<ProgressReportView> {
    const comment = dto.comment?.trim();
    if (!comment)
      throw new AppException('REPORT_COMMENT_REQUIRED', {
        zh: '退回报告时必须填写退回意见',
        en: 'A comment is required to return a report',
      });
    return this.transition(ctx, id, 'report.return', dto.version, async (m, before) => {
      if (before.status !== 'submitted')
        throw wrongState(before, '只有已提交的报告可以退回', 'Only a submitted report can be returned');
      await m.query(
        `UPDATE progress_reports SET status = 'returned', reviewed_by_id = $2, reviewed_at = now(), review_comment = $3,
                version = version + 1, updated_at = now() WHERE id = $1`,
        [id, ctx.user.id, comment],
      );
      await this.notifyAuthor(
        m,
        ctx,
        before,
        'report_returned',
        `/reporting/tasks/${before.taskId}?period=${before.period}`,
        comment,
      );
    });
  }

  // Lock the task, then the report (always in that order), check the version, apply, recompute, audit.
  private async transition(
    ctx: RequestContext,
    id: string,
    action: string,
    version: number | undefined,
    apply: (m: EntityManager, before: ProgressReportView, settings: WorkspaceSettings) => Promise<void>,
  ): Promise<ProgressReportView> {
    const ws = ctx.user.workspaceId;
    return this.dataSource.transaction(async (m) => {
      const peek = await this.find(m, ws, id);
      await this.tasks.lockLive(m, ws, peek.taskId);
      const before = await this.find(m, ws, id, true);
      if (before.status === 'approved') throw immutable(before);
      if (version !== undefined && version !== before.version)
        throw new AppException(
          'REPORT_VERSION_CONFLICT',
          {
            zh: '该报告已被他人修改，请刷新后重试',
            en: 'Someone else changed this report; reload and try again',
          },
          { current: before },
        );
      const settings = ctx.workspace?.settings ?? (await this.workspaces.settings(ws, m));
      await apply(m, before, settings);
      await this.status.refresh(m, settings, [before.taskId]);
      const after = await this.find(m, ws, id);
      await this.audit.record(m, actorOf(ctx), {
        action,
        entity: 'progress_report',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }

  private async notifyAuthor(
    m: EntityManager,
    ctx: RequestContext,
    report: ProgressReportView,
    kind: 'report_approved' | 'report_returned',
    link: string,
    comment?: string,
  ): Promise<void> {
    if (report.author.id === ctx.user.id) return;
    const [task] = await m.query(`SELECT code, title FROM tasks WHERE id = $1`, [report.taskId]);
    const params: Record<string, string> = {
      period: report.period,
      taskCode: task.code,
      taskTitle: task.title,
      fromName: ctx.user.displayName,
    };
    if (comment) params.comment = comment;
    await this.notifications.insertMany(m, ctx.user.workspaceId, [
      { personId: report.author.id, kind, params, link },
    ]);
  }

  // The task's current figures come from its latest approved report (latest period, then latest approval).
  private async followLatestApproved(
    m: EntityManager,
    taskId: string,
    settings: WorkspaceSettings,
  ): Promise<void> {
    await m.query(
      `UPDATE tasks t SET progress = r.progress, reported_state = r.reported_state, suspended_reason = r.suspended_reason,
              latest_report_id = r.id,
              completed_on = CASE WHEN r.reported_state = 'completed' THEN COALESCE(t.completed_on, $2::date) END
         FROM (SELECT id, progress, reported_state, suspended_reason FROM progress_reports
                WHERE task_id = $1 AND status = 'approved' ORDER BY period DESC, reviewed_at DESC LIMIT 1) r
        WHERE t.id = $1`,
      [taskId, workspaceToday(settings)],
    );
  }

  private assertPeriod(period: string, startDate: string, s: WorkspaceSettings): void {
    const reason = !isPeriodForCadence(period, s.cadence)
      ? {
          zh: '按季度报送时，报送期须为季度末月份（03、06、09、12）',
          en: 'With quarterly reporting the period must be a quarter-end month (03, 06, 09, 12)',
        }
      : period < periodOf(startDate, s.cadence)
        ? { zh: '报送期早于任务开始日期', en: 'The period is before the task starts' }
        : period > periodOf(workspaceToday(s), s.cadence)
          ? { zh: '不能为将来的报送期提交报告', en: 'Cannot report for a future period' }
          : null;
    if (reason) throw new AppException('REPORT_PERIOD_INVALID', reason);
  }

  private assertContent(c: ReportContent): void {
    if (c.reportedState === 'completed' && c.progress !== 100)
      throw new AppException('REPORT_PROGRESS_INVALID', {
        zh: '报告为“已完成”时进度必须为 100%',
        en: 'A report of "completed" must have progress 100%',
      });
    if (c.reportedState === 'suspended' && !c.suspendedReason)
      throw new AppException('REPORT_STATE_INVALID', {
        zh: '暂缓须填写原因',
        en: 'A suspended task needs a reason',
      });
  }

  private periodTaken(period: string, existing: { id: string; status: string } | null): AppException {
    return new AppException(
      'REPORT_PERIOD_TAKEN',
      {
        zh: `该任务 ${period} 期已有报告；只有被退回后才能重新报送`,
        en: `This task already has a report for ${period}; a new one is allowed only after it is returned`,
      },
      existing ? { existingReportId: existing.id, existingStatus: existing.status } : undefined,
    );
  }

  private async find(m: EntityManager, ws: string, id: string, lock = false): Promise<ProgressReportView> {
    const rows = await m.query(prepared(lock ? FIND_FOR_UPDATE : FIND), [id, ws]);
    if (!rows[0]) throw notFound();
    return toReportView(rows[0]);
  }
}
