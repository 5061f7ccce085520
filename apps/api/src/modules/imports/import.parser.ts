import ExcelJS from 'exceljs';
import {
  IMPORT_FIELDS,
  IMPORT_MAX_ROWS,
  LEDGER_COLUMNS,
  type IgnoredColumn,
  type ImportField,
} from '@plan/contracts';

// One cell as the validator needs it: its text, and a date when the spreadsheet stored one.
export type CellIn = { text: string; date: string | null; serial: number | null; address: string };

export type ParsedRow = { sheet: string; row: number; cells: Partial<Record<ImportField, CellIn>> };

export type ParsedSheet = {
  name: string;
  headerRow: number;
  // the header text of each imported column, as the file spells it
  headers: Partial<Record<ImportField, string>>;
  rows: ParsedRow[];
};

export type ParsedBook = { sheets: ParsedSheet[]; ignoredColumns: IgnoredColumn[]; rows: number };

export class TooManyRowsError extends Error {}
export class CorruptFileError extends Error {}

// Header words for each field: the template's and the ledger's, a few common variants, and English.
export const FIELD_HEADERS: Record<ImportField, string[]> = {
  code: ['任务编号', '编号', '任务代码', 'code'],
  measure: ['所属措施', '措施', 'measure'],
  title: ['任务名称', '任务标题', 'title'],
  requirement: ['目标及任务要求', '任务要求', '目标任务', 'requirement'],
  leadUnit: ['牵头单位', 'leadunit'],
  cooperatingUnits: ['配合单位', '参与单位', 'cooperatingunits'],
  responsible: ['责任人', 'responsibleperson', 'responsible'],
  startDate: ['开始日期', '开始时间', '起始日期', 'startdate'],
  dueDate: ['完成时限', '截止日期', '完成时间', 'duedate'],
  region: ['地区', '所属地区', 'region'],
  sectors: ['领域', '所属领域', 'sectors'],
};

// "完成时限（YYYY-MM-DD 或 长期）*" and "Due date" both name the due date.
export const normalizeHeader = (h: string) =>
  h
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s*＊:：]/g, '')
    .toLowerCase();

const BY_HEADER = new Map<string, ImportField>(
  IMPORT_FIELDS.flatMap((f) => FIELD_HEADERS[f].map((h) => [normalizeHeader(h), f] as const)),
);
export const fieldOfHeader = (h: string): ImportField | null => BY_HEADER.get(normalizeHeader(h)) ?? null;

// The ledger's computed columns: present in an edited ledger, never imported.
const READ_ONLY = new Set(
  LEDGER_COLUMNS.filter((c) => !fieldOfHeader(c.zh)).map((c) => normalizeHeader(c.zh)),
);
const HEADER_SCAN_ROWS = 10;

export const excelSerialToIso = (serial: number) =>
  new Date(Math.round((serial - 25569) * 86_400_000)).toISOString().slice(0, 10);

// Unwraps what exceljs hands back (rich text, formula results, hyperlinks) into one cell value.
export function cellIn(value: ExcelJS.CellValue, address: string): CellIn {
  const out: CellIn = { text: '', date: null, serial: null, address };
  let v: unknown = value;
  for (let depth = 0; depth < 3 && v !== null && typeof v === 'object' && !(v instanceof Date); depth++) {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) v = (o.richText as { text: string }[]).map((r) => r.text).join('');
    else if ('result' in o || 'formula' in o || 'sharedFormula' in o) v = o.result ?? null;
    else if ('text' in o) v = o.text;
    else if ('error' in o) v = String(o.error);
    else v = null;
  }
  if (v instanceof Date) {
    if (!Number.isNaN(v.getTime())) out.date = v.toISOString().slice(0, 10);
    out.text = out.date ?? '';
  } else if (typeof v === 'number') {
    out.serial = v;
    out.text = String(v);
  } else if (typeof v === 'boolean') out.text = v ? 'TRUE' : 'FALSE';
  else if (typeof v === 'string') out.text = v;
  return out;
}

// Reads every sheet that has a task table (a header row naming 任务编号 and at least one other field
// within the first rows); columns are found by their header text, never by position.
export async function parseWorkbook(buffer: Buffer, maxRows = IMPORT_MAX_ROWS): Promise<ParsedBook> {
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type; Node's is what it takes at runtime
    await wb.xlsx.load(buffer as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch (e) {
    throw new CorruptFileError(e instanceof Error ? e.message : String(e));
  }
  const sheets: ParsedSheet[] = [];
  const ignored = new Map<string, IgnoredColumn>();
  let total = 0;
  for (const ws of wb.worksheets) {
    const found = findHeader(ws);
    if (!found) continue;
    const { headerRow, columns } = found;
    const headers: Partial<Record<ImportField, string>> = {};
    for (const [field, c] of columns) headers[field] = c.header;
    for (const c of found.others) ignored.set(`${c.reason}:${c.header}`, c);
    const rows: ParsedRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      if (n <= headerRow) return;
      const cells: Partial<Record<ImportField, CellIn>> = {};
      let any = false;
      for (const [field, c] of columns) {
        const cell = row.getCell(c.col);
        const v = cellIn(cell.value, cell.address);
        v.text = v.text.trim();
        if (v.text) any = true;
        cells[field] = v;
      }
      if (!any) return;
      if (++total > maxRows) throw new TooManyRowsError(`more than ${maxRows} rows`);
      rows.push({ sheet: ws.name, row: n, cells });
    });
    sheets.push({ name: ws.name, headerRow, headers, rows });
  }
  return { sheets, ignoredColumns: [...ignored.values()], rows: total };
}

type Header = {
  headerRow: number;
  columns: Map<ImportField, { col: number; header: string }>;
  others: IgnoredColumn[];
};

function findHeader(ws: ExcelJS.Worksheet): Header | null {
  for (let n = 1; n <= Math.min(HEADER_SCAN_ROWS, ws.rowCount); n++) {
    const columns = new Map<ImportField, { col: number; header: string }>();
    const others: IgnoredColumn[] = [];
    ws.getRow(n).eachCell((cell, col) => {
      const header = cellIn(cell.value, cell.address).text.trim();
      if (!header) return;
      const field = fieldOfHeader(header);
      if (field && !columns.has(field)) columns.set(field, { col, header });
      else if (field) others.push({ header, reason: 'duplicate' });
      else others.push({ header, reason: READ_ONLY.has(normalizeHeader(header)) ? 'read_only' : 'unknown' });
    });
    if (columns.has('code') && columns.size >= 2) return { headerRow: n, columns, others };
  }
  return null;
}
