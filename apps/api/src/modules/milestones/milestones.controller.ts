import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import type { MilestoneView } from '@plan/contracts';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { Ctx, type RequestContext } from '../../common/request-context';
import { VersionDto } from '../tasks/dto/create-task.dto';
import { CompleteMilestoneDto, CreateMilestoneDto, UpdateMilestoneDto } from './dto/milestone.dto';
import { MilestonesService } from './milestones.service';

@ApiTags('milestones')
@ApiCookieAuth()
@Controller('tasks/:taskId/milestones')
export class MilestonesController {
  constructor(private readonly milestones: MilestonesService) {}

  @Get()
  list(@Ctx() ctx: RequestContext, @Param('taskId', ParseIdPipe) taskId: string): Promise<MilestoneView[]> {
    return this.milestones.list(ctx, taskId);
  }

  @Post()
  create(
    @Ctx() ctx: RequestContext,
    @Param('taskId', ParseIdPipe) taskId: string,
    @Body() dto: CreateMilestoneDto,
  ): Promise<MilestoneView> {
    return this.milestones.create(ctx, taskId, dto);
  }

  @Patch(':id')
  update(
    @Ctx() ctx: RequestContext,
    @Param('taskId', ParseIdPipe) taskId: string,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateMilestoneDto,
  ): Promise<MilestoneView> {
    return this.milestones.update(ctx, taskId, id, dto);
  }

  @Post(':id/complete')
  @HttpCode(200)
  complete(
    @Ctx() ctx: RequestContext,
    @Param('taskId', ParseIdPipe) taskId: string,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: CompleteMilestoneDto,
  ): Promise<MilestoneView> {
    return this.milestones.complete(ctx, taskId, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(
    @Ctx() ctx: RequestContext,
    @Param('taskId', ParseIdPipe) taskId: string,
    @Param('id', ParseIdPipe) id: string,
    @Query() q: VersionDto,
  ): Promise<void> {
    return this.milestones.remove(ctx, taskId, id, q.version);
  }
}
