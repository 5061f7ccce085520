import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import type { ProgressReportView } from '@plan/contracts';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { Ctx, type RequestContext } from '../../common/request-context';
import { CreateReportDto, ReviewDto, UpdateReportDto } from './dto/report.dto';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@ApiCookieAuth()
@Controller()
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('tasks/:taskId/reports')
  list(
    @Ctx() ctx: RequestContext,
    @Param('taskId', ParseIdPipe) taskId: string,
  ): Promise<ProgressReportView[]> {
    return this.reports.listForTask(ctx, taskId);
  }

  @Post('tasks/:taskId/reports')
  create(
    @Ctx() ctx: RequestContext,
    @Param('taskId', ParseIdPipe) taskId: string,
    @Body() dto: CreateReportDto,
  ): Promise<ProgressReportView> {
    return this.reports.create(ctx, taskId, dto);
  }

  @Get('reports/:id')
  get(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string): Promise<ProgressReportView> {
    return this.reports.get(ctx, id);
  }

  @Patch('reports/:id')
  update(
    @Ctx() ctx: RequestContext,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateReportDto,
  ): Promise<ProgressReportView> {
    return this.reports.update(ctx, id, dto);
  }

  @Post('reports/:id/submit')
  @HttpCode(200)
  submit(
    @Ctx() ctx: RequestContext,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: ReviewDto,
  ): Promise<ProgressReportView> {
    return this.reports.submit(ctx, id, dto);
  }

  @Post('reports/:id/approve')
  @HttpCode(200)
  approve(
    @Ctx() ctx: RequestContext,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: ReviewDto,
  ): Promise<ProgressReportView> {
    return this.reports.approve(ctx, id, dto);
  }

  @Post('reports/:id/return')
  @HttpCode(200)
  returnReport(
    @Ctx() ctx: RequestContext,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: ReviewDto,
  ): Promise<ProgressReportView> {
    return this.reports.returnReport(ctx, id, dto);
  }
}
