import { Module } from '@nestjs/common';
import { TasksModule } from '../tasks/tasks.module';
import { MilestonesController } from './milestones.controller';
import { MilestonesService } from './milestones.service';

@Module({ imports: [TasksModule], controllers: [MilestonesController], providers: [MilestonesService] })
export class MilestonesModule {}
