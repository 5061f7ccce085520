import PDFDocument from 'pdfkit';
import {
  columnShares,
  TABLE_FONT_PT,
  type BriefingBlock,
  type BriefingDocument,
  type TableColumn,
} from './briefing-content';
import type { ChartImage } from './charts';
import type { CjkFonts, FontRole } from './cjk-font';

type Pdf = PDFKit.PDFDocument;

// GB/T 9704 page: A4 with margins of 37/35/28/26 mm, in points.
const MM = 72 / 25.4;
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM };
const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BOTTOM = PAGE.height - MARGIN.bottom;
const BODY = 16; // 三号
const PITCH = 28.95; // 22 lines a page
const TABLE = TABLE_FONT_PT;
const PAD = { x: 4, y: 3.5 };
const RED = '#c00000';
const BORDER = '#333333';
const SHADE = '#e8edf3';

// Faces by look: 黑体-like sans for headings and table heads, 宋/仿宋-like serif for text.
const registerFonts = (doc: Pdf, fonts: CjkFonts) => {
  for (const role of Object.keys(fonts) as FontRole[]) {
    const f = fonts[role];
    if (f.postscriptName) doc.registerFont(role, f.path, f.postscriptName);
    else doc.registerFont(role, f.path);
  }
};

// OpenType features off: the region faces of a CJK collection already map to the right glyphs, and
// shaping with Noto CJK's large GSUB/GPOS tables made text layout ~10× slower.
const NO_FEATURES = Object.fromEntries(
  ['ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern', 'rvrn'].map(
    (f) => [f, false],
  ),
) as unknown as PDFKit.Mixins.OpenTypeFeatures[];
const T = { features: NO_FEATURES };

const lineGap = (doc: Pdf, pitch: number) => Math.max(0, pitch - doc.currentLineHeight(false));

function ensure(doc: Pdf, height: number): void {
  if (doc.y + height > BOTTOM) doc.addPage();
}

const widths = (b: Extract<BriefingBlock, { kind: 'table' }>): number[] =>
  columnShares(b.columns, b.rows).map((s) => WIDTH * s);

type Cell = { text: string; align?: TableColumn['align']; font: FontRole; size: number; fill?: string };

function cellHeight(doc: Pdf, c: Cell, w: number): number {
  doc.font(c.font).fontSize(c.size);
  return doc.heightOfString(c.text || ' ', { ...T, width: w - 2 * PAD.x, lineGap: 1.5 });
}

type Row = { cells: Cell[]; inner: number[]; h: number };

// Measured once: the row's height and each cell's, to centre the text vertically.
function measureRow(doc: Pdf, cells: Cell[], w: number[]): Row {
  const inner = cells.map((c, i) => cellHeight(doc, c, w[i]));
  return { cells, inner, h: Math.max(...inner) + 2 * PAD.y };
}

const rowHeight = (doc: Pdf, cells: Cell[], w: number[]) => measureRow(doc, cells, w).h;

function drawRow(doc: Pdf, row: Row, w: number[], y: number, h = row.h): void {
  let x = MARGIN.left;
  row.cells.forEach((c, i) => {
    if (c.fill) doc.rect(x, y, w[i], h).fill(c.fill);
    doc.lineWidth(0.5).rect(x, y, w[i], h).stroke(BORDER);
    doc
      .fillColor('#000000')
      .font(c.font)
      .fontSize(c.size)
      .text(c.text, x + PAD.x, y + (h - row.inner[i]) / 2, {
        ...T,
        width: w[i] - 2 * PAD.x,
        align: c.align ?? 'left',
        lineGap: 1.5,
      });
    x += w[i];
  });
}

// Rows never split; the head row repeats on every page the table runs onto.
function table(doc: Pdf, block: Extract<BriefingBlock, { kind: 'table' }>): void {
  const w = widths(block);
  const head: Cell[] = block.columns.map((c) => ({
    text: c.title,
    align: 'center',
    font: 'sansBold',
    size: TABLE,
    fill: SHADE,
  }));
  const headRow = measureRow(doc, head, w);
  const body = block.rows.map((cells, r) =>
    measureRow(
      doc,
      cells.map((text, i): Cell => ({
        text,
        align: block.columns[i].align,
        font: block.totalRow && r === block.rows.length - 1 ? 'serifBold' : 'serif',
        size: TABLE,
      })),
      w,
    ),
  );
  doc.moveDown(0.2);
  ensure(doc, headRow.h + (body[0]?.h ?? 0));
  let y = doc.y;
  drawRow(doc, headRow, w, y);
  y += headRow.h;
  for (const row of body) {
    if (y + row.h > BOTTOM) {
      doc.addPage();
      y = doc.y;
      drawRow(doc, headRow, w, y);
      y += headRow.h;
    }
    drawRow(doc, row, w, y);
    y += row.h;
  }
  doc.x = MARGIN.left;
  doc.y = y + 10;
}

