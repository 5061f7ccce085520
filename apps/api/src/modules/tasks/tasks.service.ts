import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { TASK_LIST_DEFAULT_LIMIT, type MeasureCode, type TaskDetail } from '@plan/contracts';
import { AppException } from '../../common/app.exception';
import { filterKey, RevisionCache } from '../../common/revision-cache';
import { RequestContext } from '../../common/request-context';
import { jsonBytes, type JsonBytes } from '../../common/serialized-json';
import { actorOf } from '../audit/audit-actor';
import { AuditService } from '../audit/audit.service';
import { workspaceStateOf } from '../audit/workspace-revision';
import { ReferenceRepository } from '../reference/reference.repository';
import { workspaceToday, WorkspacesRepository } from '../workspaces/workspaces.repository';
import { CreateTaskDto, UpdateTaskDto } from './dto/create-task.dto';
import { ListTasksQuery } from './dto/list-tasks.query';
import { decodeCursor, encodeCursor } from './task-cursor';
import { TaskStatusService } from './task-status.service';
import { taskArchived, taskConflict, taskNotFound, taskReferenceInvalid } from './tasks.exception';
import { TasksRepository, type TaskRowForUpdate, type TaskWrite } from './tasks.repository';

const CODE_PREFIX: Record<MeasureCode, string> = {
  policy: 'POL',
  pilots: 'PIL',
  infrastructure: 'INF',
  talent: 'TAL',
  security: 'SEC',
};

// Totals of the task list per (workspace, revision, day, filter): one count per view and data change, not
// one per page.
const COUNT_CACHE_ENTRIES = 1024;
// List pages (~35 kB of UTF-8 at 50 rows, ~140 kB at 200) and task pages (~3 kB) as sent, per (workspace,
// revision, day, query or task): the revision moves with every change a page shows, so an entry never answers
// for other data. The default view's first pages and a task opened by a room of people are read many times
// between changes.
const PAGE_CACHE_ENTRIES = 128;
const DETAIL_CACHE_ENTRIES = 2048;

@Injectable()
export class TasksService {
  private readonly counts = new RevisionCache<number>(COUNT_CACHE_ENTRIES);
  private readonly pages = new RevisionCache<JsonBytes>(PAGE_CACHE_ENTRIES);
  private readonly details = new RevisionCache<JsonBytes>(DETAIL_CACHE_ENTRIES);

  constructor(
    private readonly dataSource: DataSource,
    private readonly tasks: TasksRepository,
    private readonly status: TaskStatusService,
    private readonly reference: ReferenceRepository,
    private readonly workspaces: WorkspacesRepository,
    private readonly audit: AuditService,
  ) {}

  // A page of the list as the JSON bytes of a TaskListResponse: PostgreSQL writes the items.
  async listJson(ctx: RequestContext, q: ListTasksQuery): Promise<JsonBytes> {
    const ws = ctx.user.workspaceId;
    const { settings, revision } = await workspaceStateOf(this.dataSource.manager, ctx);
    await this.status.ensureFreshWith(settings);
    const sort = q.sort ?? 'code';
    const after = q.cursor ? decodeCursor(sort, q.cursor) : null;
    const limit = q.limit ?? TASK_LIST_DEFAULT_LIMIT;
    const today = workspaceToday(settings);
    // the revision was read before the page is, so an entry is never older than its key
    return this.pages.get(`${ws}|${revision}|${today}|${sort}|${limit}|${filterKey(q)}`, async () => {
      const [page, total] = await Promise.all([
        this.tasks.list(ws, q, sort, limit, after),
        this.total(ws, q, revision, today),
      ]);
      const nextCursor = page.hasMore && page.last ? encodeCursor(sort, page.last) : null;
      return jsonBytes(
        `{"items":${page.itemsJson},"nextCursor":${JSON.stringify(nextCursor)},"total":${total}}`,
      );
    });
  }

  // The same rows whatever the page, sort or cursor: the key is the filter alone, with the revision (read
  // before counting, so the entry is never older than its key) and the day (states move with it).
  private total(ws: string, q: ListTasksQuery, revision: string, today: string): Promise<number> {
    const { cursor: _cursor, sort: _sort, limit: _limit, ...filters } = q;
    return this.counts.get(`${ws}|${revision}|${today}|${filterKey(filters)}`, () =>
      this.tasks.count(ws, filters),
    );
  }

