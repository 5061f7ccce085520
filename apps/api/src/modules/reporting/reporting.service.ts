import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  collectingPeriod,
  isPeriodForCadence,
  periodDueDate,
  periodEnd,
  periodOf,
  periodStart,
  previousPeriod,
  PERIOD_REPORT_STATUSES,
  type MatrixCell,
  type MatrixCellState,
  type MyTasksResponse,
  type PeriodReportStatus,
  type RemindResponse,
  type ReviewQueueItem,
  type SubmissionMatrix,
} from '@plan/contracts';
import { AppException } from '../../common/app.exception';
import { RequestContext } from '../../common/request-context';
import { actorOf } from '../audit/audit-actor';
import { AuditService } from '../audit/audit.service';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { TaskStatusService } from '../tasks/task-status.service';
import {
  workspaceToday,
  WorkspacesRepository,
  type WorkspaceSettings,
} from '../workspaces/workspaces.repository';
import { MatrixQuery, RemindDto } from './dto/reporting.dto';
import { ReportingRepository, type MatrixRow, type PeriodSpan } from './reporting.repository';

const span = (period: string, s: WorkspaceSettings): PeriodSpan => ({
  period,
  start: periodStart(period, s.cadence),
  end: periodEnd(period, s.cadence),
  due: periodDueDate(period, s.cadence, s.dueDay),
});

// The worst of a cell's counts names it.
function cellState(r: MatrixRow | undefined): MatrixCellState {
  if (!r || r.owed === 0) return 'none';
  if (r.missing) return 'missing';
  if (r.returned) return 'returned';
  if (r.late) return 'late';
  if (r.pending) return 'pending';
  return 'on_time';
}

@Injectable()
export class ReportingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: ReportingRepository,
    private readonly workspaces: WorkspacesRepository,
    private readonly status: TaskStatusService,
    private readonly notifications: NotificationsRepository,
    private readonly audit: AuditService,
  ) {}

  async myTasks(ctx: RequestContext, period?: string): Promise<MyTasksResponse> {
    const s = await this.settingsFor(ctx);
    const p = span(this.periodOrDefault(period, s), s);
    const tasks = await this.repo.tasksOwing(ctx.user.workspaceId, ctx.user.unitId, p);
    const reports = tasks.length
      ? await this.repo.reportsFor(
          tasks.map((t) => t.id),
          p.period,
        )
      : new Map();
    const counts = Object.fromEntries(PERIOD_REPORT_STATUSES.map((k) => [k, 0])) as MyTasksResponse['counts'];
    const items = tasks.map((task) => {
      const report = reports.get(task.id) ?? null;
      const status: PeriodReportStatus = report ? report.status : 'none';
      counts[status]++;
      return { task, report, status };
    });
    counts.total = items.length;
    return { period: p.period, dueDate: p.due, counts, items };
  }

  reviewQueue(ctx: RequestContext): Promise<ReviewQueueItem[]> {
    const everything = ctx.user.role === 'leader' || ctx.user.role === 'admin';
    return this.repo.reviewQueue(ctx.user.workspaceId, everything ? null : ctx.user.unitId);
  }

  async matrix(ctx: RequestContext, q: MatrixQuery): Promise<SubmissionMatrix> {
    const s = await this.settingsFor(ctx);
    const periods = [collectingPeriod(workspaceToday(s), s.cadence, s.dueDay)];
    while (periods.length < (q.periods ?? 6)) periods.unshift(previousPeriod(periods[0], s.cadence));
    const rows = await this.repo.matrix(
      ctx.user.workspaceId,
      q,
      periods.map((p) => span(p, s)),
      workspaceToday(s),
      s.timezone,
    );
    const byKey = new Map(rows.map((r) => [`${r.unitId}|${r.period}`, r]));
    const units = await this.repo.units(ctx.user.workspaceId, [...new Set(rows.map((r) => r.unitId))]);
    return {
      periods,
      units: units.map((unit: SubmissionMatrix['units'][number]['unit']) => ({
        unit,
        cells: periods.map((period): MatrixCell => {
          const r = byKey.get(`${unit.id}|${period}`);
          return {
            period,
            owed: r?.owed ?? 0,
            onTime: r?.onTime ?? 0,
            late: r?.late ?? 0,
            missing: r?.missing ?? 0,
            returned: r?.returned ?? 0,
            pending: r?.pending ?? 0,
            state: cellState(r),
          };
        }),
      })),
    };
  }

  // 催报: one in-app notification per task still owing the period's report, to its responsible person.
  async remind(ctx: RequestContext, dto: RemindDto): Promise<RemindResponse> {
    const s = await this.settingsFor(ctx);
    const p = span(this.periodOrDefault(dto.period, s), s);
    return this.dataSource.transaction(async (m) => {
      const tasks = await this.repo.missing(
        m,
        ctx.user.workspaceId,
        p,
        dto.unitIds?.length ? dto.unitIds : null,
      );
      await this.notifications.insertMany(
        m,
        ctx.user.workspaceId,
        tasks.map((t) => ({
          personId: t.personId,
          kind: 'report_reminder' as const,
          params: { period: p.period, taskCode: t.code, taskTitle: t.title, fromName: ctx.user.displayName },
          link: `/reporting/tasks/${t.id}?period=${p.period}`,
        })),
      );
      const result = { notified: new Set(tasks.map((t) => t.personId)).size, tasks: tasks.length };
      await this.audit.record(m, actorOf(ctx), {
        action: 'reporting.remind',
        entity: 'reporting_period',
        entityId: p.period,
        after: { ...result, unitIds: dto.unitIds ?? null, taskIds: tasks.map((t) => t.id) },
      });
      return result;
    });
  }

  private async settingsFor(ctx: RequestContext): Promise<WorkspaceSettings> {
    await this.status.ensureFresh(ctx.user.workspaceId, ctx.workspace?.settings);
    return this.workspaces.settings(ctx.user.workspaceId);
  }

  private periodOrDefault(period: string | undefined, s: WorkspaceSettings): string {
    const today = workspaceToday(s);
    if (!period) return collectingPeriod(today, s.cadence, s.dueDay);
    if (!isPeriodForCadence(period, s.cadence) || period > periodOf(today, s.cadence))
      throw new AppException('REPORT_PERIOD_INVALID', {
        zh: '报送期无效（不能是将来的期次，按季度报送时须为季度末月份）',
        en: 'Invalid period (not in the future; with quarterly reporting a quarter-end month)',
      });
    return period;
  }
}
