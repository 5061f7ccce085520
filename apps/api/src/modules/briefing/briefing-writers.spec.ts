import { existsSync } from 'node:fs';
import JSZip from 'jszip';
import { summarizeRows, type TaskSnapshotRow } from '@plan/contracts';
import {
  buildBriefing,
  SECTION_HEADINGS,
  type BriefingBlock,
  type BriefingDocument,
} from './briefing-content';
import { renderChart, type ChartImage } from './charts';
import { DEFAULT_CJK_FONT_CANDIDATES, locateCjkFonts, type CjkFonts } from './cjk-font';
import { writeDocx } from './docx.writer';
import { writePdf } from './pdf.writer';
import { pdfText } from '../../../test/pdf-text';

const row = (code: string, o: Partial<TaskSnapshotRow> = {}): TaskSnapshotRow => ({
  taskId: code,
  code,
  title: '加快推进算力基础设施建设',
  requirement: '',
  measureCode: 'infrastructure',
  measureNameZh: '打造新型基础设施体系',
  measureNameEn: 'Infrastructure',
  regionCode: '440000',
  regionNameZh: '广东省',
  regionNameEn: 'Guangdong',
  sectors: ['energy'],
  leadUnitId: 'u',
  leadUnitNameZh: '广东省工业和信息化厅',
  leadUnitNameEn: 'GD MIIT',
  cooperatingUnitIds: [],
  cooperatingUnitsZh: '',
  cooperatingUnitsEn: '',
  responsibleName: '李四',
  startDate: '2026-01-01',
  dueDate: '2026-10-31',
  progress: 40,
  reportedState: 'in_progress',
  suspendedReason: null,
  state: 'overdue',
  light: 'red',
  expected: 100,
  gap: 60,
  daysLate: 29,
  reportMissing: false,
  latestPeriod: '2026-10',
  achievements: '完成选址论证。',
  problems: '=用地指标尚未落实',
  nextSteps: '',
  sourceMeetingId: null,
  ...o,
});

function briefing(): BriefingDocument {
  const rows = [row('INF-001'), row('INF-002', { state: 'on_track', light: 'green', daysLate: 0, gap: 0 })];
  return buildBriefing({
    workspaceName: '广东省人工智能+行动专班',
    asOf: '2026-11-29',
    period: '2026-10',
    cadence: 'month',
    meeting: { title: '第三次调度会', heldOn: '2026-11-29' },
    scope: ['地区：广东省'],
    summary: summarizeRows(rows),
    lagging: { rows: [rows[0]], total: 1 },
    trend: [
      { period: '2026-10', tasks: 2, expected: 80, actual: 40, completedRate: 0 },
      { period: '2026-11', tasks: 2, expected: 90, actual: 45, completedRate: 0 },
    ],
    upcoming: [],
    upcomingNote: null,
    changes: null,
  });
}

const available = DEFAULT_CJK_FONT_CANDIDATES.some(existsSync);

(available ? describe : describe.skip)('briefing writers', () => {
  let doc: BriefingDocument;
  let fonts: CjkFonts;
  const charts = new Map<BriefingBlock, ChartImage>();

  beforeAll(async () => {
    doc = briefing();
    fonts = locateCjkFonts(undefined, DEFAULT_CJK_FONT_CANDIDATES);
    for (const b of doc.sections.flatMap((s) => s.blocks))
      if (b.kind === 'chart') charts.set(b, await renderChart(b.chart, fonts.sans));
  });

  it('writes a .docx with every heading, the figures, Chinese fonts and the charts as PNG', async () => {
    const zip = await JSZip.loadAsync(await writeDocx(doc, charts));
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const h of Object.values(SECTION_HEADINGS)) expect(xml).toContain(h);
    expect(xml).toContain('人工智能+行动推进情况简报');
    expect(xml).toContain('第三次调度会');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('&apos;=用地指标尚未落实');
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media).toHaveLength(charts.size);
    // A4 portrait, page numbers in the footer
    expect(xml).toContain('w:w="11906" w:h="16838"');
    const footer = Object.keys(zip.files).find((f) => /^word\/footer\d*\.xml$/.test(f));
    expect(await zip.file(footer!)!.async('string')).toContain('PAGE');
  });

  it('writes a PDF with the same text and the CJK font embedded', async () => {
    const pdf = await writePdf(doc, charts, fonts);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/FontFile[23]/);
    const { text: raw, info } = await pdfText(pdf);
    const text = raw.replace(/\s+/g, '');
    for (const h of Object.values(SECTION_HEADINGS)) expect(text).toContain(h);
    expect(text).toContain('任务共2项');
    expect(text).toContain("'=用地指标尚未落实");
    expect(text).toContain('—1—');
    expect(info).toMatchObject({ Title: '人工智能+行动推进情况简报' });
  });
});
