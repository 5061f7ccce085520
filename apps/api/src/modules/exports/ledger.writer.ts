import type { Writable } from 'node:stream';
import ExcelJS, {
  ValueType,
  type Alignment,
  type Borders,
  type Font,
  type Style,
  type Worksheet,
} from 'exceljs';
import { LIGHT_ZH, type Light, type SnapshotSummary, type StateCounts } from '@plan/contracts';
import {
  LEDGER,
  ledgerValues,
  safeValue,
  type CellKind,
  type LedgerRow,
  type LedgerValue,
} from './ledger-columns';
import { SummaryInput } from './summary-input';

export type LedgerMeasure = { code: string; nameZh: string };

export type LedgerMeta = {
  asOf: string;
  meetingTitle: string | null;
  scope: string;
  // the measures in scope, in ledger order: one sheet each, empty ones included
  measures: LedgerMeasure[];
  sectorNames: ReadonlyMap<string, string>;
};

export const SUMMARY_SHEET = '汇总';
export const LEDGER_TITLE = '人工智能+行动任务台账';
// an ideographic space between the parts of a title
const GAP = '\u3000';
// Rows above the data: a title row, then the header row (frozen below it).
export const LEDGER_HEADER_ROW = 2;

// Microsoft YaHei ships with every Windows since Vista; charset 134 (GB2312) lets WPS and
// LibreOffice pick a CJK fallback when it is missing.
const font = (o: Partial<Font> = {}): Partial<Font> => ({
  name: 'Microsoft YaHei',
  family: 2,
  charset: 134,
  size: 10,
  ...o,
});
const thin = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
const border: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const align = (o: Partial<Alignment>): Partial<Alignment> => ({ vertical: 'top', wrapText: true, ...o });
const solid = (argb: string): Style['fill'] => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

// Style objects are shared, never rebuilt per cell: exceljs caches style ids by object identity,
// which keeps 100k-row sheets fast.
const STYLE: Record<Exclude<CellKind, 'light'>, Partial<Style>> = {
  text: { font: font(), border, alignment: align({ horizontal: 'left' }) },
  short: { font: font(), border, alignment: align({ horizontal: 'center' }) },
  percent: { font: font(), border, alignment: align({ horizontal: 'right' }), numFmt: '0.0"%"' },
  number: { font: font(), border, alignment: align({ horizontal: 'right' }), numFmt: '0.0' },
  integer: { font: font(), border, alignment: align({ horizontal: 'right' }), numFmt: '0' },
  date: { font: font(), border, alignment: align({ horizontal: 'center' }), numFmt: 'yyyy-mm-dd' },
};

// The light is a filled cell AND a word, so it survives black-and-white printing and colour blindness.
const LIGHT_COLOURS: Record<Light, { fill: string; text: string }> = {
  green: { fill: 'FF00B050', text: 'FFFFFFFF' },
  yellow: { fill: 'FFFFC000', text: 'FF000000' },
  red: { fill: 'FFFF0000', text: 'FFFFFFFF' },
  grey: { fill: 'FFBFBFBF', text: 'FF000000' },
};
const LIGHT_STYLE = new Map<string, Partial<Style>>(
  (Object.keys(LIGHT_COLOURS) as Light[]).map((l) => [
    LIGHT_ZH[l],
    {
      font: font({ bold: true, color: { argb: LIGHT_COLOURS[l].text } }),
      border,
      alignment: align({ horizontal: 'center' }),
      fill: solid(LIGHT_COLOURS[l].fill),
    },
  ]),
);

const TITLE_STYLE: Partial<Style> = {
  font: font({ size: 14, bold: true }),
  alignment: { vertical: 'middle', horizontal: 'left' },
};
const NOTE_STYLE: Partial<Style> = {
  font: font({ color: { argb: 'FF595959' } }),
  alignment: { vertical: 'middle' },
};
const HEADER_STYLE: Partial<Style> = {
  font: font({ bold: true }),
  border,
  alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
  fill: solid('FFDDEBF7'),
};
const SECTION_STYLE: Partial<Style> = { font: font({ size: 12, bold: true }) };
const LABEL_STYLE: Partial<Style> = { font: font(), border, alignment: { vertical: 'middle' } };

