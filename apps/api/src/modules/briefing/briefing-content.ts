import {
  MEETING_CHANGES_LIMIT,
  neutralizeCell,
  type Cadence,
  type DashboardSummary,
  type MeetingChanges,
  type ScheduleState,
  type SnapshotSummary,
  type StateCounts,
  type TaskChange,
  type TaskSnapshotRow,
  type Light,
} from '@plan/contracts';
import type { ChartSpec } from './charts';

export const BRIEFING_TITLE = '人工智能+行动推进情况简报';
// The behind/overdue list names this many tasks, the most days late first; the rest are counted.
export const BRIEFING_LAGGING_LIMIT = 50;
// The ranked chart shows this many regions; the table lists them all.
export const BRIEFING_CHART_REGIONS = 20;

export const SECTION_HEADINGS = {
  overall: '一、总体进展',
  measures: '二、分措施进展',
  lagging: '三、滞后和逾期任务',
  regions: '四、各地区进展排名',
  next: '五、下阶段重点',
  changes: '六、较上次调度会变化',
} as const;
export type SectionId = keyof typeof SECTION_HEADINGS;

export const STATE_LABELS: Record<ScheduleState, string> = {
  completed: '已完成',
  ahead: '超序时',
  on_track: '按序时',
  not_started: '未启动',
  behind: '慢序时',
  overdue: '逾期',
  suspended: '暂缓',
};

export const LIGHT_LABELS: Record<Light, string> = {
  green: '绿灯',
  yellow: '黄灯',
  red: '红灯',
  grey: '灰灯',
};

// Fixed state colours, the same as the web dashboard's chart-colors.ts.
export const STATE_COLORS: Record<ScheduleState, string> = {
  completed: '#1d4ed8',
  ahead: '#0f766e',
  on_track: '#16a34a',
  not_started: '#cbd5e1',
  behind: '#ca8a04',
  overdue: '#dc2626',
  suspended: '#6b7280',
};

export type Run = { text: string; bold?: boolean };
// `fit` columns (codes, numbers, states) are as wide as their widest cell and never wrap; the others share
// what is left by `width`.
export type TableColumn = {
  title: string;
  width?: number;
  fit?: boolean;
  align?: 'left' | 'center' | 'right';
};

// Tables in both writers: 小五 (9 pt) on the 156 mm text width, 4 pt cell padding each side.
export const TABLE_FONT_PT = 9;
export const TEXT_WIDTH_PT = 442;
const TABLE_EM = TEXT_WIDTH_PT / TABLE_FONT_PT;
const PAD_EM = 10 / TABLE_FONT_PT;
const MIN_WRAP_EM = 4;

// Width of a line in em: wide (CJK) characters 1, the rest a little over half. Close enough to size
// columns and chart labels without a text-measuring engine.
export function textEm(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    // CJK, and the punctuation, arrows and symbols CJK fonts draw full width (“”、…、→)
    w += c >= 0x2e80 || (c >= 0x2010 && c <= 0x2bff) ? 1 : 0.58;
  }
  return w;
}

// Each column's share of the table width: `fit` columns get their widest cell, the rest share what
// is left. Both writers use these shares, so the two files lay tables out the same way.
export function columnShares(columns: TableColumn[], rows: string[][]): number[] {
  const widest = (i: number) =>
    Math.max(
      textEm(columns[i].title),
      ...rows.map((r) => Math.max(0, ...(r[i] ?? '').split('\n').map(textEm))),
    ) + PAD_EM;
  const em = columns.map((c, i) => (c.fit ? widest(i) : 0));
  const wraps = columns.filter((c) => !c.fit);
  const room = TABLE_EM - MIN_WRAP_EM * wraps.length;
  const fixed = em.reduce((a, b) => a + b, 0);
  // too many wide numbers: the fit columns shrink together (and may wrap) rather than overflow
  if (fixed > room) for (let i = 0; i < em.length; i++) em[i] *= room / fixed;
  const rest = TABLE_EM - em.reduce((a, b) => a + b, 0);
  const weights = wraps.reduce((a, c) => a + (c.width ?? 1), 0);
  const out = columns.map((c, i) => (c.fit ? em[i] : weights ? (rest * (c.width ?? 1)) / weights : 0));
  const total = out.reduce((a, b) => a + b, 0);
  return out.map((w) => w / total);
}

const fit = (title: string, align: TableColumn['align'] = 'right'): TableColumn => ({
  title,
  fit: true,
  align,
});
const wrap = (title: string, width = 1): TableColumn => ({ title, width });

