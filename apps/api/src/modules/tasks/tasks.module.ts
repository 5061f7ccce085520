import { Module } from '@nestjs/common';
import { ReferenceModule } from '../reference/reference.module';
import { TaskStatusService } from './task-status.service';
import { TasksController } from './tasks.controller';
import { TasksRepository } from './tasks.repository';
import { TasksService } from './tasks.service';

@Module({
  imports: [ReferenceModule],
  controllers: [TasksController],
  providers: [TasksService, TasksRepository, TaskStatusService],
  exports: [TasksService, TasksRepository, TaskStatusService],
})
export class TasksModule {}
