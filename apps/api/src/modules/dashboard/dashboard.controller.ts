import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Ctx, type RequestContext } from '../../common/request-context';
import { sendSerializedJson } from '../../common/serialized-json';
import { DashboardService } from './dashboard.service';
import { DashboardQuery } from './dto/dashboard.query';
import { scopeFilters } from '../access/policy';

@ApiTags('dashboard')
@ApiCookieAuth()
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get('summary')
  @ApiOperation({ summary: 'Every dashboard figure in one answer, under the task-list filters' })
  async summary(@Ctx() ctx: RequestContext, @Query() q: DashboardQuery, @Res() res: Response): Promise<void> {
    sendSerializedJson(res, await this.dashboard.serializedSummary(ctx, scopeFilters(ctx.user, q)));
  }
}