export type BriefingBlock =
  | { kind: 'paragraph'; runs: Run[]; indent?: boolean; keepNext?: boolean }
  | { kind: 'note'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'figures'; items: { label: string; value: string }[] }
  | { kind: 'table'; columns: TableColumn[]; rows: string[][]; totalRow?: boolean }
  | { kind: 'chart'; chart: ChartSpec; caption: string };

export type BriefingSection = { id: SectionId; heading: string; blocks: BriefingBlock[] };

export type BriefingDocument = {
  title: string;
  cover: { title: string; organisation: string; meeting: string | null; date: string; scope: string[] };
  // for the running footer and the document properties
  subject: string;
  sections: BriefingSection[];
};

export type BriefingInput = {
  workspaceName: string;
  // the day every figure is as of (a meeting's freeze day, or today)
  asOf: string;
  // the reporting period "reports missing" counts
  period: string;
  cadence: Cadence;
  meeting: { title: string; heldOn: string } | null;
  // filters in words, e.g. "地区：广东省"; empty for the whole workspace
  scope: string[];
  summary: SnapshotSummary;
  // behind and overdue rows, most days late first, at most BRIEFING_LAGGING_LIMIT; total counts them all
  lagging: { rows: TaskSnapshotRow[]; total: number };
  // null when it cannot be reproduced (a meeting's snapshot under filters)
  trend: DashboardSummary['trend'] | null;
  upcoming: DashboardSummary['upcomingMilestones'];
  upcomingNote: string | null;
  // null: no earlier meeting to compare with
  changes: { data: MeetingChanges; fromHeldOn: string | null } | null;
};

// Every string a user typed goes through here before it reaches a document.
const u = (s: string | null | undefined): string => neutralizeCell(s ?? '');

export const chineseDate = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

export const periodLabel = (p: string, cadence: Cadence): string => {
  const [y, m] = p.split('-').map(Number);
  return cadence === 'quarter' ? `${y}年第${Math.ceil(m / 3)}季度` : `${y}年${m}月`;
};

// A table row never splits across pages, so a long text in a cell is cut; the full text is in the ledger.
const CELL_MAX_CHARS = 300;
const clip = (s: string, max: number): string =>
  [...s].length > max ? `${[...s].slice(0, max).join('')}…` : s;

const pct = (n: number): string => `${Number.isInteger(n) ? n : n.toFixed(1)}%`;
const share = (part: number, whole: number): number =>
  whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10;
const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

// Same order as the dashboard's behind list: most days late, then largest gap, then code.
export function compareLagging(a: TaskSnapshotRow, b: TaskSnapshotRow): number {
  return (
    b.daysLate - a.daysLate ||
    (b.gap ?? Number.NEGATIVE_INFINITY) - (a.gap ?? Number.NEGATIVE_INFINITY) ||
    a.code.localeCompare(b.code)
  );
}

export const isLagging = (r: Pick<TaskSnapshotRow, 'state'>): boolean =>
  r.state === 'behind' || r.state === 'overdue';

// Regions ranked worst first: share behind, then number behind, then lower average progress.
export function rankRegions(byRegion: SnapshotSummary['byRegion']): SnapshotSummary['byRegion'] {
  return [...byRegion].sort(
    (a, b) =>
      b.behindShare - a.behindShare ||
      b.behind + b.overdue - (a.behind + a.overdue) ||
      a.averageProgress - b.averageProgress ||
      a.code.localeCompare(b.code),
  );
}

const STATE_ORDER: ScheduleState[] = [
  'completed',
  'ahead',
  'on_track',
  'not_started',
  'behind',
  'overdue',
  'suspended',
];
const COUNT_KEY: Record<ScheduleState, keyof StateCounts> = {
  completed: 'completed',
  ahead: 'ahead',
  on_track: 'onTrack',
  not_started: 'notStarted',
  behind: 'behind',
  overdue: 'overdue',
  suspended: 'suspended',
};

const para = (text: string, indent = true): BriefingBlock => ({
  kind: 'paragraph',
  runs: [{ text }],
  indent,
});

