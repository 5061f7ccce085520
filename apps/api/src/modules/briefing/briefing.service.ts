import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  compareSnapshots,
  summarizeRows,
  type DashboardSummary,
  type MeetingDetail,
  type TaskSnapshotRow,
} from '@plan/contracts';
import { RequestContext } from '../../common/request-context';
import { DashboardService } from '../dashboard/dashboard.service';
import { MeetingsService } from '../meetings/meetings.service';
import { workspaceToday, WorkspacesRepository } from '../workspaces/workspaces.repository';
import {
  BRIEFING_LAGGING_LIMIT,
  BRIEFING_TITLE,
  buildBriefing,
  chineseDate,
  compareLagging,
  describeScope,
  isLagging,
  type BriefingBlock,
  type BriefingInput,
} from './briefing-content';
import { BriefingRepository } from './briefing.repository';
import { renderChart, type ChartImage } from './charts';
import { CJK_FONT_CANDIDATES, locateCjkFonts } from './cjk-font';
import { writeDocx } from './docx.writer';
import { BriefingQuery } from './dto/briefing.query';
import { writePdf } from './pdf.writer';

export type BriefingFormat = 'docx' | 'pdf';

export type BriefingFile = { fileName: string; contentType: string; content: Buffer };

const CONTENT_TYPES: Record<BriefingFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

// Keeps what the figures and the change lists need and drops the long texts, so 100k rows stay small;
// the lagging rows keep their narratives.
const slim = (r: TaskSnapshotRow): TaskSnapshotRow => ({
  ...r,
  requirement: '',
  achievements: '',
  nextSteps: '',
  cooperatingUnitsZh: '',
  cooperatingUnitsEn: '',
  cooperatingUnitIds: [],
});

const FILTER_KEYS = [
  'measure',
  'region',
  'sector',
  'leadUnit',
  'unit',
  'responsible',
  'state',
  'light',
  'dueFrom',
  'dueTo',
  'q',
  'archived',
] as const;

@Injectable()
export class BriefingService {
  private readonly logger = new Logger(BriefingService.name);

  constructor(
    private readonly meetings: MeetingsService,
    private readonly dashboard: DashboardService,
    private readonly workspaces: WorkspacesRepository,
    private readonly repo: BriefingRepository,
    @Inject(CJK_FONT_CANDIDATES) private readonly fontCandidates: readonly string[],
  ) {}

  async produce(ctx: RequestContext, q: BriefingQuery, format: BriefingFormat): Promise<BriefingFile> {
    const started = Date.now();
    // first, so a server without a CJK font answers at once with the fix instead of half a document
    const envPath = process.env.CJK_FONT_PATH || undefined;
    const fonts = locateCjkFonts(envPath, this.fontCandidates);
    if (envPath && fonts.sans.path !== envPath)
      this.logger.warn(`CJK_FONT_PATH=${envPath} is not a readable font; using ${fonts.sans.path}`);
    const input = await this.gather(ctx, q);
    const doc = buildBriefing(input);
    const charts = new Map<BriefingBlock, ChartImage>();
    await Promise.all(
      doc.sections
        .flatMap((s) => s.blocks)
        .map(async (b) => {
          if (b.kind === 'chart') charts.set(b, await renderChart(b.chart, fonts.sans));
        }),
    );
    const content = format === 'docx' ? await writeDocx(doc, charts) : await writePdf(doc, charts, fonts);
    this.logger.log(
      {
        format,
        meeting: q.meeting ?? null,
        tasks: input.summary.totals.tasks,
        ms: Date.now() - started,
        bytes: content.length,
      },
      'briefing produced',
    );
    return {
      fileName: `${BRIEFING_TITLE}_${input.asOf}.${format}`,
      contentType: CONTENT_TYPES[format],
      content,
    };
  }

