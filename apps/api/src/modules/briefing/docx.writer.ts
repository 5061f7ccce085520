import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
} from 'docx';
import {
  columnShares,
  TABLE_FONT_PT,
  type BriefingBlock,
  type BriefingDocument,
  type TableColumn,
} from './briefing-content';
import type { ChartImage } from './charts';

// GB/T 9704 page: A4, margins 37/35/28/26 mm (twips), 28 chars × 22 lines of 三号 text.
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 2098, bottom: 1984, left: 1587, right: 1474, footer: 992 };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const LINE = 579; // 28.95 pt, fixed
// Image width in px at 96 dpi: the full text width.
const IMAGE_WIDTH = Math.round((TEXT_WIDTH / 1440) * 96);

// Named fonts (docx files do not carry them): Word and WPS substitute a Chinese font of the same
// class when one is missing. Latin text and digits use Times New Roman, as official documents do.
const font = (eastAsia: string) => ({
  eastAsia,
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  cs: 'Times New Roman',
});
const FONTS = {
  body: font('仿宋_GB2312'),
  heading: font('黑体'),
  subheading: font('楷体_GB2312'),
  title: font('方正小标宋简体'),
  page: font('宋体'),
};
const pt = (n: number) => n * 2; // docx sizes are half-points

const run = (text: string, opts: Omit<IRunOptions, 'text'> = {}) => new TextRun({ text, ...opts });

const border = { style: BorderStyle.SINGLE, size: 4, color: '333333' };
const borders = { top: border, bottom: border, left: border, right: border };

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT };

function cellParagraph(
  text: string,
  align: TableColumn['align'],
  opts: { bold?: boolean; size?: number; heading?: boolean } = {},
) {
  // newlines inside a cell become line breaks
  const lines = text.split(/\r?\n/);
  return new Paragraph({
    alignment: ALIGN[align ?? 'left'],
    spacing: { line: 300, lineRule: LineRuleType.AUTO },
    children: lines.map((l, i) =>
      run(l, {
        break: i > 0 ? 1 : undefined,
        bold: opts.bold,
        size: pt(opts.size ?? TABLE_FONT_PT),
        font: opts.heading ? FONTS.heading : FONTS.body,
      }),
    ),
  });
}

function widths(shares: number[]): number[] {
  const out = shares.map((s) => Math.floor(TEXT_WIDTH * s));
  out[out.length - 1] += TEXT_WIDTH - out.reduce((a, b) => a + b, 0);
  return out;
}

const cellMargins = { top: 40, bottom: 40, left: 80, right: 80 };

function table(block: Extract<BriefingBlock, { kind: 'table' }>): Table {
  const w = widths(columnShares(block.columns, block.rows));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map(
      (c, i) =>
        new TableCell({
          width: { size: w[i], type: WidthType.DXA },
          borders,
          margins: cellMargins,
          verticalAlign: VerticalAlignTable.CENTER,
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EDF3' },
          children: [cellParagraph(c.title, 'center', { heading: true })],
        }),
    ),
  });
  const rows = block.rows.map(
    (cells, r) =>
      new TableRow({
        cantSplit: true,
        children: cells.map(
          (text, i) =>
            new TableCell({
              width: { size: w[i], type: WidthType.DXA },
              borders,
              margins: cellMargins,
              verticalAlign: VerticalAlignTable.CENTER,
              children: [
                cellParagraph(text, block.columns[i].align, {
                  bold: block.totalRow && r === block.rows.length - 1,
                }),
              ],
            }),
        ),
      }),
  );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: w,
    layout: TableLayoutType.FIXED,
    rows: [header, ...rows],
  });
}

function figures(block: Extract<BriefingBlock, { kind: 'figures' }>): Table {
  const perRow = 5;
  const w = widths(Array.from({ length: perRow }, () => 1 / perRow));
  const rows: TableRow[] = [];
  for (let i = 0; i < block.items.length; i += perRow) {
    const slice = block.items.slice(i, i + perRow);
    const cell = (children: Paragraph[], k: number, shaded: boolean) =>
      new TableCell({
        width: { size: w[k], type: WidthType.DXA },
        borders,
        margins: cellMargins,
        shading: shaded ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EDF3' } : undefined,
        children,
      });
    rows.push(
      new TableRow({
        cantSplit: true,
        children: slice.map((f, k) => cell([cellParagraph(f.label, 'center', { heading: true })], k, true)),
      }),
      new TableRow({
        cantSplit: true,
        children: slice.map((f, k) =>
          cell([cellParagraph(f.value, 'center', { bold: true, size: 14 })], k, false),
        ),
      }),
    );
  }
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: w,
    layout: TableLayoutType.FIXED,
    rows,
  });
}

