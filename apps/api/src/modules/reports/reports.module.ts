import { Module } from '@nestjs/common';
import { TasksModule } from '../tasks/tasks.module';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

@Module({ imports: [TasksModule], controllers: [ReportsController], providers: [ReportsService] })
export class ReportsModule {}