  // The task page as the JSON bytes of a TaskDetail.
  async getJson(ctx: RequestContext, id: string): Promise<JsonBytes> {
    const ws = ctx.user.workspaceId;
    const { settings, revision } = await workspaceStateOf(this.dataSource.manager, ctx);
    await this.status.ensureFreshWith(settings);
    // a task that is not there throws, and a failed computation is not kept: unknown ids fill no entries
    return this.details.get(`${ws}|${revision}|${workspaceToday(settings)}|${id}`, async () => {
      const task = await this.tasks.detailJson(ws, id);
      if (task === null) throw taskNotFound();
      return jsonBytes(task);
    });
  }

  async create(
    ctx: RequestContext,
    dto: CreateTaskDto,
    sourceMeetingId: string | null = null,
  ): Promise<TaskDetail> {
    const ws = ctx.user.workspaceId;
    return this.dataSource.transaction(async (m) => {
      const settings = await this.workspaces.settings(ws, m);
      const write = await this.resolve(m, ws, {
        code: dto.code ?? '',
        title: dto.title,
        requirement: dto.requirement ?? '',
        measure: dto.measure,
        region: dto.region,
        sectors: dto.sectors,
        leadUnitId: dto.leadUnitId,
        cooperatingUnitIds: dto.cooperatingUnitIds ?? [],
        responsiblePersonId: dto.responsiblePersonId,
        startDate: dto.startDate,
        dueDate: dto.dueDate,
      });
      if (!dto.code) write.code = await this.tasks.nextCode(m, ws, CODE_PREFIX[dto.measure as MeasureCode]);
      await this.assertCodeFree(m, ws, write.code, null);
      for (const ms of dto.milestones ?? []) this.assertMilestoneDate(ms.dueDate, write);
      const id = await this.tasks.insert(m, ws, ctx.user.id, write, sourceMeetingId);
      for (const ms of dto.milestones ?? [])
        await m.query(
          `INSERT INTO milestones (workspace_id, task_id, title, due_date, weight) VALUES ($1, $2, $3, $4, $5)`,
          [ws, id, ms.title.trim(), ms.dueDate, ms.weight ?? 1],
        );
      await this.status.refresh(m, settings, [id]);
      const created = (await this.tasks.detail(ws, id, m)) as TaskDetail;
      await this.audit.record(m, actorOf(ctx), {
        action: 'task.create',
        entity: 'task',
        entityId: id,
        after: created,
      });
      return created;
    });
  }

