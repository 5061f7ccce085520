import { Global, Module } from '@nestjs/common';
import { WorkspacesRepository } from './workspaces.repository';

@Global()
@Module({ providers: [WorkspacesRepository], exports: [WorkspacesRepository] })
export class WorkspacesModule {}