function overall(input: BriefingInput): BriefingBlock[] {
  const t = input.summary.totals;
  const lag = t.behind + t.overdue;
  const period = periodLabel(input.period, input.cadence);
  const blocks: BriefingBlock[] = [];
  if (t.tasks === 0) {
    blocks.push(para(`截至${chineseDate(input.asOf)}，所选范围内没有任务。`));
    return blocks;
  }
  blocks.push(
    para(
      `截至${chineseDate(input.asOf)}，纳入调度的任务共${t.tasks}项，已完成${t.completed}项，完成率${pct(t.completionRate)}，` +
        `平均进度${pct(t.averageProgress)}。其中，超序时${t.ahead}项，按序时${t.onTrack}项，慢序时${t.behind}项，` +
        `逾期${t.overdue}项，未启动${t.notStarted}项，暂缓${t.suspended}项；${period}进展未报送${t.reportsMissing}项。`,
    ),
  );
  blocks.push(
    para(
      lag > 0
        ? `亮灯情况：绿灯${t.lights.green}项、黄灯${t.lights.yellow}项、红灯${t.lights.red}项。滞后（慢序时和逾期）任务合计${lag}项，占${pct(share(lag, t.tasks))}，需重点督促。`
        : `亮灯情况：绿灯${t.lights.green}项、黄灯${t.lights.yellow}项、红灯${t.lights.red}项。目前没有滞后或逾期任务。`,
    ),
  );
  blocks.push({
    kind: 'figures',
    items: [
      { label: '任务总数', value: `${t.tasks}` },
      { label: '已完成', value: `${t.completed}` },
      { label: '完成率', value: pct(t.completionRate) },
      { label: '按序时', value: `${t.onTrack}` },
      { label: '超序时', value: `${t.ahead}` },
      { label: '慢序时', value: `${t.behind}` },
      { label: '逾期', value: `${t.overdue}` },
      { label: '未启动', value: `${t.notStarted}` },
      { label: '暂缓', value: `${t.suspended}` },
      { label: '未报送', value: `${t.reportsMissing}` },
    ],
  });
  if (input.trend && input.trend.length > 0) {
    blocks.push({
      kind: 'chart',
      caption: '序时进度与实际进度趋势（平均进度，%）',
      chart: {
        kind: 'line',
        labels: input.trend.map((p) => p.period),
        unit: '%',
        series: [
          {
            key: 'expected',
            label: '序时进度（计划）',
            color: '#64748b',
            values: input.trend.map((p) => p.expected),
            dashed: true,
          },
          { key: 'actual', label: '实际进度', color: '#1d4e89', values: input.trend.map((p) => p.actual) },
        ],
      },
    });
  } else if (input.trend === null) {
    blocks.push({
      kind: 'note',
      text: '注：调度会快照只保存了全部任务的进度趋势，按筛选条件的趋势图不在快照中，本简报未列出。',
    });
  }
  return blocks;
}

function measures(input: BriefingInput): BriefingBlock[] {
  const rows = input.summary.byMeasure;
  if (rows.length === 0) return [para('所选范围内没有任务。')];
  const worst = [...rows]
    .filter((m) => m.behind + m.overdue > 0)
    .sort((a, b) => share(b.behind + b.overdue, b.tasks) - share(a.behind + a.overdue, a.tasks))[0];
  const best = [...rows].sort((a, b) => b.averageProgress - a.averageProgress)[0];
  const blocks: BriefingBlock[] = [
    para(
      `${rows.length}项措施中，平均进度最高的是“${u(best.nameZh)}”（${pct(best.averageProgress)}）` +
        (worst
          ? `；滞后任务占比最高的是“${u(worst.nameZh)}”（慢序时${worst.behind}项、逾期${worst.overdue}项，占${pct(share(worst.behind + worst.overdue, worst.tasks))}）。`
          : '；各措施均无滞后任务。'),
    ),
  ];
  const t = input.summary.totals;
  const line = (name: string, c: StateCounts, rate: number) => [
    name,
    `${c.tasks}`,
    `${c.completed}`,
    `${c.ahead}`,
    `${c.onTrack}`,
    `${c.behind}`,
    `${c.overdue}`,
    `${c.notStarted}`,
    `${c.suspended}`,
    pct(c.averageProgress),
    pct(rate),
  ];
  blocks.push({
    kind: 'table',
    columns: [
      wrap('措施'),
      ...['任务', '已完成', '超序时', '按序时', '慢序时', '逾期', '未启动', '暂缓', '平均进度', '完成率'].map(
        (t) => fit(t),
      ),
    ],
    rows: [
      ...rows.map((m) => line(u(m.nameZh), m, share(m.completed, m.tasks))),
      line('合计', t, t.completionRate),
    ],
    totalRow: true,
  });
  blocks.push({
    kind: 'chart',
    caption: '各措施任务序时状态分布（项）',
    chart: {
      kind: 'stacked',
      categories: rows.map((m) => u(m.nameZh)),
      series: STATE_ORDER.map((s) => ({
        key: s,
        label: STATE_LABELS[s],
        color: STATE_COLORS[s],
        values: rows.map((m) => m[COUNT_KEY[s]]),
      })),
    },
  });
  return blocks;
}

