import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { TaskDetail } from '@plan/contracts';
import type { Response } from 'express';
import { sendJsonBytes } from '../../common/serialized-json';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { Ctx, type RequestContext } from '../../common/request-context';
import { CreateTaskDto, UpdateTaskDto, VersionDto } from './dto/create-task.dto';
import { ListTasksQuery } from './dto/list-tasks.query';
import { TasksService } from './tasks.service';
import { scopeFilters } from '../access/policy';

@ApiTags('tasks')
@ApiCookieAuth()
@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  @ApiOperation({ summary: 'List tasks with filters and cursor pagination' })
  async list(@Ctx() ctx: RequestContext, @Query() q: ListTasksQuery, @Res() res: Response): Promise<void> {
    // a TaskListResponse, written by PostgreSQL
    sendJsonBytes(res, await this.tasks.listJson(ctx, scopeFilters(ctx.user, q)));
  }

  @Get(':id')
  @ApiOperation({ summary: 'A task with milestones, units, latest approved report and schedule status' })
  async get(
    @Ctx() ctx: RequestContext,
    @Param('id', ParseIdPipe) id: string,
    @Res() res: Response,
  ): Promise<void> {
    // a TaskDetail, written by PostgreSQL
    sendJsonBytes(res, await this.tasks.getJson(ctx, id));
  }

  @Post()
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateTaskDto): Promise<TaskDetail> {
    return this.tasks.create(ctx, dto);
  }

  @Patch(':id')
  @ApiConflictResponse({
    description: 'Stale version: the body carries details.current, the task as it is now',
  })
  update(
    @Ctx() ctx: RequestContext,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateTaskDto,
  ): Promise<TaskDetail> {
    return this.tasks.update(ctx, id, dto);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Archive a task (restorable)' })
  archive(
    @Ctx() ctx: RequestContext,
    @Param('id', ParseIdPipe) id: string,
    @Query() q: VersionDto,
  ): Promise<TaskDetail> {
    return this.tasks.archive(ctx, id, q.version, true);
  }

  @Post(':id/restore')
  @HttpCode(200)
  restore(
    @Ctx() ctx: RequestContext,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: VersionDto,
  ): Promise<TaskDetail> {
    return this.tasks.archive(ctx, id, dto.version, false);
  }
}
