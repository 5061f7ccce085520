import { compareSnapshots, summarizeRows, type MeetingChanges, type TaskSnapshotRow } from '@plan/contracts';
import {
  BRIEFING_LAGGING_LIMIT,
  buildBriefing,
  chineseDate,
  columnShares,
  compareLagging,
  describeScope,
  isLagging,
  periodLabel,
  rankRegions,
  SECTION_HEADINGS,
  textEm,
  type BriefingBlock,
  type BriefingDocument,
  type BriefingInput,
} from './briefing-content';

const row = (o: Partial<TaskSnapshotRow>): TaskSnapshotRow => ({
  code: 'X',
  title: '任务',
  requirement: '',
  measureCode: 'policy',
  measureNameZh: '强化政策引导与扶持',
  measureNameEn: 'Policy',
  regionCode: '000000',
  regionNameZh: '全国',
  regionNameEn: 'National',
  sectors: ['energy'],
  leadUnitId: 'u',
  leadUnitNameZh: '国家发展和改革委员会',
  leadUnitNameEn: 'NDRC',
  cooperatingUnitIds: [],
  cooperatingUnitsZh: '',
  cooperatingUnitsEn: '',
  responsibleName: '张三',
  startDate: '2026-01-01',
  dueDate: '2026-12-31',
  progress: 0,
  reportedState: 'in_progress',
  suspendedReason: null,
  state: 'on_track',
  light: 'green',
  expected: 50,
  gap: 0,
  daysLate: 0,
  reportMissing: false,
  latestPeriod: '2026-10',
  achievements: '完成方案起草',
  problems: '',
  nextSteps: '',
  sourceMeetingId: null,
  ...o,
  taskId: o.taskId ?? o.code ?? 'x',
});

const STATES = ['completed', 'ahead', 'on_track', 'not_started', 'behind', 'overdue', 'suspended'] as const;

function rows(n: number): TaskSnapshotRow[] {
  return Array.from({ length: n }, (_, i) => {
    const state = STATES[i % STATES.length];
    return row({
      code: `POL-${String(i).padStart(3, '0')}`,
      state,
      light:
        state === 'overdue'
          ? 'red'
          : state === 'behind'
            ? 'yellow'
            : state === 'suspended'
              ? 'grey'
              : 'green',
      progress: (i * 13) % 100,
      daysLate: state === 'behind' || state === 'overdue' ? i : 0,
      gap: state === 'behind' ? 20 : 0,
      regionCode: i % 2 ? '440000' : '110000',
      regionNameZh: i % 2 ? '广东省' : '北京市',
      measureCode: i % 3 ? 'policy' : 'talent',
      measureNameZh: i % 3 ? '强化政策引导与扶持' : '构建多层次人才培养体系',
      reportMissing: i % 5 === 0,
    });
  });
}

function input(all: TaskSnapshotRow[], o: Partial<BriefingInput> = {}): BriefingInput {
  const lagging = all.filter(isLagging).sort(compareLagging);
  return {
    workspaceName: '人工智能+行动推进专班',
    asOf: '2026-11-29',
    period: '2026-10',
    cadence: 'month',
    meeting: null,
    scope: [],
    summary: summarizeRows(all),
    lagging: { rows: lagging.slice(0, BRIEFING_LAGGING_LIMIT), total: lagging.length },
    trend: [
      { period: '2026-10', tasks: 10, expected: 40, actual: 35, completedRate: 10 },
      { period: '2026-11', tasks: 10, expected: 50, actual: 42, completedRate: 20 },
    ],
    upcoming: [],
    upcomingNote: null,
    changes: null,
    ...o,
  };
}

const texts = (doc: BriefingDocument): string[] => {
  const out = [
    doc.cover.title,
    doc.cover.organisation,
    doc.cover.meeting ?? '',
    doc.subject,
    ...doc.cover.scope,
  ];
  const block = (b: BriefingBlock) => {
    if (b.kind === 'paragraph') out.push(...b.runs.map((r) => r.text));
    else if (b.kind === 'table') out.push(...b.columns.map((c) => c.title), ...b.rows.flat());
    else if (b.kind === 'figures') out.push(...b.items.flatMap((i) => [i.label, i.value]));
    else if (b.kind === 'chart') {
      out.push(b.caption);
      if (b.chart.kind === 'stacked') out.push(...b.chart.categories);
      if (b.chart.kind === 'ranked') out.push(...b.chart.items.map((i) => i.label));
    } else out.push(b.text);
  };
  for (const s of doc.sections) {
    out.push(s.heading);
    s.blocks.forEach(block);
  }
  return out;
};
const allText = (doc: BriefingDocument) => texts(doc).join('\n');

