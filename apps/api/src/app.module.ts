import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LoggerModule } from 'nestjs-pino';
import { appConfig } from './config/app.config';
import { loggerParams } from './config/logger.config';
import { dataSourceOptions } from './database/data-source';
import { scopeToWorkspace } from './database/workspace-scope';
import { AccessModule } from './modules/access/access.module';
import { AttachmentsModule } from './modules/attachments/attachments.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { BriefingModule } from './modules/briefing/briefing.module';
import { DashboardModule } from './modules/dashboard/dashboard.module';
import { ExportsModule } from './modules/exports/exports.module';
import { HealthModule } from './modules/health/health.module';
import { ImportsModule } from './modules/imports/imports.module';
import { MeetingsModule } from './modules/meetings/meetings.module';
import { MilestonesModule } from './modules/milestones/milestones.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { PeopleModule } from './modules/people/people.module';
import { ReferenceModule } from './modules/reference/reference.module';
import { ReportingModule } from './modules/reporting/reporting.module';
import { ReportsModule } from './modules/reports/reports.module';
import { TasksModule } from './modules/tasks/tasks.module';
import { UnitsModule } from './modules/units/units.module';
import { WorkspaceAdminModule } from './modules/workspaces/workspace-admin.module';
import { WorkspacesModule } from './modules/workspaces/workspaces.module';

export type AppModuleOptions = { databaseUrl: string; poolSize: number };

@Module({})
export class AppModule {
  static forRoot(opts: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [appConfig] }),
        LoggerModule.forRoot(loggerParams()),
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...dataSourceOptions(opts.databaseUrl, opts.poolSize),
            installExtensions: false,
          }),
          // Every connection runs as the unprivileged app role, every query inside its workspace.
          dataSourceFactory: async (options) => scopeToWorkspace(new DataSource(options!)).initialize(),
        }),
        AccessModule,
        AuditModule,
        NotificationsModule,
        WorkspacesModule,
        HealthModule,
        AuthModule,
        ReferenceModule,
        TasksModule,
        MilestonesModule,
        ReportsModule,
        DashboardModule,
        ReportingModule,
        AttachmentsModule,
        MeetingsModule,
        BriefingModule,
        ExportsModule,
        ImportsModule,
        UnitsModule,
        PeopleModule,
        WorkspaceAdminModule,
      ],
    };
  }
}