function figures(doc: Pdf, block: Extract<BriefingBlock, { kind: 'figures' }>): void {
  const perRow = 5;
  const w = Array.from({ length: perRow }, () => WIDTH / perRow);
  doc.moveDown(0.2);
  for (let i = 0; i < block.items.length; i += perRow) {
    const slice = block.items.slice(i, i + perRow);
    const labels: Cell[] = slice.map((f) => ({
      text: f.label,
      align: 'center',
      font: 'sansBold',
      size: TABLE,
      fill: SHADE,
    }));
    const values: Cell[] = slice.map((f) => ({ text: f.value, align: 'center', font: 'sansBold', size: 14 }));
    const top = measureRow(doc, labels, w);
    const bottom = measureRow(doc, values, w);
    const vh = bottom.h + 4;
    ensure(doc, top.h + vh);
    const y = doc.y;
    drawRow(doc, top, w, y);
    drawRow(doc, bottom, w, y + top.h, vh);
    doc.x = MARGIN.left;
    doc.y = y + top.h + vh;
  }
  doc.y += 10;
}

function paragraphHeight(doc: Pdf, block: Extract<BriefingBlock, { kind: 'paragraph' }>): number {
  doc.font('serif').fontSize(BODY);
  const text = block.runs.map((r) => r.text).join('');
  return doc.heightOfString(text, {
    ...T,
    width: WIDTH,
    lineGap: lineGap(doc, PITCH),
    indent: block.indent ? 2 * BODY : 0,
  });
}

function paragraph(doc: Pdf, block: Extract<BriefingBlock, { kind: 'paragraph' }>): void {
  doc.font('serif').fontSize(BODY);
  const gap = lineGap(doc, PITCH);
  block.runs.forEach((r, i) => {
    const last = i === block.runs.length - 1;
    doc.font(r.bold ? 'sansBold' : 'serif').fontSize(BODY);
    const opts = { ...T, width: WIDTH, lineGap: gap, continued: !last, indent: block.indent ? 2 * BODY : 0 };
    if (i === 0) doc.text(r.text, MARGIN.left, doc.y, opts);
    else doc.text(r.text, opts);
  });
}

const chartHeight = (img: ChartImage) => (WIDTH * img.height) / img.width;

function chart(
  doc: Pdf,
  block: Extract<BriefingBlock, { kind: 'chart' }>,
  img: ChartImage | undefined,
): void {
  if (!img) return;
  const h = chartHeight(img);
  const y = doc.y + 6;
  doc.image(img.png, MARGIN.left, y, { width: WIDTH, height: h });
  doc.font('sans').fontSize(12).fillColor('#000000');
  doc.text(block.caption, MARGIN.left, y + h + 6, { ...T, width: WIDTH, align: 'center' });
  doc.y += 12;
}

// The least height block i needs to start well: a chart whole, a table's head with its first row, a
// heading or lead-in paragraph together with what it introduces (keep-with-next).
function leadHeight(
  doc: Pdf,
  list: BriefingBlock[],
  i: number,
  charts: Map<BriefingBlock, ChartImage>,
): number {
  const b = list[i];
  if (!b) return 0;
  switch (b.kind) {
    case 'paragraph': {
      const own = paragraphHeight(doc, b);
      const next = list[i + 1];
      if (next && (next.kind !== 'paragraph' || b.keepNext))
        return own + leadHeight(doc, list, i + 1, charts);
      return Math.min(own, 2 * PITCH);
    }
    case 'note':
      return 20;
    case 'subheading':
      return PITCH + leadHeight(doc, list, i + 1, charts);
    case 'figures':
      return 60;
    case 'table': {
      const w = widths(b);
      const head = rowHeight(
        doc,
        b.columns.map((c) => ({ text: c.title, font: 'sansBold', size: TABLE })),
        w,
      );
      const first = b.rows.length
        ? rowHeight(
            doc,
            b.rows[0].map((text) => ({ text, font: 'serif', size: TABLE })),
            w,
          )
        : 0;
      return head + first + 6;
    }
    case 'chart': {
      const img = charts.get(b);
      return img ? chartHeight(img) + 40 : 0;
    }
  }
}

