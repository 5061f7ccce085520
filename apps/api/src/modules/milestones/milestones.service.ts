import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { MilestoneView } from '@plan/contracts';
import { AppException } from '../../common/app.exception';
import { RequestContext } from '../../common/request-context';
import { actorOf } from '../audit/audit-actor';
import { AuditService } from '../audit/audit.service';
import { TaskStatusService } from '../tasks/task-status.service';
import { taskNotFound } from '../tasks/tasks.exception';
import { TasksRepository, type TaskRowForUpdate } from '../tasks/tasks.repository';
import { TasksService } from '../tasks/tasks.service';
import { workspaceToday, WorkspacesRepository } from '../workspaces/workspaces.repository';
import { CompleteMilestoneDto, CreateMilestoneDto, UpdateMilestoneDto } from './dto/milestone.dto';
import { MILESTONE_COLUMNS, toMilestoneView } from './milestone.mapper';

const notFound = () =>
  new AppException('MILESTONE_NOT_FOUND', { zh: '节点不存在', en: 'Milestone not found' });
const conflict = (current: MilestoneView) =>
  new AppException(
    'MILESTONE_VERSION_CONFLICT',
    {
      zh: '该节点已被他人修改，请刷新后重试',
      en: 'Someone else changed this milestone; reload and try again',
    },
    { current },
  );
const dateInvalid = () =>
  new AppException('MILESTONE_DATE_INVALID', {
    zh: '节点日期必须在任务的开始日期和完成时限之间',
    en: "A milestone's due date must lie between the task's start and due dates",
  });

@Injectable()
export class MilestonesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tasksService: TasksService,
    private readonly tasks: TasksRepository,
    private readonly status: TaskStatusService,
    private readonly workspaces: WorkspacesRepository,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext, taskId: string): Promise<MilestoneView[]> {
    const exists = await this.dataSource.query(`SELECT 1 FROM tasks WHERE id = $1 AND workspace_id = $2`, [
      taskId,
      ctx.user.workspaceId,
    ]);
    if (!exists.length) throw taskNotFound();
    return this.tasks.milestones(taskId);
  }

  create(ctx: RequestContext, taskId: string, dto: CreateMilestoneDto): Promise<MilestoneView> {
    return this.write(ctx, taskId, async (m, task) => {
      this.assertWithin(dto.dueDate, task);
      const rows = await m.query(
        `INSERT INTO milestones (workspace_id, task_id, title, due_date, weight) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [ctx.user.workspaceId, taskId, dto.title.trim(), dto.dueDate, dto.weight ?? 1],
      );
      const after = await this.find(m, taskId, rows[0].id);
      return { result: after, audit: { action: 'milestone.create', entityId: after.id, after } };
    });
  }

  update(ctx: RequestContext, taskId: string, id: string, dto: UpdateMilestoneDto): Promise<MilestoneView> {
    return this.write(ctx, taskId, async (m, task) => {
      const before = await this.find(m, taskId, id, true);
      if (before.version !== dto.version) throw conflict(before);
      const dueDate = dto.dueDate ?? before.dueDate;
      this.assertWithin(dueDate, task);
      const doneDate = dto.doneDate === undefined ? before.doneDate : dto.doneDate;
      await m.query(
        `UPDATE milestones SET title = $2, due_date = $3, weight = $4, done_date = $5,
                completed_by_id = CASE WHEN $5::date IS NULL THEN NULL ELSE COALESCE(completed_by_id, $6) END,
                version = version + 1, updated_at = now()
          WHERE id = $1`,
        [id, dto.title?.trim() ?? before.title, dueDate, dto.weight ?? before.weight, doneDate, ctx.user.id],
      );
      const after = await this.find(m, taskId, id);
      return { result: after, audit: { action: 'milestone.update', entityId: id, before, after } };
    });
  }

  complete(
    ctx: RequestContext,
    taskId: string,
    id: string,
    dto: CompleteMilestoneDto,
  ): Promise<MilestoneView> {
    return this.write(ctx, taskId, async (m) => {
      const before = await this.find(m, taskId, id, true);
      if (dto.version !== undefined && before.version !== dto.version) throw conflict(before);
      if (before.doneDate)
        throw new AppException(
          'MILESTONE_ALREADY_DONE',
          { zh: '该节点已完成', en: 'This milestone is already done' },
          { current: before },
        );
      const settings = await this.workspaces.settings(ctx.user.workspaceId, m);
      const today = workspaceToday(settings);
      const doneDate = dto.doneDate ?? today;
      if (doneDate > today)
        throw new AppException('MILESTONE_DATE_INVALID', {
          zh: '完成日期不能晚于今天',
          en: 'The done date cannot be in the future',
        });
      await m.query(
        `UPDATE milestones SET done_date = $2, completed_by_id = $3, version = version + 1, updated_at = now() WHERE id = $1`,
        [id, doneDate, ctx.user.id],
      );
      const after = await this.find(m, taskId, id);
      return { result: after, audit: { action: 'milestone.complete', entityId: id, before, after } };
    });
  }

  remove(ctx: RequestContext, taskId: string, id: string, version?: number): Promise<void> {
    return this.write(ctx, taskId, async (m) => {
      const before = await this.find(m, taskId, id, true);
      if (version !== undefined && before.version !== version) throw conflict(before);
      await m.query(`DELETE FROM milestones WHERE id = $1`, [id]);
      return { result: undefined, audit: { action: 'milestone.delete', entityId: id, before } };
    });
  }

  // Every milestone write: lock the live task, change, recompute its status, audit — one transaction.
  private write<T>(
    ctx: RequestContext,
    taskId: string,
    fn: (
      m: EntityManager,
      task: TaskRowForUpdate,
    ) => Promise<{
      result: T;
      audit: { action: string; entityId: string; before?: unknown; after?: unknown };
    }>,
  ): Promise<T> {
    const ws = ctx.user.workspaceId;
    return this.dataSource.transaction(async (m) => {
      const task = await this.tasksService.lockLive(m, ws, taskId);
      const { result, audit } = await fn(m, task);
      await this.status.refresh(m, await this.workspaces.settings(ws, m), [taskId]);
      await this.audit.record(m, actorOf(ctx), { entity: 'milestone', ...audit });
      return result;
    });
  }

  private async find(m: EntityManager, taskId: string, id: string, lock = false): Promise<MilestoneView> {
    const rows = await m.query(
      `SELECT ${MILESTONE_COLUMNS} FROM milestones ms WHERE ms.id = $1 AND ms.task_id = $2${lock ? ' FOR UPDATE' : ''}`,
      [id, taskId],
    );
    if (!rows[0]) throw notFound();
    return toMilestoneView(rows[0]);
  }

  private assertWithin(dueDate: string, task: TaskRowForUpdate): void {
    if (dueDate < task.startDate || (task.dueDate !== null && dueDate > task.dueDate)) throw dateInvalid();
  }
}
