import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module';
import { ReferenceModule } from '../reference/reference.module';
import { TasksModule } from '../tasks/tasks.module';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

@Module({
  imports: [MeetingsModule, ReferenceModule, TasksModule],
  controllers: [ExportsController],
  providers: [ExportsService],
})
export class ExportsModule {}
