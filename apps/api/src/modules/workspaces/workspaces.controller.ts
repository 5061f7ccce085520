import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CreatedWorkspace, WorkspaceSettingsView } from '@plan/contracts';
import { Ctx, type RequestContext } from '../../common/request-context';
import { CreateWorkspaceDto, UpdateWorkspaceDto } from './dto/workspace.dto';
import { WorkspacesService } from './workspaces.service';

@ApiTags('admin')
@ApiCookieAuth()
@Controller()
export class WorkspacesController {
  constructor(private readonly workspaces: WorkspacesService) {}

  @Get('workspace')
  @ApiOperation({ summary: "The caller's workspace settings: name, reporting cadence, due day, time zone" })
  get(@Ctx() ctx: RequestContext): Promise<WorkspaceSettingsView> {
    return this.workspaces.get(ctx);
  }

  @Patch('workspace')
  @ApiConflictResponse({ description: 'Stale version: details.current is the settings as they are now' })
  update(@Ctx() ctx: RequestContext, @Body() dto: UpdateWorkspaceDto): Promise<WorkspaceSettingsView> {
    return this.workspaces.update(ctx, dto);
  }

  @Post('workspaces')
  @ApiOperation({
    summary: 'Create a workspace seeded with the five measures, a first unit and a first admin',
  })
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateWorkspaceDto): Promise<CreatedWorkspace> {
    return this.workspaces.create(ctx, dto);
  }
}