const spacer = (after = 120) => new Paragraph({ spacing: { after, line: 240 }, children: [] });

// A paragraph that introduces a table or chart stays on the same page as its start.
const leadsIn = (next: BriefingBlock | undefined) =>
  next !== undefined && ['table', 'figures', 'chart', 'subheading'].includes(next.kind);

function blocks(list: BriefingBlock[], charts: Map<BriefingBlock, ChartImage>): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const [i, b] of list.entries()) {
    switch (b.kind) {
      case 'paragraph':
        out.push(
          new Paragraph({
            keepNext: b.keepNext || leadsIn(list[i + 1]),
            alignment: AlignmentType.JUSTIFIED,
            indent: b.indent ? { firstLine: 640 } : undefined,
            spacing: { line: LINE, lineRule: LineRuleType.EXACT },
            children: b.runs.map((r) =>
              run(r.text, { bold: r.bold, size: pt(16), font: r.bold ? FONTS.heading : FONTS.body }),
            ),
          }),
        );
        break;
      case 'note':
        out.push(
          new Paragraph({
            spacing: { before: 60, after: 60, line: 360, lineRule: LineRuleType.AUTO },
            children: [run(b.text, { size: pt(12), font: FONTS.subheading })],
          }),
        );
        break;
      case 'subheading':
        out.push(
          new Paragraph({
            heading: HeadingLevel.HEADING_2,
            indent: { firstLine: 640 },
            keepNext: true,
            spacing: { line: LINE, lineRule: LineRuleType.EXACT },
            children: [run(b.text, { size: pt(16), font: FONTS.subheading })],
          }),
        );
        break;
      case 'figures':
        out.push(spacer(60), figures(b), spacer());
        break;
      case 'table':
        out.push(spacer(60), table(b), spacer());
        break;
      case 'chart': {
        const img = charts.get(b);
        if (!img) break;
        out.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            keepNext: true,
            spacing: { before: 120 },
            children: [
              new ImageRun({
                type: 'png',
                data: img.png,
                transformation: {
                  width: IMAGE_WIDTH,
                  height: Math.round((IMAGE_WIDTH * img.height) / img.width),
                },
                altText: { name: b.caption, title: b.caption, description: b.caption },
              }),
            ],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 60, after: 200 },
            children: [run(b.caption, { size: pt(12), font: FONTS.heading })],
          }),
        );
        break;
      }
    }
  }
  return out;
}

function cover(doc: BriefingDocument): Paragraph[] {
  const c = doc.cover;
  const centered = (text: string, size: number, f: ReturnType<typeof font>) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 200, line: 400, lineRule: LineRuleType.AUTO },
      children: [run(text, { size: pt(size), font: f })],
    });
  const out = [
    new Paragraph({ spacing: { before: 1800 }, children: [] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 300 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: 'C00000', space: 12 } },
      children: [run(c.title, { size: pt(26), font: FONTS.title, color: 'C00000' })],
    }),
    centered(c.organisation, 16, FONTS.body),
  ];
  if (c.meeting) out.push(centered(c.meeting, 16, FONTS.subheading));
  out.push(centered(c.date, 16, FONTS.body));
  if (c.scope.length > 0) out.push(centered(`范围：${c.scope.join('；')}`, 14, FONTS.body));
  return out;
}

const footer = () =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: pt(14), font: FONTS.page }),
        ],
      }),
    ],
  });

// The briefing as a .docx: a cover section without a page number, then the body numbered from 1.
export async function writeDocx(
  doc: BriefingDocument,
  charts: Map<BriefingBlock, ChartImage>,
): Promise<Buffer> {
  const page = { size: PAGE, margin: MARGIN };
  const body: (Paragraph | Table)[] = [];
  for (const s of doc.sections) {
    body.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        indent: { firstLine: 640 },
        keepNext: true,
        spacing: { before: 200, line: LINE, lineRule: LineRuleType.EXACT },
        children: [run(s.heading, { size: pt(16), font: FONTS.heading })],
      }),
      ...blocks(s.blocks, charts),
    );
  }
  const file = new Document({
    title: doc.title,
    subject: doc.subject,
    creator: 'Luoshi 落实',
    styles: {
      default: {
        // zh-CN tells viewers to pick simplified Chinese glyphs when they substitute a font
        document: {
          run: { font: FONTS.body, size: pt(16), language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
        },
        heading1: { run: { font: FONTS.heading, size: pt(16), bold: false, color: '000000' } },
        heading2: { run: { font: FONTS.subheading, size: pt(16), bold: false, color: '000000' } },
      },
    },
    sections: [
      { properties: { page }, children: cover(doc) },
      {
        properties: { page: { ...page, pageNumbers: { start: 1 } } },
        footers: { default: footer() },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(file);
}