// Starts a new page when what comes next cannot start well here, unless it could not on any page.
function keep(doc: Pdf, height: number): void {
  if (height <= BOTTOM - MARGIN.top) ensure(doc, height);
  else ensure(doc, 2 * PITCH);
}

function blocks(doc: Pdf, list: BriefingBlock[], charts: Map<BriefingBlock, ChartImage>): void {
  list.forEach((b, i) => {
    doc.fillColor('#000000');
    if (b.kind !== 'table' && b.kind !== 'figures') keep(doc, leadHeight(doc, list, i, charts));
    switch (b.kind) {
      case 'paragraph':
        paragraph(doc, b);
        break;
      case 'note':
        doc.font('serif').fontSize(12);
        doc.text(b.text, MARGIN.left, doc.y + 2, { ...T, width: WIDTH, lineGap: 4 });
        doc.y += 4;
        break;
      case 'subheading':
        doc.font('serifBold').fontSize(BODY);
        doc.text(b.text, MARGIN.left, doc.y, {
          ...T,
          width: WIDTH,
          indent: 2 * BODY,
          lineGap: lineGap(doc, PITCH),
        });
        break;
      case 'figures':
        figures(doc, b);
        break;
      case 'table':
        table(doc, b);
        break;
      case 'chart':
        chart(doc, b, charts.get(b));
        break;
    }
  });
}

function cover(doc: Pdf, d: BriefingDocument): void {
  const c = d.cover;
  const center = (text: string, font: FontRole, size: number, y: number, color = '#000000') => {
    doc.font(font).fontSize(size).fillColor(color);
    doc.text(text, MARGIN.left, y, { ...T, width: WIDTH, align: 'center' });
    return doc.y;
  };
  let y = center(c.title, 'serifBold', 26, 200, RED) + 14;
  doc
    .moveTo(MARGIN.left, y)
    .lineTo(MARGIN.left + WIDTH, y)
    .lineWidth(2)
    .stroke(RED);
  y = center(c.organisation, 'serif', BODY, y + 24) + 12;
  if (c.meeting) y = center(c.meeting, 'serif', BODY, y) + 12;
  y = center(c.date, 'serif', BODY, y) + 12;
  if (c.scope.length > 0) center(`范围：${c.scope.join('；')}`, 'serif', 14, y);
}

// Numbers "— n —" under every body page; the cover has none.
function pageNumbers(doc: Pdf): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // drawing inside the bottom margin must not start a new page
    doc.page.margins.bottom = 0;
    doc
      .font('serif')
      .fontSize(14)
      .fillColor('#000000')
      .text(`— ${i - range.start} —`, 0, BOTTOM + 7 * MM, {
        ...T,
        width: PAGE.width,
        align: 'center',
        lineBreak: false,
      });
  }
}

// The briefing as a PDF with the CJK faces embedded (subset), so it reads the same everywhere.
export function writePdf(
  d: BriefingDocument,
  charts: Map<BriefingBlock, ChartImage>,
  fonts: CjkFonts,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margins: MARGIN,
      bufferPages: true,
      autoFirstPage: true,
      info: { Title: d.title, Subject: d.subject, Creator: 'Luoshi 落实', Producer: 'Luoshi 落实' },
      lang: 'zh-CN',
      displayTitle: true,
    });
    const chunks: Buffer[] = [];
    doc.on('data', (b: Buffer) => chunks.push(b));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      registerFonts(doc, fonts);
      cover(doc, d);
      doc.addPage();
      for (const s of d.sections) {
        keep(doc, PITCH + 8 + leadHeight(doc, s.blocks, 0, charts));
        doc.font('sansBold').fontSize(BODY).fillColor('#000000');
        doc.text(s.heading, MARGIN.left, doc.y + (doc.y > MARGIN.top + 1 ? 8 : 0), {
          ...T,
          width: WIDTH,
          indent: 2 * BODY,
          lineGap: lineGap(doc, PITCH),
        });
        blocks(doc, s.blocks, charts);
      }
      pageNumbers(doc);
      doc.end();
    } catch (err) {
      reject(err);
    }
  });
}
