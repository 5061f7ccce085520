import ExcelJS from 'exceljs';
import type TestAgent from 'supertest/lib/agent';
import type { Response } from 'supertest';

// GET a file and keep its bytes (supertest would otherwise try to parse it).
export async function download(agent: TestAgent, url: string): Promise<Response & { body: Buffer }> {
  return agent
    .get(url)
    .buffer(true)
    .parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    }) as unknown as Promise<Response & { body: Buffer }>;
}

export async function readWorkbook(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

export async function writeWorkbook(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const text = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return String(v);
};

export const rowTexts = (ws: ExcelJS.Worksheet, n: number): string[] => {
  const out: string[] = [];
  ws.getRow(n).eachCell({ includeEmpty: true }, (c, col) => (out[col - 1] = text(c.value)));
  // reading a cell creates it: trailing empty cells depend on what was read before
  while (out.length && !out[out.length - 1]) out.pop();
  return Array.from(out, (v) => v ?? '');
};

// The rows of a table on the summary sheet, by its section title: [{ header: value }].
export function summaryTable(ws: ExcelJS.Worksheet, section: string): Record<string, string | number>[] {
  let at = 0;
  ws.eachRow((row, n) => {
    if (!at && text(row.getCell(1).value) === section) at = n;
  });
  if (!at) throw new Error(`no section ${section}`);
  const headers = rowTexts(ws, at + 1);
  const out: Record<string, string | number>[] = [];
  for (let n = at + 2; n <= ws.rowCount; n++) {
    const row = ws.getRow(n);
    if (!text(row.getCell(1).value)) break;
    const rec: Record<string, string | number> = {};
    headers.forEach((h, i) => (rec[h] = row.getCell(i + 1).value as string | number));
    out.push(rec);
  }
  return out;
}

// RFC 4180, enough to read our CSV back: quoted fields, doubled quotes, CRLF inside quotes.
export function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