  // Everything the briefing says, from one source: the meeting's frozen rows and summary when
  // ?meeting= is given (so it reproduces that meeting), else the live rows and dashboard.
  private async gather(ctx: RequestContext, q: BriefingQuery): Promise<BriefingInput> {
    const { meeting: meetingId, ...filters } = q;
    const filtered = FILTER_KEYS.some((k) => {
      const v = filters[k];
      return Array.isArray(v) ? v.length > 0 : v !== undefined && v !== '';
    });
    const ws = ctx.user.workspaceId;
    const meeting: MeetingDetail | null = meetingId ? await this.meetings.get(ctx, meetingId) : null;
    const [settings, names] = await Promise.all([
      this.workspaces.settings(ws),
      this.repo.scopeNames(ws, filters),
    ]);

    // The meeting to compare with is read alongside; a failure surfaces when awaited, not as unhandled.
    const previous = this.previous(ctx, filters, meeting);
    previous.catch(() => undefined);
    let dashboard: Promise<DashboardSummary> | undefined;
    const startDashboard = () => {
      if (meeting || dashboard) return;
      dashboard = this.dashboard.summary(ctx, filters);
      dashboard.catch(() => undefined);
    };

    const rows: TaskSnapshotRow[] = [];
    let lagging: TaskSnapshotRow[] = [];
    let laggingTotal = 0;
    for await (const page of this.meetings.rows(ctx, filters, meeting?.id ?? null)) {
      // the first page has brought the task statuses up to date: the dashboard's trend can run alongside
      startDashboard();
      for (const r of page) {
        rows.push(slim(r));
        if (isLagging(r)) {
          laggingTotal++;
          lagging.push(r);
        }
      }
      // keep only the worst few with their texts, whatever the number of tasks
      if (lagging.length > BRIEFING_LAGGING_LIMIT)
        lagging = lagging.sort(compareLagging).slice(0, BRIEFING_LAGGING_LIMIT);
    }
    startDashboard();
    lagging.sort(compareLagging);
    const summary = summarizeRows(rows);
    const live = dashboard ? await dashboard : null;
    const frozen = meeting?.summary;
    const taskIds = new Set(rows.map((r) => r.taskId));
    const asOf = meeting ? meeting.asOf : (live?.asOf ?? workspaceToday(settings));

    const before = await previous;
    const changes: BriefingInput['changes'] = before && {
      data: {
        from: { meetingId: before.from.id, title: before.from.title, asOf: before.from.asOf },
        to: { meetingId: meeting?.id ?? null, title: meeting?.title ?? null, asOf },
        ...compareSnapshots(before.rows, rows),
      },
      fromHeldOn: before.from.heldOn,
    };
    return {
      workspaceName: settings.name,
      asOf,
      period: (frozen ?? live)?.period ?? '',
      cadence: settings.cadence,
      meeting: meeting ? { title: meeting.title, heldOn: meeting.heldOn } : null,
      scope: describeScope(filters, names),
      summary,
      lagging: { rows: lagging, total: laggingTotal },
      // the snapshot holds the trend of all tasks only
      trend: frozen ? (filtered ? null : frozen.trend) : (live?.trend ?? []),
      upcoming: frozen
        ? frozen.upcomingMilestones.filter((m) => !filtered || taskIds.has(m.task.id))
        : (live?.upcomingMilestones ?? []),
      upcomingNote: frozen
        ? `注：节点清单为调度会冻结数据时（${chineseDate(asOf)}）今后30天内到期的节点${filtered ? '，按筛选条件取其中的任务' : ''}。`
        : null,
      changes,
    };
  }

  // The meeting before this one (as of a meeting) or the latest one (live), with its rows under the same
  // filters, so a briefing for one province lists that province's changes.
  private async previous(
    ctx: RequestContext,
    filters: Omit<BriefingQuery, 'meeting'>,
    meeting: MeetingDetail | null,
  ): Promise<{ from: MeetingDetail; rows: TaskSnapshotRow[] } | null> {
    const fromId = meeting ? meeting.previousMeetingId : ((await this.meetings.list(ctx))[0]?.id ?? null);
    if (!fromId) return null;
    const from = await this.meetings.get(ctx, fromId);
    const rows: TaskSnapshotRow[] = [];
    for await (const page of this.meetings.rows(ctx, filters, from.id))
      for (const r of page) rows.push(slim(r));
    return { from, rows };
  }
}
