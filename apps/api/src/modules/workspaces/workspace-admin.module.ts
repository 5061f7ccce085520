import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { UnitsModule } from '../units/units.module';
import { WorkspaceAdminRepository } from './workspace-admin.repository';
import { WorkspacesController } from './workspaces.controller';
import { WorkspacesService } from './workspaces.service';

// Settings and new workspaces; kept apart from the global WorkspacesModule every feature reads settings from.
@Module({
  imports: [UnitsModule, PeopleModule],
  controllers: [WorkspacesController],
  providers: [WorkspacesService, WorkspaceAdminRepository],
})
export class WorkspaceAdminModule {}
