import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MyTasksResponse, RemindResponse, ReviewQueueItem, SubmissionMatrix } from '@plan/contracts';
import { Ctx, type RequestContext } from '../../common/request-context';
import { MatrixQuery, PeriodQuery, RemindDto } from './dto/reporting.dto';
import { ReportingService } from './reporting.service';
import { scopeUnits } from '../access/policy';

@ApiTags('reporting')
@ApiCookieAuth()
@Controller('reporting')
export class ReportingController {
  constructor(private readonly reporting: ReportingService) {}

  @Get('my-tasks')
  @ApiOperation({ summary: "Tasks led by the caller's unit that owe a report for the period" })
  myTasks(@Ctx() ctx: RequestContext, @Query() q: PeriodQuery): Promise<MyTasksResponse> {
    return this.reporting.myTasks(ctx, q.period);
  }

  @Get('review-queue')
  @ApiOperation({ summary: 'Submitted reports awaiting review' })
  reviewQueue(@Ctx() ctx: RequestContext): Promise<ReviewQueueItem[]> {
    return this.reporting.reviewQueue(ctx);
  }

  @Get('matrix')
  @ApiOperation({ summary: 'Units × periods: on time, late, missing, returned, pending' })
  matrix(@Ctx() ctx: RequestContext, @Query() q: MatrixQuery): Promise<SubmissionMatrix> {
    return this.reporting.matrix(ctx, { ...q, leadUnit: scopeUnits(ctx.user, q.leadUnit) });
  }

  @Post('remind')
  @HttpCode(200)
  @ApiOperation({ summary: '催报: notify the responsible people of tasks missing the period’s report' })
  remind(@Ctx() ctx: RequestContext, @Body() dto: RemindDto): Promise<RemindResponse> {
    return this.reporting.remind(ctx, { ...dto, unitIds: scopeUnits(ctx.user, dto.unitIds) });
  }
}