const COLUMN_STYLES = LEDGER.map((c) => STYLE[c.kind === 'light' ? 'short' : c.kind]);
// The style of a task row's cell: its column's, or for the light its colour.
export const cellStyle = (column: number, v: LedgerValue): Partial<Style> =>
  (LEDGER[column].kind === 'light' && typeof v === 'string' && LIGHT_STYLE.get(v)) || COLUMN_STYLES[column];

// Excel refuses []:*?/\ in sheet names and anything over 31 characters.
export function sheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 31) || 'Sheet';
  let out = base;
  for (let i = 2; taken.has(out.toLowerCase()); i++)
    out = `${base.slice(0, 31 - String(i).length - 2)}(${i})`;
  taken.add(out.toLowerCase());
  return out;
}

const DRAIN_EVERY = 250;

type Drainable = Pick<Writable, 'once' | 'off'> & {
  writableNeedDrain?: boolean;
  _writableState?: { needDrain?: boolean };
};

// Waits for a stream to want more, or fails if the download went away meanwhile. Streams from the
// old readable-stream package (inside exceljs) know needDrain only in their private state.
async function ready(stream: Drainable, out: Writable): Promise<void> {
  if (out.destroyed) throw new Error('the download was closed');
  if (!(stream.writableNeedDrain ?? stream._writableState?.needDrain)) return;
  await new Promise<void>((resolve, reject) => {
    const drained = () => {
      out.off('close', closed);
      resolve();
    };
    const closed = () => {
      stream.off('drain', drained);
      reject(new Error('the download was closed'));
    };
    stream.once('drain', drained);
    out.once('close', closed);
  });
}

// exceljs writes each sheet into the zip through an internal stream and ignores its backpressure, so a
// fast database and a slower deflate (or a slow client) would pile the workbook up in memory. Every few
// hundred rows we wait for that stream and the socket to drain.
async function drain(ws: Worksheet, out: Writable): Promise<void> {
  const sheetStream = (ws as unknown as { stream?: { pipes?: Drainable[] } }).stream?.pipes?.[0];
  if (sheetStream && typeof sheetStream.once === 'function') await ready(sheetStream, out);
  await ready(out, out);
}

const COUNT_KEYS: (keyof StateCounts)[] = [
  'tasks',
  'completed',
  'ahead',
  'onTrack',
  'behind',
  'overdue',
  'notStarted',
  'suspended',
  'reportsMissing',
  'averageProgress',
];
export const COUNT_HEADERS = [
  '任务数',
  '已完成',
  '超序时',
  '按序时',
  '慢序时',
  '逾期',
  '未启动',
  '暂缓',
  '本期未报送',
  '平均进度(%)',
];
export const SUMMARY_SECTIONS = {
  totals: '一、总体情况',
  byMeasure: '二、分措施',
  byRegion: '三、分地区',
  bySector: '四、分领域',
} as const;