function lagging(input: BriefingInput): BriefingBlock[] {
  const t = input.summary.totals;
  const { rows, total } = input.lagging;
  if (total === 0) return [para('所选范围内没有慢序时或逾期任务。')];
  const more = total - rows.length;
  const blocks: BriefingBlock[] = [
    para(
      `慢序时任务${t.behind}项、逾期任务${t.overdue}项，按滞后天数由多到少排列如下` +
        (more > 0 ? `（列出前${rows.length}项，另有${more}项未列出，详见任务台账）。` : '。'),
    ),
    { kind: 'subheading', text: '（一）任务清单' },
    {
      kind: 'table',
      columns: [
        fit('序号', 'center'),
        fit('编号', 'left'),
        wrap('任务名称', 1.6),
        wrap('牵头单位', 1),
        fit('状态', 'center'),
        fit('实际进度'),
        fit('序时进度'),
        fit('滞后天数'),
      ],
      rows: rows.map((r, i) => [
        `${i + 1}`,
        u(r.code),
        u(r.title),
        u(r.leadUnitNameZh),
        STATE_LABELS[r.state],
        `${r.progress}%`,
        r.expected === null ? '—' : pct(r.expected),
        `${r.daysLate}`,
      ]),
    },
    { kind: 'subheading', text: '（二）进展和存在问题' },
  ];
  rows.forEach((r, i) => {
    blocks.push({
      kind: 'paragraph',
      indent: true,
      keepNext: true,
      runs: [
        { text: `${i + 1}. ${u(r.code)} ${u(r.title)}`, bold: true },
        {
          text: `（牵头单位：${u(r.leadUnitNameZh)}；${u(r.regionNameZh)}；${STATE_LABELS[r.state]}，滞后${r.daysLate}天${r.dueDate ? `，完成时限${chineseDate(r.dueDate)}` : '，长期推进'}）`,
        },
      ],
    });
    const when = r.latestPeriod ? `（${periodLabel(r.latestPeriod, input.cadence)}）` : '';
    blocks.push({
      kind: 'paragraph',
      indent: true,
      runs: [{ text: `进展情况${when}：`, bold: true }, { text: u(r.achievements).trim() || '未报送。' }],
    });
    blocks.push({
      kind: 'paragraph',
      indent: true,
      runs: [{ text: '存在问题：', bold: true }, { text: u(r.problems).trim() || '未填报。' }],
    });
  });
  return blocks;
}

function regions(input: BriefingInput): BriefingBlock[] {
  const ranked = rankRegions(input.summary.byRegion);
  if (ranked.length === 0) return [para('所选范围内没有任务。')];
  const lagged = ranked.filter((r) => r.behind + r.overdue > 0);
  const blocks: BriefingBlock[] = [
    para(
      `按滞后任务（慢序时和逾期）占比由高到低排列，共${ranked.length}个地区。` +
        (lagged.length > 0
          ? `滞后占比较高的是${lagged
              .slice(0, 3)
              .map((r) => `${u(r.nameZh)}（${pct(r.behindShare)}）`)
              .join('、')}；${ranked.length - lagged.length}个地区没有滞后任务。`
          : '各地区均没有滞后任务。'),
    ),
    {
      kind: 'table',
      columns: [
        fit('排名', 'center'),
        wrap('地区'),
        ...['任务', '已完成', '慢序时', '逾期', '滞后占比', '平均进度'].map((t) => fit(t)),
      ],
      rows: ranked.map((r, i) => [
        `${i + 1}`,
        u(r.nameZh),
        `${r.tasks}`,
        `${r.completed}`,
        `${r.behind}`,
        `${r.overdue}`,
        pct(r.behindShare),
        pct(r.averageProgress),
      ]),
    },
  ];
  const shown = ranked.slice(0, BRIEFING_CHART_REGIONS);
  blocks.push({
    kind: 'chart',
    caption: '各地区滞后任务占比排名（%）' + (ranked.length > shown.length ? `，前${shown.length}位` : ''),
    chart: {
      kind: 'ranked',
      unit: '%',
      color: '#c2410c',
      items: shown.map((r) => ({ label: u(r.nameZh), value: r.behindShare })),
    },
  });
  return blocks;
}