describe(buildBriefing.name, () => {
  it('has the cover and the six sections in order', () => {
    const doc = buildBriefing(input(rows(20)));
    expect(doc.cover).toMatchObject({
      title: '人工智能+行动推进情况简报',
      organisation: '人工智能+行动推进专班',
      date: '数据截至2026年11月29日',
      meeting: null,
    });
    expect(doc.sections.map((s) => s.heading)).toEqual(Object.values(SECTION_HEADINGS));
  });

  it('states the figures of the rows in 一、总体进展', () => {
    const all = rows(30);
    const t = summarizeRows(all).totals;
    const doc = buildBriefing(input(all));
    const overall = doc.sections[0];
    const sentence = (overall.blocks[0] as Extract<BriefingBlock, { kind: 'paragraph' }>).runs[0].text;
    expect(sentence).toContain(`任务共${t.tasks}项`);
    expect(sentence).toContain(`已完成${t.completed}项`);
    expect(sentence).toContain(`逾期${t.overdue}项`);
    expect(sentence).toContain(`慢序时${t.behind}项`);
    expect(sentence).toContain(`2026年10月进展未报送${t.reportsMissing}项`);
    const figures = overall.blocks.find((b) => b.kind === 'figures');
    expect(figures).toMatchObject({
      items: expect.arrayContaining([
        { label: '任务总数', value: `${t.tasks}` },
        { label: '逾期', value: `${t.overdue}` },
        { label: '暂缓', value: `${t.suspended}` },
        { label: '未报送', value: `${t.reportsMissing}` },
      ]),
    });
  });

  it('tabulates each measure with a total row and charts the states per measure', () => {
    const all = rows(21);
    const doc = buildBriefing(input(all));
    const table = doc.sections[1].blocks.find((b) => b.kind === 'table') as Extract<
      BriefingBlock,
      { kind: 'table' }
    >;
    const s = summarizeRows(all);
    expect(table.rows.map((r) => r[0])).toEqual([...s.byMeasure.map((m) => m.nameZh), '合计']);
    expect(table.rows.at(-1)?.[1]).toBe(`${s.totals.tasks}`);
    const chart = doc.sections[1].blocks.find((b) => b.kind === 'chart');
    expect(chart).toMatchObject({ caption: '图2  各措施任务序时状态分布（项）', chart: { kind: 'stacked' } });
  });

  it('caps the lagging list and says how many more there are, most days late first', () => {
    const all = rows(400);
    const lagging = all.filter(isLagging);
    const doc = buildBriefing(input(all));
    const section = doc.sections[2];
    const table = section.blocks.find((b) => b.kind === 'table') as Extract<BriefingBlock, { kind: 'table' }>;
    expect(table.rows).toHaveLength(BRIEFING_LAGGING_LIMIT);
    expect(Number(table.rows[0][7])).toBeGreaterThanOrEqual(Number(table.rows[1][7]));
    expect(allText(doc)).toContain(`另有${lagging.length - BRIEFING_LAGGING_LIMIT}项未列出`);
    // each listed task with its latest narratives
    expect(allText(doc)).toContain('进展情况（2026年10月）：');
    expect(allText(doc)).toContain('存在问题：');
  });

  it('ranks regions by share behind, worst first', () => {
    const ranked = rankRegions([
      { code: '110000', nameZh: '北京市', nameEn: '', ...counts(10, 1), behindShare: 10 },
      { code: '440000', nameZh: '广东省', nameEn: '', ...counts(4, 2), behindShare: 50 },
      { code: '320000', nameZh: '江苏省', nameEn: '', ...counts(8, 4), behindShare: 50 },
    ]);
    expect(ranked.map((r) => r.code)).toEqual(['320000', '440000', '110000']);
  });

  it('neutralises formula-like text from users everywhere it appears', () => {
    const all = [
      row({
        code: '=1+1',
        title: '=HYPERLINK("http://x")',
        state: 'overdue',
        light: 'red',
        daysLate: 9,
        problems: '+cmd|calc',
        achievements: '@SUM(A1)',
      }),
      row({
        code: 'B',
        leadUnitNameZh: '-2+3',
        measureCode: 'talent',
        measureNameZh: '\t制表',
        regionCode: '440000',
        regionNameZh: '\r回车',
        state: 'behind',
        light: 'yellow',
      }),
    ];
    const doc = buildBriefing(
      input(all, {
        workspaceName: '=WEBSERVICE()',
        meeting: { title: '@会议', heldOn: '2026-11-28' },
        upcoming: [
          {
            id: 'm',
            title: '=节点',
            dueDate: '2026-12-01',
            daysLeft: 2,
            task: { id: 'B', code: 'B', title: '-任务' },
            leadUnit: { id: 'u', nameZh: '+单位', nameEn: '' },
          },
        ],
      }),
    );
    const t = texts(doc);
    for (const raw of [
      '=1+1',
      '=HYPERLINK("http://x")',
      '+cmd|calc',
      '@SUM(A1)',
      '-2+3',
      '\t制表',
      '\r回车',
      '=WEBSERVICE()',
      '=节点',
      '+单位',
    ])
      expect(t.some((s) => s.includes(`'${raw}`))).toBe(true);
    // no cell starts with a formula trigger
    expect(t.filter((s) => /^[=+\-@\t\r]/.test(s))).toEqual([]);
  });

  it('explains when there is no earlier meeting, and lists changes when there is', () => {
    expect(allText(buildBriefing(input(rows(5))))).toContain('尚未召开调度会');
    expect(
      allText(buildBriefing(input(rows(5), { meeting: { title: '第一次', heldOn: '2026-11-01' } }))),
    ).toContain('本次为首次调度会');
    const before = rows(10);
    const after = before.map((r, i) =>
      i === 2 ? { ...r, state: 'completed' as const, progress: 100, problems: '资金未到位' } : r,
    );
    const data: MeetingChanges = {
      from: { meetingId: 'a', title: '第一次调度会', asOf: '2026-11-01' },
      to: { meetingId: null, title: null, asOf: '2026-11-29' },
      ...compareSnapshots(before, after),
    };
    const doc = buildBriefing(input(after, { changes: { data, fromHeldOn: '2026-11-02' } }));
    const text = allText(doc);
    expect(text).toContain('与上次调度会（第一次调度会，2026年11月2日召开，数据截至2026年11月1日）相比');
    expect(text).toContain('新完成1项');
    expect(text).toContain('资金未到位');
    expect(
      doc.sections[5].blocks.filter((b) => b.kind === 'subheading').map((b) => (b as { text: string }).text),
    ).toEqual([
      '（一）序时状态或亮灯变化',
      '（二）新完成任务',
      '（三）新逾期任务',
      '（四）进度变化较大的任务',
      '（五）新反映的问题',
      '（六）新增任务',
    ]);
  });

  it('notes a trend that a meeting snapshot cannot give under filters', () => {
    const doc = buildBriefing(input(rows(5), { trend: null }));
    expect(doc.sections[0].blocks.some((b) => b.kind === 'chart')).toBe(false);
    expect(allText(doc)).toContain('按筛选条件的趋势图不在快照中');
  });

  it('handles an empty selection', () => {
    const doc = buildBriefing(input([]));
    expect(allText(doc)).toContain('所选范围内没有任务');
    expect(doc.sections).toHaveLength(6);
  });
});

