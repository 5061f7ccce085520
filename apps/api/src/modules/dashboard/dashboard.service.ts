import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  addDays,
  DASHBOARD_LIST_LIMIT,
  latestClosedPeriod,
  periodEnd,
  periodOf,
  periodsBetween,
  periodStart,
  previousPeriod,
  round1,
  TREND_PERIODS,
  UPCOMING_MILESTONE_DAYS,
  type DashboardGroup,
  type DashboardSummary,
  type StateCounts,
} from '@plan/contracts';
import { filterKey, RevisionCache } from '../../common/revision-cache';
import { RequestContext } from '../../common/request-context';
import { serializeJson, type SerializedJson } from '../../common/serialized-json';
import { workspaceStateOf } from '../audit/workspace-revision';
import { TaskStatusService } from '../tasks/task-status.service';
import { workspaceToday, WorkspacesRepository } from '../workspaces/workspaces.repository';
import { DashboardRepository, type TrendRow } from './dashboard.repository';
import { DashboardQuery } from './dto/dashboard.query';

const ZERO: StateCounts = {
  tasks: 0,
  completed: 0,
  ahead: 0,
  onTrack: 0,
  behind: 0,
  overdue: 0,
  notStarted: 0,
  suspended: 0,
  reportsMissing: 0,
  averageProgress: 0,
};

const counts = (r: Partial<StateCounts> | undefined): StateCounts => ({
  tasks: r?.tasks ?? 0,
  completed: r?.completed ?? 0,
  ahead: r?.ahead ?? 0,
  onTrack: r?.onTrack ?? 0,
  behind: r?.behind ?? 0,
  overdue: r?.overdue ?? 0,
  notStarted: r?.notStarted ?? 0,
  suspended: r?.suspended ?? 0,
  reportsMissing: r?.reportsMissing ?? 0,
  averageProgress: r?.averageProgress ?? 0,
});

const share = (part: number, whole: number) => (whole === 0 ? 0 : round1((100 * part) / whole));

// Summaries kept per (workspace, revision, day, filter): a few hundred views of a few tens of KB each.
const CACHE_ENTRIES = 256;