const ZERO_COUNTS: StateCounts = {
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

// One streaming pass: measure sheets are written and flushed as the rows arrive (the rows come in
// measure order), and the summary sheet is written last from the very rows written, then made the tab
// the workbook opens on. exceljs streams sheets in creation order and a sheet created first but filled
// last would hold every later sheet in memory, so the summary cannot be first without a second pass;
// a second pass over live data could also disagree with the first.
export async function writeLedger(
  out: Writable,
  pages: AsyncIterable<LedgerRow[]>,
  meta: LedgerMeta,
): Promise<SnapshotSummary> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = 'Luoshi 落实';
  wb.created = new Date(`${meta.asOf}T00:00:00Z`);
  const taken = new Set<string>([SUMMARY_SHEET]);
  const summary = new SummaryInput();
  const subtitle = [
    `截至 ${meta.asOf}`,
    meta.meetingTitle ? `调度会：${meta.meetingTitle}` : null,
    `范围：${meta.scope}`,
  ]
    .filter(Boolean)
    .join(GAP);
  const pending = [...meta.measures];
  const taskRows = TaskRows.of(wb);
  // the open measure sheet, its task rows so far and their XML not yet handed to the zip
  const sheet: { ws: Worksheet | null; rows: number; count: number; xml: string } = {
    ws: null,
    rows: 0,
    count: 0,
    xml: '',
  };
  const flush = () => {
    if (sheet.ws && sheet.xml) sheetPart(sheet.ws).write(sheet.xml);
    sheet.xml = '';
  };

  const open = (nameZh: string): Worksheet => {
    const ws = wb.addWorksheet(sheetName(nameZh, taken), {
      views: [{ state: 'frozen', xSplit: 0, ySplit: LEDGER_HEADER_ROW, topLeftCell: 'A3', activeCell: 'A3' }],
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    ws.columns = LEDGER.map((c) => ({ key: c.key, width: c.width }));
    const title = ws.addRow([safeValue(`${LEDGER_TITLE}（${nameZh}）${GAP}${subtitle}`)]);
    title.height = 28;
    title.getCell(1).style = TITLE_STYLE;
    ws.mergeCells(1, 1, 1, LEDGER.length);
    title.commit();
    const header = ws.addRow(LEDGER.map((c) => c.header));
    header.height = 30;
    header.eachCell((cell) => (cell.style = HEADER_STYLE));
    // the task rows follow as XML (see TaskRows)
    header.commit();
    sheet.ws = ws;
    sheet.rows = 0;
    sheet.count++;
    return ws;
  };
  const close = () => {
    if (!sheet.ws) return;
    flush();
    sheet.ws.autoFilter = {
      from: { row: LEDGER_HEADER_ROW, column: 1 },
      to: { row: LEDGER_HEADER_ROW + sheet.rows, column: LEDGER.length },
    };
    sheet.ws.commit();
    sheet.ws = null;
  };
  // In-scope measures before `code` (all that are left, for null) have no rows: an empty sheet each.
  const skipTo = (code: string | null) => {
    const at = code === null ? pending.length : pending.findIndex((m) => m.code === code);
    if (at < 0) return;
    for (const m of pending.splice(0, at)) {
      open(m.nameZh);
      close();
    }
    if (code !== null) pending.shift();
  };

  let ws: Worksheet | null = null;
  let current: string | null = null;
  for await (const page of pages) {
    for (const r of page) {
      if (!ws || r.measureCode !== current) {
        close();
        skipTo(r.measureCode);
        current = r.measureCode;
        ws = open(r.measureNameZh);
      }
      summary.add(r);
      sheet.rows++;
      sheet.xml += taskRows.xml(LEDGER_HEADER_ROW + sheet.rows, ledgerValues(r, meta.sectorNames));
      // a few hundred rows of XML at a time reach the zip before we wait for it
      if (sheet.rows % DRAIN_EVERY === 0) {
        flush();
        await drain(ws, out);
      }
    }
  }
  close();
  skipTo(null);

  const figures = summary.summarize();
  // tabSelected is in the file format but not in exceljs's types
  const selected = { state: 'normal' as const, tabSelected: true };
  const summarySheet = wb.addWorksheet(SUMMARY_SHEET, {
    views: [selected],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  writeSummary(summarySheet, figures, meta, subtitle);
  summarySheet.commit();
  // Open on the summary: it is the last tab but the one a meeting starts with.
  wb.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: sheet.count, visibility: 'visible' },
  ];
  await wb.commit();
  return figures;
}

// The task rows are written as XML straight into the sheet's part of the zip. Through exceljs, each row
// built a Row, 19 Cells and their models and rendered them node by node: 4.3 s of the ~10 s of CPU a
// 100k-task export took (CPU profile); these strings take well under a second. The XML is what exceljs
// writes for the same values and styles (strings as t="str", dates as serial day numbers, a styled empty
// cell for no value), so the file is the same; the style ids come from the workbook's style table.
type StyleTable = { addStyleModel(style: Partial<Style>, type: ValueType): number };
type SheetPart = { write(xml: string): unknown };

const columnLetters = (i: number): string =>
  (i >= 26 ? columnLetters(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26));
const COLUMN_LETTERS = LEDGER.map((_, i) => columnLetters(i));
// the characters exceljs escapes or drops (control characters XML 1.0 cannot carry)
// eslint-disable-next-line no-control-regex
const XML_SPECIAL = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/;
const XML_SPECIALS = new RegExp(XML_SPECIAL.source, 'g');
const XML_ENTITY: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  "'": '&apos;',
  '"': '&quot;',
};
// text as exceljs encodes it: the five entities, the control characters dropped
export const xmlText = (s: string): string =>
  XML_SPECIAL.test(s) ? s.replace(XML_SPECIALS, (c) => XML_ENTITY[c] ?? '') : s;

const DAY_MS = 86_400_000;
// Excel's serial day number (1900 date system) of a yyyy-mm-dd day
export const excelDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS + 25569;

// exceljs's type of a cell value, which picks the number format of a style that has none
const valueType = (v: LedgerValue): ValueType =>
  v === null || v === undefined
    ? ValueType.Null
    : typeof v === 'number'
      ? ValueType.Number
      : ValueType.String;

export class TaskRows {
  // as exceljs does it: a style object is entered into the workbook's table when first used
  private readonly ids = new Map<Partial<Style>, number>();

  constructor(private readonly styles: StyleTable) {}

  static of(wb: unknown): TaskRows {
    const styles = (wb as { styles?: StyleTable }).styles;
    if (typeof styles?.addStyleModel !== 'function')
      throw new Error('exceljs has no style table to write into');
    return new TaskRows(styles);
  }

  // one <row> of the sheet, row number n
  xml(n: number, values: LedgerValue[]): string {
    let xml = `<row r="${n}" ht="${rowHeight(values)}" customHeight="1" spans="1:${LEDGER.length}" x14ac:dyDescent="0.25">`;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      const day = LEDGER[i].kind === 'date' && isDate(v) ? excelDay(v) : null;
      const s = this.styleId(cellStyle(i, v), day === null ? valueType(v) : ValueType.Date);
      const head = `<c r="${COLUMN_LETTERS[i]}${n}" s="${s}"`;
      if (v === null || v === undefined) xml += `${head}/>`;
      else if (typeof v === 'number') xml += `${head}><v>${v}</v></c>`;
      else if (day !== null) xml += `${head}><v>${day}</v></c>`;
      else xml += `${head} t="str"><v>${xmlText(v)}</v></c>`;
    }
    return `${xml}</row>`;
  }

  private styleId(style: Partial<Style>, type: ValueType): number {
    let id = this.ids.get(style);
    if (id === undefined) {
      id = this.styles.addStyleModel(style, type);
      this.ids.set(style, id);
    }
    return id;
  }
}