  async update(ctx: RequestContext, id: string, dto: UpdateTaskDto): Promise<TaskDetail> {
    const ws = ctx.user.workspaceId;
    return this.dataSource.transaction(async (m) => {
      const current = await this.lockCurrent(m, ws, id, dto.version);
      const before = (await this.tasks.detail(ws, id, m)) as TaskDetail;
      const measureCode = dto.measure ?? before.measure.code;
      const write = await this.resolve(m, ws, {
        code: dto.code ?? current.code,
        title: dto.title ?? current.title,
        requirement: dto.requirement ?? current.requirement,
        measure: measureCode,
        region: dto.region ?? current.regionCode,
        sectors: dto.sectors ?? current.sectors,
        leadUnitId: dto.leadUnitId ?? current.leadUnitId,
        cooperatingUnitIds: dto.cooperatingUnitIds ?? current.cooperatingUnitIds,
        responsiblePersonId: dto.responsiblePersonId ?? current.responsiblePersonId,
        startDate: dto.startDate ?? current.startDate,
        dueDate: dto.dueDate === undefined ? current.dueDate : dto.dueDate,
      });
      if (write.code !== current.code) await this.assertCodeFree(m, ws, write.code, id);
      const outside = await m.query(
        `SELECT 1 FROM milestones WHERE task_id = $1 AND (due_date < $2::date OR ($3::date IS NOT NULL AND due_date > $3::date)) LIMIT 1`,
        [id, write.startDate, write.dueDate],
      );
      if (outside.length)
        throw new AppException('TASK_DATES_INVALID', {
          zh: '有节点的日期不在新的起止日期之内，请先调整节点',
          en: 'Some milestones fall outside the new start and due dates; adjust them first',
        });
      await this.tasks.update(m, ws, id, ctx.user.id, write);
      await this.status.refresh(m, await this.workspaces.settings(ws, m), [id]);
      const after = (await this.tasks.detail(ws, id, m)) as TaskDetail;
      await this.audit.record(m, actorOf(ctx), {
        action: 'task.update',
        entity: 'task',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }

  async archive(
    ctx: RequestContext,
    id: string,
    version: number | undefined,
    archived: boolean,
  ): Promise<TaskDetail> {
    const ws = ctx.user.workspaceId;
    return this.dataSource.transaction(async (m) => {
      const current = await this.tasks.lockForUpdate(m, ws, id);
      if (!current) throw taskNotFound();
      if (version !== undefined && version !== current.version)
        throw taskConflict(await this.tasks.detail(ws, id, m));
      if (archived && current.archivedAt) throw taskArchived();
      if (!archived && !current.archivedAt)
        throw new AppException('TASK_NOT_ARCHIVED', { zh: '任务未归档', en: 'The task is not archived' });
      const before = await this.tasks.detail(ws, id, m);
      await this.tasks.setArchived(m, ws, id, ctx.user.id, archived);
      const after = (await this.tasks.detail(ws, id, m)) as TaskDetail;
      await this.audit.record(m, actorOf(ctx), {
        action: archived ? 'task.archive' : 'task.restore',
        entity: 'task',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }

  // Used by milestones and reports: the task must exist in this workspace and be live.
  async lockLive(m: EntityManager, workspaceId: string, id: string): Promise<TaskRowForUpdate> {
    const current = await this.tasks.lockForUpdate(m, workspaceId, id);
    if (!current) throw taskNotFound();
    if (current.archivedAt) throw taskArchived();
    return current;
  }

  private async lockCurrent(
    m: EntityManager,
    ws: string,
    id: string,
    version: number,
  ): Promise<TaskRowForUpdate> {
    const current = await this.lockLive(m, ws, id);
    if (current.version !== version) throw taskConflict(await this.tasks.detail(ws, id, m));
    return current;
  }

  private async assertCodeFree(
    m: EntityManager,
    ws: string,
    code: string,
    exceptId: string | null,
  ): Promise<void> {
    const rows = await m.query(
      `SELECT id FROM tasks WHERE workspace_id = $1 AND code = $2 AND id IS DISTINCT FROM $3::uuid`,
      [ws, code, exceptId],
    );
    if (rows.length)
      throw new AppException('TASK_CODE_TAKEN', {
        zh: `任务编号 ${code} 已被使用`,
        en: `Task code ${code} is already in use`,
      });
  }

  private assertMilestoneDate(dueDate: string, t: { startDate: string; dueDate: string | null }): void {
    if (dueDate < t.startDate || (t.dueDate !== null && dueDate > t.dueDate))
      throw new AppException('MILESTONE_DATE_INVALID', {
        zh: '节点日期必须在任务的开始日期和完成时限之间',
        en: "A milestone's due date must lie between the task's start and due dates",
      });
  }

  private async resolve(
    m: EntityManager,
    ws: string,
    input: Omit<TaskWrite, 'measureId' | 'regionCode'> & { measure: string; region: string },
  ): Promise<TaskWrite> {
    const title = input.title.trim();
    if (!title) throw taskReferenceInvalid('title', '标题不能为空', 'must not be blank');
    if (input.dueDate !== null && input.dueDate < input.startDate)
      throw new AppException('TASK_DATES_INVALID', {
        zh: '完成时限不能早于开始日期',
        en: 'The due date cannot be before the start date',
      });
    const measureId = await this.reference.measureId(m, ws, input.measure);
    if (!measureId) throw taskReferenceInvalid('measure', '措施不存在', 'no such measure');
    if (!(await this.reference.regionExists(m, input.region)))
      throw taskReferenceInvalid('region', '地区代码不存在', 'no such region code');
    const badSectors = await this.reference.unknownSectors(m, input.sectors);
    if (badSectors.length)
      throw taskReferenceInvalid(
        'sectors',
        `领域不存在：${badSectors.join('、')}`,
        `unknown sectors: ${badSectors.join(', ')}`,
      );
    if ((await this.reference.unknownUnits(m, ws, [input.leadUnitId])).length)
      throw taskReferenceInvalid('leadUnitId', '牵头单位不存在或已停用', 'no such active unit');
    const coop = [...new Set(input.cooperatingUnitIds)];
    if (coop.includes(input.leadUnitId))
      throw taskReferenceInvalid(
        'cooperatingUnitIds',
        '牵头单位不能同时是配合单位',
        'the lead unit cannot also cooperate',
      );
    if ((await this.reference.unknownUnits(m, ws, coop)).length)
      throw taskReferenceInvalid('cooperatingUnitIds', '配合单位不存在或已停用', 'no such active unit');
    if (!(await this.reference.personActive(m, ws, input.responsiblePersonId)))
      throw taskReferenceInvalid('responsiblePersonId', '责任人不存在或已停用', 'no such active person');
    return {
      code: input.code,
      title,
      requirement: input.requirement,
      measureId,
      regionCode: input.region,
      sectors: [...new Set(input.sectors)].sort(),
      leadUnitId: input.leadUnitId,
      cooperatingUnitIds: coop,
      responsiblePersonId: input.responsiblePersonId,
      startDate: input.startDate,
      dueDate: input.dueDate,
    };
  }
}
