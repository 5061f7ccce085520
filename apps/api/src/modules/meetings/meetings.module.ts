import { Module } from '@nestjs/common';
import { DashboardModule } from '../dashboard/dashboard.module';
import { TasksModule } from '../tasks/tasks.module';
import { MeetingsController } from './meetings.controller';
import { MeetingsService } from './meetings.service';
import { SnapshotRepository } from './snapshot.repository';

@Module({
  imports: [TasksModule, DashboardModule],
  controllers: [MeetingsController],
  providers: [MeetingsService, SnapshotRepository],
  exports: [MeetingsService],
})
export class MeetingsModule {}