// Where a sheet's XML goes: exceljs's stream for the sheet's zip entry.
function sheetPart(ws: Worksheet): SheetPart {
  const part = (ws as unknown as { stream?: SheetPart }).stream;
  if (typeof part?.write !== 'function') throw new Error('exceljs has no sheet stream to write into');
  return part;
}

// Spreadsheet programs do not grow rows to fit wrapped text when they open a file, so each row gets
// the height its longest wrapped cell needs: a CJK character is about 1.75 width units at this size.
const LINE_HEIGHT = 13.5;
const MAX_LINES = 8;
export function textWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) w += s.charCodeAt(i) >= 0x2e80 ? 1.75 : 1;
  return w;
}
export function rowHeight(values: LedgerValue[]): number {
  let lines = 1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'string' || !v) continue;
    const room = Math.max(1, LEDGER[i].width - 0.5);
    // lines of this cell: each hard line break starts a line, long lines wrap
    let n = 0;
    let w = 0;
    for (let j = 0; j < v.length; j++) {
      const c = v.charCodeAt(j);
      if (c === 10) {
        n += Math.max(1, Math.ceil(w / room));
        w = 0;
      } else w += c >= 0x2e80 ? 1.75 : 1;
    }
    n += Math.max(1, Math.ceil(w / room));
    if (n > lines) lines = n;
  }
  return Math.min(lines, MAX_LINES) * LINE_HEIGHT + 4;
}

const isDate = (v: LedgerValue): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

