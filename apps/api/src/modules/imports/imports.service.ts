import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  addDays,
  IMPORT_MAX_BYTES,
  IMPORT_MAX_ERRORS,
  IMPORT_MAX_ROWS,
  type ImportResult,
  type TaskDetail,
} from '@plan/contracts';
import { AppException } from '../../common/app.exception';
import { RequestContext } from '../../common/request-context';
import { safeFileName } from '../attachments/file-checks';
import { actorOf } from '../audit/audit-actor';
import { AuditService } from '../audit/audit.service';
import { TaskStatusService } from '../tasks/task-status.service';
import { TasksRepository } from '../tasks/tasks.repository';
import { workspaceToday, WorkspacesRepository } from '../workspaces/workspaces.repository';
import { CorruptFileError, parseWorkbook, TooManyRowsError, type ParsedBook } from './import.parser';
import { validateImport, type ImportPlan } from './import.validator';
import { ImportsRepository } from './imports.repository';
import { buildTemplate, type TemplateExample } from './template.writer';
import { checkXlsx } from './xlsx-guard';

export type UploadedFile = { originalname: string; buffer: Buffer; size: number };

const typeInvalid = () =>
  new AppException('IMPORT_FILE_TYPE_INVALID', {
    zh: '文件不是有效的 Excel 工作簿（.xlsx）；请上传导入模板或从系统导出的台账',
    en: 'The file is not an Excel workbook (.xlsx); upload the import template or an exported ledger',
  });

export const importTooLarge = () =>
  new AppException('IMPORT_FILE_TOO_LARGE', {
    zh: `文件过大：不超过 ${IMPORT_MAX_BYTES / 1024 / 1024} MB`,
    en: `The file is too large: at most ${IMPORT_MAX_BYTES / 1024 / 1024} MB`,
  });