function next(input: BriefingInput): BriefingBlock[] {
  const t = input.summary.totals;
  const blocks: BriefingBlock[] = [];
  const list = input.upcoming;
  blocks.push(
    para(
      list.length > 0
        ? `今后30天内到期的节点${list.length}个，请各牵头单位按期完成：`
        : '今后30天内没有到期的节点。',
    ),
  );
  if (list.length > 0)
    blocks.push({
      kind: 'table',
      columns: [
        fit('到期日', 'center'),
        fit('剩余天数'),
        wrap('节点', 1.2),
        wrap('任务', 1.4),
        wrap('牵头单位', 1),
      ],
      rows: list.map((m) => [
        m.dueDate,
        `${m.daysLeft}`,
        u(m.title),
        `${u(m.task.code)} ${u(m.task.title)}`,
        u(m.leadUnit.nameZh),
      ]),
    });
  if (input.upcomingNote) blocks.push({ kind: 'note', text: input.upcomingNote });
  const asks: string[] = [];
  if (t.overdue > 0) asks.push(`对逾期的${t.overdue}项任务逐项明确完成时限，加强督办`);
  if (t.behind > 0) asks.push(`对慢序时的${t.behind}项任务分析原因、加快推进`);
  if (t.reportsMissing > 0)
    asks.push(`${periodLabel(input.period, input.cadence)}尚未报送进展的${t.reportsMissing}项任务尽快补报`);
  if (asks.length > 0) blocks.push(para(`下一阶段，${asks.join('；')}。`));
  return blocks;
}

const changeColumns: TableColumn[] = [fit('编号', 'left'), wrap('任务名称', 1.6), wrap('牵头单位', 1)];
const base = (c: TaskChange) => [u(c.code), u(c.title), u(c.leadUnitNameZh)];

function changeList(
  title: string,
  list: TaskChange[],
  columns: TableColumn[],
  cells: (c: TaskChange) => string[],
) {
  const out: BriefingBlock[] = [{ kind: 'subheading', text: title }];
  if (list.length === 0) out.push(para('无。'));
  else
    out.push({
      kind: 'table',
      columns: [...changeColumns, ...columns],
      rows: list.map((c) => [...base(c), ...cells(c)]),
    });
  return out;
}

function changes(input: BriefingInput, limit: number): BriefingBlock[] {
  if (!input.changes)
    return [
      para(
        input.meeting
          ? '本次为首次调度会，没有可比较的上次调度会。'
          : '尚未召开调度会，没有可比较的上次调度会。',
      ),
    ];
  const c = input.changes.data;
  // state and light changes in one list: a light rarely moves without the state
  const moved = new Map<string, TaskChange>();
  for (const x of [...c.stateChanged, ...c.lightChanged]) moved.set(x.taskId, x);
  const movedList = [...moved.values()].sort((a, b) => a.code.localeCompare(b.code));
  const count = (list: TaskChange[]) => (list.length >= limit ? `${list.length}项以上` : `${list.length}项`);
  const held = input.changes.fromHeldOn ? `，${chineseDate(input.changes.fromHeldOn)}召开` : '';
  const blocks: BriefingBlock[] = [
    para(
      `与上次调度会（${u(c.from.title)}${held}，数据截至${chineseDate(c.from.asOf)}）相比：序时状态变化${count(c.stateChanged)}，` +
        `亮灯变化${count(c.lightChanged)}，新完成${count(c.newlyCompleted)}，新逾期${count(c.newlyOverdue)}，` +
        `进度有变化${count(c.largestProgress)}，新反映问题${count(c.newProblems)}，新增任务${count(c.newTasks)}。` +
        `每类最多列出${limit}项。`,
    ),
  ];
  const stateCell = (x: TaskChange) =>
    `${x.before ? STATE_LABELS[x.before.state] : '—'}→${STATE_LABELS[x.after.state]}`;
  const lightCell = (x: TaskChange) =>
    `${x.before ? LIGHT_LABELS[x.before.light] : '—'}→${LIGHT_LABELS[x.after.light]}`;
  blocks.push(
    ...changeList(
      '（一）序时状态或亮灯变化',
      movedList,
      [fit('序时状态', 'center'), fit('亮灯', 'center')],
      (x) => [stateCell(x), lightCell(x)],
    ),
    ...changeList('（二）新完成任务', c.newlyCompleted, [fit('进度')], (x) => [`${x.after.progress}%`]),
    ...changeList('（三）新逾期任务', c.newlyOverdue, [fit('原状态', 'center')], (x) => [
      x.before ? STATE_LABELS[x.before.state] : '—',
    ]),
    ...changeList(
      '（四）进度变化较大的任务',
      c.largestProgress,
      [fit('原进度'), fit('现进度'), fit('变化')],
      (x) => [`${x.before?.progress ?? 0}%`, `${x.after.progress}%`, signed(x.progressDelta)],
    ),
    ...changeList('（五）新反映的问题', c.newProblems, [wrap('存在问题', 2)], (x) => [
      clip(u(x.after.problems).trim(), CELL_MAX_CHARS),
    ]),
    ...changeList('（六）新增任务', c.newTasks, [fit('序时状态', 'center')], (x) => [
      STATE_LABELS[x.after.state],
    ]),
  );
  return blocks;
}

