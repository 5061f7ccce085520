import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import type { NotificationsResponse } from '@plan/contracts';
import { AppException } from '../../common/app.exception';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { Ctx, type RequestContext } from '../../common/request-context';
import { actorOf } from '../audit/audit-actor';
import { AuditService } from '../audit/audit.service';
import { NotificationsRepository } from './notifications.repository';

@ApiTags('notifications')
@ApiCookieAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  @Get()
  list(@Ctx() ctx: RequestContext): Promise<NotificationsResponse> {
    return this.notifications.list(ctx.user.id);
  }

  @Post('read-all')
  @HttpCode(204)
  async readAll(@Ctx() ctx: RequestContext): Promise<void> {
    await this.markRead(ctx, null);
  }

  @Post(':id/read')
  @HttpCode(204)
  async read(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string): Promise<void> {
    if (!(await this.notifications.exists(ctx.user.id, id)))
      throw new AppException('NOT_FOUND', { zh: '通知不存在', en: 'Notification not found' });
    await this.markRead(ctx, id);
  }

  // Like every change, audited in its own transaction (one event, listing what turned read).
  private markRead(ctx: RequestContext, id: string | null): Promise<void> {
    return this.dataSource.transaction(async (m) => {
      const read = await this.notifications.markRead(m, ctx.user.id, id);
      await this.audit.record(m, actorOf(ctx), {
        action: id ? 'notification.read' : 'notification.read_all',
        entity: 'notification',
        entityId: id ?? ctx.user.id,
        after: { read },
      });
    });
  }
}
