import { Controller, Get, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AUDIT_LIST_DEFAULT_LIMIT, type AuditListResponse } from '@plan/contracts';
import { Ctx, type RequestContext } from '../../common/request-context';
import { WorkspacesRepository } from '../workspaces/workspaces.repository';
import { decodeAuditCursor, encodeAuditCursor } from './audit-cursor';
import { AuditRepository } from './audit.repository';
import { ListAuditQuery } from './dto/list-audit.query';

@ApiTags('admin')
@ApiCookieAuth()
@Controller('audit')
export class AuditController {
  constructor(
    private readonly audit: AuditRepository,
    private readonly workspaces: WorkspacesRepository,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The audit trail, newest first, filtered, with cursor pagination' })
  async list(@Ctx() ctx: RequestContext, @Query() q: ListAuditQuery): Promise<AuditListResponse> {
    const after = q.cursor ? decodeAuditCursor(q.cursor) : null;
    const ws = ctx.user.workspaceId;
    const { timezone } = await this.workspaces.settings(ws);
    const page = await this.audit.list(ws, timezone, q, q.limit ?? AUDIT_LIST_DEFAULT_LIMIT, after);
    return { items: page.items, nextCursor: page.hasMore && page.last ? encodeAuditCursor(page.last) : null };
  }
}