// The briefing as a document model: both writers (docx, pdf) render exactly this, so the two files
// always say the same thing. Pure: everything it needs comes in through `input`.
export function buildBriefing(input: BriefingInput, changesLimit = MEETING_CHANGES_LIMIT): BriefingDocument {
  const date = chineseDate(input.asOf);
  const doc: BriefingDocument = {
    title: BRIEFING_TITLE,
    subject: input.meeting ? `${u(input.meeting.title)}（数据截至${date}）` : `数据截至${date}`,
    cover: {
      title: BRIEFING_TITLE,
      organisation: u(input.workspaceName),
      meeting: input.meeting ? `${u(input.meeting.title)}（${chineseDate(input.meeting.heldOn)}）` : null,
      date: `数据截至${date}`,
      scope: input.scope.map(u),
    },
    sections: [
      { id: 'overall', heading: SECTION_HEADINGS.overall, blocks: overall(input) },
      { id: 'measures', heading: SECTION_HEADINGS.measures, blocks: measures(input) },
      { id: 'lagging', heading: SECTION_HEADINGS.lagging, blocks: lagging(input) },
      { id: 'regions', heading: SECTION_HEADINGS.regions, blocks: regions(input) },
      { id: 'next', heading: SECTION_HEADINGS.next, blocks: next(input) },
      { id: 'changes', heading: SECTION_HEADINGS.changes, blocks: changes(input, changesLimit) },
    ],
  };
  let figure = 0;
  for (const section of doc.sections)
    for (const b of section.blocks) if (b.kind === 'chart') b.caption = `图${++figure}  ${b.caption}`;
  return doc;
}

export type ScopeFilters = {
  measure?: string[];
  region?: string[];
  sector?: string[];
  leadUnit?: string[];
  unit?: string[];
  responsible?: string;
  state?: ScheduleState[];
  light?: Light[];
  dueFrom?: string;
  dueTo?: string;
  q?: string;
  archived?: 'exclude' | 'only' | 'include';
};

// The filters in words for the cover ("地区：广东省"); unknown ids are shown as given.
export function describeScope(
  f: ScopeFilters,
  names: Record<'measures' | 'regions' | 'sectors' | 'units' | 'people', Record<string, string>>,
): string[] {
  const list = (codes: string[] | undefined, dict: Record<string, string>) =>
    (codes ?? []).map((c) => dict[c] ?? c).join('、');
  const out: string[] = [];
  if (f.measure?.length) out.push(`措施：${list(f.measure, names.measures)}`);
  if (f.region?.length) out.push(`地区：${list(f.region, names.regions)}`);
  if (f.sector?.length) out.push(`领域：${list(f.sector, names.sectors)}`);
  if (f.leadUnit?.length) out.push(`牵头单位：${list(f.leadUnit, names.units)}`);
  if (f.unit?.length) out.push(`承办单位：${list(f.unit, names.units)}`);
  if (f.responsible) out.push(`责任人：${names.people[f.responsible] ?? f.responsible}`);
  if (f.state?.length) out.push(`序时状态：${f.state.map((s) => STATE_LABELS[s]).join('、')}`);
  if (f.light?.length) out.push(`亮灯：${f.light.map((l) => LIGHT_LABELS[l]).join('、')}`);
  if (f.dueFrom || f.dueTo)
    out.push(`完成时限：${f.dueFrom ? chineseDate(f.dueFrom) : ''}至${f.dueTo ? chineseDate(f.dueTo) : ''}`);
  if (f.q) out.push(`关键词：${f.q}`);
  if (f.archived === 'only') out.push('仅已归档任务');
  if (f.archived === 'include') out.push('含已归档任务');
  return out;
}