function writeSummary(ws: Worksheet, s: SnapshotSummary, meta: LedgerMeta, subtitle: string): void {
  const width = COUNT_HEADERS.length + 6;
  ws.columns = [{ width: 26 }, ...Array.from({ length: width - 1 }, () => ({ width: 10 }))];
  type LineOptions = { style?: Partial<Style>; styles?: Partial<Style>[]; merge?: boolean; height?: number };
  const line = (values: (string | number | null)[], o: LineOptions = {}) => {
    const row = ws.addRow(values.map((v) => safeValue(v)));
    values.forEach((_, i) => {
      row.getCell(i + 1).style = o.styles?.[i] ?? o.style ?? (i === 0 ? LABEL_STYLE : STYLE.integer);
    });
    if (o.height) row.height = o.height;
    // merging touches the row, so it must come before the row is flushed
    if (o.merge) ws.mergeCells(row.number, 1, row.number, width);
    row.commit();
  };
  line([`${LEDGER_TITLE}${GAP}汇总`], { style: TITLE_STYLE, merge: true, height: 28 });
  line([subtitle], { style: NOTE_STYLE, merge: true });
  line(
    ['各项数字与驾驶舱同一筛选条件下的数字一致；亮灯：绿灯正常，黄灯滞后，红灯严重滞后或逾期，灰灯暂缓。'],
    {
      style: NOTE_STYLE,
      merge: true,
    },
  );
  line([]);

  const counts = (c: StateCounts) => COUNT_KEYS.map((k) => c[k]);
  const countStyles = (extra: number) => [
    LABEL_STYLE,
    ...COUNT_KEYS.map((k) => (k === 'averageProgress' ? STYLE.number : STYLE.integer)),
    ...Array.from({ length: extra }, () => STYLE.number),
  ];
  const headerRow = (values: string[], lights = false) => {
    const styles = values.map((v) => {
      const l = lights ? LIGHT_STYLE.get(v) : undefined;
      return l ? { ...l, alignment: HEADER_STYLE.alignment } : HEADER_STYLE;
    });
    line(values, { styles });
  };

  line([SUMMARY_SECTIONS.totals], { style: SECTION_STYLE });
  const lights: Light[] = ['green', 'yellow', 'red', 'grey'];
  headerRow(['', ...COUNT_HEADERS, '完成率(%)', ...lights.map((l) => LIGHT_ZH[l])], true);
  line(['合计', ...counts(s.totals), s.totals.completionRate, ...lights.map((l) => s.totals.lights[l])], {
    styles: [...countStyles(1), ...lights.map(() => STYLE.integer)],
  });
  line([]);

  line([SUMMARY_SECTIONS.byMeasure], { style: SECTION_STYLE });
  headerRow(['措施', ...COUNT_HEADERS]);
  const byCode = new Map(s.byMeasure.map((g) => [g.code, g]));
  const listed = new Set<string>();
  for (const m of meta.measures) {
    const g = byCode.get(m.code);
    listed.add(m.code);
    line([g?.nameZh ?? m.nameZh, ...counts(g ?? ZERO_COUNTS)], { styles: countStyles(0) });
  }
  for (const g of s.byMeasure)
    if (!listed.has(g.code)) line([g.nameZh, ...counts(g)], { styles: countStyles(0) });
  line([]);

  line([SUMMARY_SECTIONS.byRegion], { style: SECTION_STYLE });
  headerRow(['地区', ...COUNT_HEADERS, '滞后占比(%)']);
  for (const g of s.byRegion) line([g.nameZh, ...counts(g), g.behindShare], { styles: countStyles(1) });
  line([]);

  line([SUMMARY_SECTIONS.bySector], { style: SECTION_STYLE });
  headerRow(['领域', ...COUNT_HEADERS]);
  // in the reference order of sectors, as the dashboard lists them
  const order = [...meta.sectorNames.keys()];
  const rank = (code: string) => (order.includes(code) ? order.indexOf(code) : order.length);
  for (const g of [...s.bySector].sort((a, b) => rank(a.code) - rank(b.code)))
    line([meta.sectorNames.get(g.code) ?? g.code, ...counts(g)], { styles: countStyles(0) });
}
