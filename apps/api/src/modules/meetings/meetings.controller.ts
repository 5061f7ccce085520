import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  MeetingChanges,
  MeetingDetail,
  MeetingView,
  TaskDetail,
  TaskSnapshotRow,
} from '@plan/contracts';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { Ctx, type RequestContext } from '../../common/request-context';
import { CreateTaskDto } from '../tasks/dto/create-task.dto';
import { ChangesQuery, CreateMeetingDto, LiveChangesQuery, MeetingTasksQuery } from './dto/meeting.dto';
import { MeetingsService } from './meetings.service';

@ApiTags('meetings')
@ApiCookieAuth()
@Controller('meetings')
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  @Post()
  @ApiOperation({ summary: 'Create a review meeting 调度会 and freeze a snapshot of every figure and task' })
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateMeetingDto): Promise<MeetingDetail> {
    return this.meetings.create(ctx, dto);
  }

  @Get()
  list(@Ctx() ctx: RequestContext): Promise<MeetingView[]> {
    return this.meetings.list(ctx);
  }

  @Get('live/changes')
  @ApiOperation({ summary: 'Changes from a meeting (default: the latest) to now' })
  liveChanges(@Ctx() ctx: RequestContext, @Query() q: LiveChangesQuery): Promise<MeetingChanges> {
    return this.meetings.changesToNow(ctx, q.since);
  }

  @Get(':id')
  get(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string): Promise<MeetingDetail> {
    return this.meetings.get(ctx, id);
  }

  @Get(':id/changes')
  @ApiOperation({ summary: 'Changes from the previous meeting (or ?since=) to this one' })
  changes(
    @Ctx() ctx: RequestContext,
    @Param('id', ParseIdPipe) id: string,
    @Query() q: ChangesQuery,
  ): Promise<MeetingChanges> {
    return this.meetings.changes(ctx, id, q.since);
  }

  @Get(':id/tasks')
  @ApiOperation({ summary: "The meeting's frozen task rows, with the task-list filters" })
  async tasks(
    @Ctx() ctx: RequestContext,
    @Param('id', ParseIdPipe) id: string,
    @Query() q: MeetingTasksQuery,
  ): Promise<TaskSnapshotRow[]> {
    const out: TaskSnapshotRow[] = [];
    for await (const page of this.meetings.rows(ctx, q, id)) out.push(...page);
    return out;
  }

  @Post(':id/decisions')
  @ApiOperation({ summary: 'Record a decision 议定事项 as a new task linked to the meeting' })
  decide(
    @Ctx() ctx: RequestContext,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: CreateTaskDto,
  ): Promise<TaskDetail> {
    return this.meetings.decide(ctx, id, dto);
  }
}
