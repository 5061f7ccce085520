import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import type { NotificationsResponse } from '@plan/contracts';
import { AppException } from '../../common/app.exception';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { Ctx, type RequestContext } from '../../common/request-context';
import { NotificationsRepository } from './notifications.repository';

@ApiTags('notifications')
@ApiCookieAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsRepository) {}

  @Get()
  list(@Ctx() ctx: RequestContext): Promise<NotificationsResponse> {
    return this.notifications.list(ctx.user.id);
  }

  // Reading is not a business change, so it is not audited.
  @Post('read-all')
  @HttpCode(204)
  async readAll(@Ctx() ctx: RequestContext): Promise<void> {
    await this.notifications.markRead(ctx.user.id, null);
  }

  @Post(':id/read')
  @HttpCode(204)
  async read(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string): Promise<void> {
    if (!(await this.notifications.exists(ctx.user.id, id)))
      throw new AppException('NOT_FOUND', { zh: '通知不存在', en: 'Notification not found' });
    await this.notifications.markRead(ctx.user.id, id);
  }
}
