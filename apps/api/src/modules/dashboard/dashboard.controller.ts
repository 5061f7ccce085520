import { Controller, Get, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DashboardSummary } from '@plan/contracts';
import { Ctx, type RequestContext } from '../../common/request-context';
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
  summary(@Ctx() ctx: RequestContext, @Query() q: DashboardQuery): Promise<DashboardSummary> {
    return this.dashboard.summary(ctx, scopeFilters(ctx.user, q));
  }
}