@Injectable()
export class ImportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: ImportsRepository,
    private readonly tasks: TasksRepository,
    private readonly status: TaskStatusService,
    private readonly workspaces: WorkspacesRepository,
    private readonly audit: AuditService,
  ) {}

  // A template with the workspace's own lists and an example row that imports cleanly.
  async template(ctx: RequestContext): Promise<Buffer> {
    const ws = ctx.user.workspaceId;
    return this.dataSource.transaction('REPEATABLE READ', async (m) => {
      const ref = await this.repo.reference(m, ws);
      const today = workspaceToday(await this.workspaces.settings(ws, m));
      const example = await this.repo.example(m, ws);
      const measure = ref.measures[0];
      let row: TemplateExample | null = null;
      if (example && measure)
        row = {
          code: await this.tasks.nextCode(m, ws, measure.code.slice(0, 3).toUpperCase()),
          measure: measure.nameZh,
          title: '（示例）制定本单位人工智能+行动实施方案',
          requirement: '明确目标、重点任务、责任分工和进度安排，按期印发实施。',
          leadUnit: example.unitName,
          cooperatingUnits: example.coopName ?? '',
          responsible: example.personName,
          startDate: today,
          dueDate: addDays(today, 180),
          region: ref.regions[0]?.nameZh ?? '',
          sectors: ref.sectors[0]?.nameZh ?? '',
        };
      return buildTemplate(
        {
          measures: ref.measures.map((x) => x.nameZh),
          regions: ref.regions.map((x) => x.nameZh),
          sectors: ref.sectors.map((x) => x.nameZh),
          units: [...new Set(ref.units.filter((u) => u.active).map((u) => u.nameZh))],
        },
        row,
      );
    });
  }

  async run(ctx: RequestContext, file: UploadedFile | undefined, dryRun: boolean): Promise<ImportResult> {
    if (!file || !file.buffer?.length)
      throw new AppException('FILE_REQUIRED', {
        zh: '请以 multipart/form-data 的 file 字段上传一个非空的 .xlsx 文件',
        en: 'Upload one non-empty .xlsx file in the multipart/form-data field "file"',
      });
    if (file.buffer.length > IMPORT_MAX_BYTES) throw importTooLarge();
    const check = checkXlsx(file.buffer);
    if (check === 'too_big') throw importTooLarge();
    if (check !== 'ok') throw typeInvalid();
    const book = await this.parse(file.buffer);
    const fileName = safeFileName(file.originalname ?? '');
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    const ws = ctx.user.workspaceId;

    // Validation and writes in one transaction: the tasks a file names are locked while it is checked
    // and applied, so what was validated is what gets written.
    return this.dataSource.transaction(async (m) => {
      const ref = await this.repo.reference(m, ws);
      const codes = [...new Set(book.sheets.flatMap((s) => s.rows.map((r) => r.cells.code?.text ?? '')))];
      const existing = await this.repo.existing(m, ws, codes.filter(Boolean), !dryRun);
      const v = validateImport(book, ref, existing);
      const valid = v.errors.length === 0;
      const result: ImportResult = {
        valid,
        dryRun,
        applied: false,
        errors: v.errors.slice(0, IMPORT_MAX_ERRORS),
        summary: v.summary,
        sheets: book.sheets.map((s) => s.name),
        ignoredColumns: book.ignoredColumns,
      };
      if (!valid || dryRun) return result;
      const changes = await this.apply(m, ctx, v.plans);
      // One event for the whole file, holding every task's before and after.
      if (changes.length > 0)
        await this.audit.record(m, actorOf(ctx), {
          action: 'import.apply',
          entity: 'import',
          entityId: null,
          after: { fileName, sha256, size: file.buffer.length, summary: v.summary, changes },
        });
      return { ...result, applied: true };
    });
  }

  private async parse(buffer: Buffer): Promise<ParsedBook> {
    let book: ParsedBook;
    try {
      book = await parseWorkbook(buffer);
    } catch (e) {
      if (e instanceof TooManyRowsError)
        throw new AppException('IMPORT_TOO_MANY_ROWS', {
          zh: `任务行数过多：一次最多导入 ${IMPORT_MAX_ROWS} 行，请拆分文件`,
          en: `Too many rows: at most ${IMPORT_MAX_ROWS} per file; split the file`,
        });
      if (e instanceof CorruptFileError)
        throw new AppException('IMPORT_FILE_CORRUPT', {
          zh: '文件已损坏或无法读取，请用 Excel 或 WPS 重新保存为 .xlsx 后再上传',
          en: 'The file is damaged or unreadable; save it again as .xlsx in Excel or WPS and retry',
        });
      throw e;
    }
    if (book.sheets.length === 0)
      throw new AppException('IMPORT_NO_DATA', {
        zh: '没有找到任务表：需要一个表头含“任务编号”及其他列（如“任务名称”）的工作表',
        en: 'No task table found: a sheet needs a header row with 任务编号 (code) and other columns such as 任务名称',
      });
    if (book.rows === 0)
      throw new AppException('IMPORT_NO_DATA', {
        zh: '文件中没有任务行',
        en: 'The file has no task rows',
      });
    return book;
  }

  // Writes what the plans say, with TasksRepository as TasksService does; returns each task's change.
  private async apply(
    m: EntityManager,
    ctx: RequestContext,
    plans: ImportPlan[],
  ): Promise<
    { taskId: string; action: 'task.create' | 'task.update'; before?: TaskDetail; after: TaskDetail }[]
  > {
    const ws = ctx.user.workspaceId;
    const done: { id: string; action: 'task.create' | 'task.update'; before?: TaskDetail }[] = [];
    for (const p of plans) {
      if (p.kind === 'update') {
        const before = (await this.tasks.detail(ws, p.id, m)) as TaskDetail;
        await this.tasks.update(m, ws, p.id, ctx.user.id, p.write);
        done.push({ id: p.id, action: 'task.update', before });
      } else if (p.kind === 'create') {
        const id = await this.tasks.insert(m, ws, ctx.user.id, p.write);
        done.push({ id, action: 'task.create' });
      }
    }
    if (!done.length) return [];
    await this.status.refresh(
      m,
      await this.workspaces.settings(ws, m),
      done.map((d) => d.id),
    );
    const changes = [];
    for (const d of done)
      changes.push({
        taskId: d.id,
        action: d.action,
        before: d.before,
        after: (await this.tasks.detail(ws, d.id, m)) as TaskDetail,
      });
    return changes;
  }
}