@Injectable()
export class DashboardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: DashboardRepository,
    private readonly status: TaskStatusService,
    private readonly workspaces: WorkspacesRepository,
  ) {}

  private readonly cache = new RevisionCache<SerializedJson<DashboardSummary>>(CACHE_ENTRIES);

  async summary(ctx: RequestContext, q: DashboardQuery): Promise<DashboardSummary> {
    return (await this.serializedSummary(ctx, q)).value;
  }

  // Served from the cache while the workspace's data is unchanged: the key holds the workspace, its revision
  // (bumped in the transaction of every audited change, and by the daily status refresh), the workspace's
  // today and the whole normalized filter, including any scope the caller was limited to. The revision is
  // read before the figures, so an entry is never older than its key. Entries hold the answer's bytes too.
  async serializedSummary(ctx: RequestContext, q: DashboardQuery): Promise<SerializedJson<DashboardSummary>> {
    const ws = ctx.user.workspaceId;
    const { settings, revision } = await workspaceStateOf(this.dataSource.manager, ctx);
    await this.status.ensureFreshWith(settings);
    const key = `${ws}|${revision}|${workspaceToday(settings)}|${filterKey(q)}`;
    // one snapshot for every figure, as a meeting freezes them
    return this.cache.get(key, async () =>
      serializeJson(
        await this.dataSource.transaction('REPEATABLE READ', (tx) => this.summaryWith(tx, ws, q)),
      ),
    );
  }

  // Inside the caller's transaction: a meeting freezes this together with its task rows.
  async summaryWith(m: EntityManager, ws: string, q: DashboardQuery): Promise<DashboardSummary> {
    // These aggregates cost enough for PostgreSQL to JIT-compile them, which takes longer (seconds) than
    // running them; off for this transaction only.
    await m.query(`SELECT set_config('jit', 'off', true)`);
    const settings = await this.workspaces.settings(ws, m);
    const today = workspaceToday(settings);
    const period = q.period ?? latestClosedPeriod(today, settings.cadence, settings.dueDay);
    const window = {
      period,
      start: periodStart(period, settings.cadence),
      end: periodEnd(period, settings.cadence),
    };
    const currentPeriod = periodOf(today, settings.cadence);
    let firstTrendPeriod = currentPeriod;
    for (let i = 1; i < TREND_PERIODS; i++)
      firstTrendPeriod = previousPeriod(firstTrendPeriod, settings.cadence);

    // One query after another on one connection: inside a meeting's snapshot transaction that is the only
    // way, and outside it one summary does not hold eight pooled connections at once.
    const countRows = await this.repo.counts(ws, q, window, m);
    const grouped = countRows.filter((r) => r.kind === 'mr');
    const sectorRows = countRows.filter((r) => r.kind === 's');
    const measures = await this.repo.measures(ws, m);
    const regions = await this.repo.regions(m);
    const sectors = await this.repo.sectors(m);
    const trend = await this.repo.trend(
      ws,
      q,
      periodsBetween(firstTrendPeriod, currentPeriod, settings.cadence).map((p) => ({
        period: p,
        end: periodEnd(p, settings.cadence),
      })),
      settings.cadence,
      m,
    );
    const upcoming = await this.repo.upcomingMilestones(
      ws,
      q,
      today,
      addDays(today, UPCOMING_MILESTONE_DAYS),
      DASHBOARD_LIST_LIMIT,
      m,
    );
    const behind = await this.repo.behind(ws, q, DASHBOARD_LIST_LIMIT, m);

    const total = grouped.find((r) => r.gm === 1 && r.gr === 1);
    const byMeasure = new Map(grouped.filter((r) => r.gm === 0).map((r) => [r.measure as string, r]));
    const byRegion = new Map(grouped.filter((r) => r.gr === 0).map((r) => [r.region as string, r]));
    const bySector = new Map(sectorRows.filter((r) => r.gm === 1).map((r) => [r.sector, r]));
    const totals = counts(total);

    const group = (
      ref: { code: string; nameZh: string; nameEn: string },
      r: Partial<StateCounts> | undefined,
    ): DashboardGroup => ({
      code: ref.code,
      nameZh: ref.nameZh,
      nameEn: ref.nameEn,
      ...counts(r),
    });

    return {
      asOf: today,
      period,
      totals: {
        ...(total ? totals : ZERO),
        completionRate: share(totals.completed, totals.tasks),
        lights: {
          green: total?.green ?? 0,
          yellow: total?.yellow ?? 0,
          red: total?.red ?? 0,
          grey: total?.grey ?? 0,
        },
      },
      byMeasure: measures.map((m) => group(m, byMeasure.get(m.code))),
      byRegion: regions.map((r) => {
        const g = group(r, byRegion.get(r.code));
        return { ...g, behindShare: share(g.behind + g.overdue, g.tasks) };
      }),
      bySector: sectors.map((s) => group(s, bySector.get(s.code))),
      bySectorMeasure: sectorRows
        .filter((r) => r.gm === 0)
        .map((r) => ({
          sector: r.sector as string,
          measure: r.measure as string,
          tasks: r.tasks,
          behind: r.behind,
          overdue: r.overdue,
          averageProgress: r.averageProgress,
        })),
      trend: trend.map(trendPoint),
      upcomingMilestones: upcoming.map((r: Record<string, unknown>) => ({
        id: r.id as string,
        title: r.title as string,
        dueDate: r.dueDate as string,
        daysLeft: r.daysLeft as number,
        task: { id: r.taskId as string, code: r.taskCode as string, title: r.taskTitle as string },
        leadUnit: { id: r.unitId as string, nameZh: r.unitNameZh as string, nameEn: r.unitNameEn as string },
      })),
      behind,
    };
  }
}

// Averages over the tasks started by the period's end, from the per-task one-decimal figures.
export function trendPoint(r: TrendRow): DashboardSummary['trend'][number] {
  return {
    period: r.period,
    tasks: r.tasks,
    expected: r.tasks ? round1(r.expectedTenths / 10 / r.tasks) : 0,
    actual: r.tasks ? round1(r.actualSum / r.tasks) : 0,
    completedRate: share(r.completed, r.tasks),
  };
}