function counts(tasks: number, behind: number) {
  return {
    tasks,
    completed: 0,
    ahead: 0,
    onTrack: tasks - behind,
    behind,
    overdue: 0,
    notStarted: 0,
    suspended: 0,
    reportsMissing: 0,
    averageProgress: 50,
  };
}

describe(columnShares.name, () => {
  it('gives fit columns their widest cell and the rest to the wrapping ones', () => {
    const shares = columnShares(
      [
        { title: '编号', fit: true },
        { title: '任务名称', width: 2 },
        { title: '单位', width: 1 },
        { title: '天数', fit: true },
      ],
      [['POL-001', '很长的任务名称'.repeat(5), '单位', '12345']],
    );
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    const em = shares.map((s) => s * (442 / 9));
    expect(em[0]).toBeGreaterThanOrEqual(textEm('POL-001'));
    expect(em[3]).toBeGreaterThanOrEqual(textEm('天数'));
    expect(em[1]).toBeCloseTo(2 * em[2]);
  });

  it('shrinks fit columns rather than overflow the page', () => {
    const columns = Array.from({ length: 12 }, (_, i) => ({ title: `列${i}`, fit: true }));
    const shares = columnShares([...columns, { title: '说明' }], [[...columns.map(() => '1234567890'), 'x']]);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(shares.at(-1)).toBeGreaterThan(0.05);
  });
});

describe('formatting', () => {
  it('writes dates and periods the Chinese way', () => {
    expect(chineseDate('2026-11-09')).toBe('2026年11月9日');
    expect(periodLabel('2026-10', 'month')).toBe('2026年10月');
    expect(periodLabel('2026-10', 'quarter')).toBe('2026年第4季度');
  });

  it('counts wide characters as one em', () => {
    expect(textEm('广东')).toBe(2);
    expect(textEm('→“”')).toBe(3);
    expect(textEm('ab')).toBeCloseTo(1.16);
  });

  it('describes the filters in words', () => {
    expect(
      describeScope(
        {
          region: ['440000'],
          state: ['behind', 'overdue'],
          measure: ['policy', 'nope'],
          dueFrom: '2026-01-01',
        },
        {
          measures: { policy: '强化政策引导与扶持' },
          regions: { '440000': '广东省' },
          sectors: {},
          units: {},
          people: {},
        },
      ),
    ).toEqual([
      '措施：强化政策引导与扶持、nope',
      '地区：广东省',
      '序时状态：慢序时、逾期',
      '完成时限：2026年1月1日至',
    ]);
  });
});
