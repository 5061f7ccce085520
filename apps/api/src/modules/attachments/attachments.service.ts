import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ATTACHMENT_MAX_PER_REPORT, ATTACHMENT_TYPES, type AttachmentView } from '@plan/contracts';
import { AppException } from '../../common/app.exception';
import { notFound as notFoundOf } from '../access/not-found';
import { RequestContext } from '../../common/request-context';
import { actorOf } from '../audit/audit-actor';
import { AuditService } from '../audit/audit.service';
import { detectType, safeFileName } from './file-checks';

const COLUMNS = `id, report_id AS "reportId", file_name AS "fileName", content_type AS "contentType", size, sha256, created_at AS "createdAt"`;

const notFound = notFoundOf.attachment;

const toView = (r: AttachmentView & { createdAt: Date | string }): AttachmentView => ({
  ...r,
  createdAt: new Date(r.createdAt).toISOString(),
});

export type UploadedFile = { originalname: string; buffer: Buffer; size: number };

@Injectable()
export class AttachmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async upload(
    ctx: RequestContext,
    reportId: string,
    file: UploadedFile | undefined,
  ): Promise<AttachmentView> {
    if (!file || !file.buffer?.length)
      throw new AppException('FILE_REQUIRED', {
        zh: '请以 multipart/form-data 的 file 字段上传一个非空文件',
        en: 'Upload one non-empty file in the multipart/form-data field "file"',
      });
    const fileName = safeFileName(file.originalname ?? '');
    const contentType = detectType(fileName, file.buffer);
    if (!contentType)
      throw new AppException('ATTACHMENT_TYPE_INVALID', {
        zh: `文件类型不支持或内容与扩展名不符；允许：${Object.keys(ATTACHMENT_TYPES).join('、')}`,
        en: `Unsupported file type, or the content does not match the extension; allowed: ${Object.keys(ATTACHMENT_TYPES).join(', ')}`,
      });
    return this.dataSource.transaction(async (m) => {
      await this.lockDraft(m, ctx.user.workspaceId, reportId);
      const [{ n }] = await m.query(
        `SELECT count(*)::int AS n FROM report_attachments WHERE report_id = $1`,
        [reportId],
      );
      if (n >= ATTACHMENT_MAX_PER_REPORT)
        throw new AppException('ATTACHMENT_LIMIT_REACHED', {
          zh: `每份报告最多 ${ATTACHMENT_MAX_PER_REPORT} 个附件`,
          en: `At most ${ATTACHMENT_MAX_PER_REPORT} files per report`,
        });
      const sha256 = createHash('sha256').update(file.buffer).digest('hex');
      const [row] = await m.query(
        `INSERT INTO report_attachments (workspace_id, report_id, file_name, content_type, size, sha256, content, uploaded_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
        [
          ctx.user.workspaceId,
          reportId,
          fileName,
          contentType,
          file.buffer.length,
          sha256,
          file.buffer,
          ctx.user.id,
        ],
      );
      const view = toView(row);
      await this.audit.record(m, actorOf(ctx), {
        action: 'attachment.create',
        entity: 'report_attachment',
        entityId: view.id,
        after: view,
      });
      return view;
    });
  }

  async download(ctx: RequestContext, id: string): Promise<AttachmentView & { content: Buffer }> {
    const rows = await this.dataSource.query(
      `SELECT ${COLUMNS}, content FROM report_attachments WHERE id = $1 AND workspace_id = $2`,
      [id, ctx.user.workspaceId],
    );
    if (!rows[0]) throw notFound();
    return { ...toView(rows[0]), content: rows[0].content };
  }

  async remove(ctx: RequestContext, id: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const rows = await m.query(
        `SELECT ${COLUMNS} FROM report_attachments WHERE id = $1 AND workspace_id = $2`,
        [id, ctx.user.workspaceId],
      );
      if (!rows[0]) throw notFound();
      await this.lockDraft(m, ctx.user.workspaceId, rows[0].reportId);
      await m.query(`DELETE FROM report_attachments WHERE id = $1`, [id]);
      await this.audit.record(m, actorOf(ctx), {
        action: 'attachment.delete',
        entity: 'report_attachment',
        entityId: id,
        before: toView(rows[0]),
      });
    });
  }

  // Evidence belongs to what is being written: only a draft report takes or loses files.
  private async lockDraft(m: EntityManager, workspaceId: string, reportId: string): Promise<void> {
    const rows = await m.query(
      `SELECT status FROM progress_reports WHERE id = $1 AND workspace_id = $2 FOR UPDATE`,
      [reportId, workspaceId],
    );
    if (!rows[0]) throw notFoundOf.report();
    if (rows[0].status === 'approved')
      throw new AppException('REPORT_IMMUTABLE', {
        zh: '已审核通过的报告不可修改，如需更正请提交新的报告',
        en: 'An approved report cannot change; file a new report to correct it',
      });
    if (rows[0].status !== 'draft')
      throw new AppException('REPORT_STATE_INVALID', {
        zh: '只有草稿可以增删附件',
        en: 'Files can be added or removed only while the report is a draft',
      });
  }
}
