import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { LIGHTS, type TaskSnapshotRow } from '@plan/contracts';
import { LEDGER, ledgerValues, toLedgerRow, type LedgerRow } from './ledger-columns';
import { cellStyle, excelDay, rowHeight, writeLedger, xmlText, type LedgerMeta } from './ledger.writer';

const sectorNames = new Map([
  ['energy', '能源'],
  ['manufacturing', '制造业'],
]);
const meta: LedgerMeta = {
  asOf: '2026-11-30',
  meetingTitle: null,
  scope: '全部任务',
  measures: [{ code: 'policy', nameZh: '强化政策引导与扶持' }],
  sectorNames,
};

const task = (i: number): LedgerRow =>
  toLedgerRow({
    code: `POL-${String(i).padStart(3, '0')}`,
    title: ['普通任务', '=SUM(A1)', 'a < b & "c" > \'d\'', '控制\u0001字符\u007f', ''][i % 5],
    measureCode: 'policy',
    measureNameZh: '强化政策引导与扶持',
    measureNameEn: 'Policy',
    regionCode: '440000',
    regionNameZh: '广东省',
    regionNameEn: 'Guangdong',
    sectors: [['energy'], ['energy', 'manufacturing'], ['unknown']][i % 3],
    leadUnitNameZh: '广东省工业和信息化厅',
    cooperatingUnitsZh: i % 2 ? '' : '国家发展和改革委员会、财政部',
    responsibleName: '王晓燕',
    dueDate: i % 4 ? `2026-${String((i % 12) + 1).padStart(2, '0')}-28` : null,
    progress: (i * 37) % 101,
    state: 'behind',
    light: LIGHTS[i % LIGHTS.length],
    expected: i % 3 ? 55.5 : null,
    gap: i % 3 ? -15.5 : null,
    daysLate: i,
    reportMissing: false,
    latestPeriod: i % 2 ? '2026-10' : null,
    achievements: '完成调研。'.repeat(i * 7),
    problems: '第一行\n第二行\n第三行',
    nextSteps: '\t下一步',
  } as TaskSnapshotRow);

async function collect(write: (out: PassThrough) => Promise<unknown>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => out.on('end', resolve));
  await write(out);
  await done;
  return Buffer.concat(chunks);
}

async function read(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

// The task rows as exceljs itself writes them through its Row API, the way the ledger wrote them before.
async function throughExceljs(rows: LedgerRow[]): Promise<ExcelJS.Workbook> {
  const buf = await collect(async (stream) => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
    const ws = wb.addWorksheet('x');
    ws.addRow(['title']).commit();
    ws.addRow(['header']).commit();
    for (const r of rows) {
      const values = ledgerValues(r, sectorNames);
      const row = ws.addRow(
        values.map((v, i) =>
          LEDGER[i].kind === 'date' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)
            ? new Date(`${v}T00:00:00Z`)
            : v,
        ),
      );
      values.forEach((v, i) => (row.getCell(i + 1).style = cellStyle(i, v)));
      row.height = rowHeight(values);
      row.commit();
    }
    ws.commit();
    await wb.commit();
  });
  return read(buf);
}

const cells = (ws: ExcelJS.Worksheet, n: number) =>
  LEDGER.map((_, i) => {
    const c = ws.getCell(n, i + 1);
    return { type: c.type, value: c.value, style: c.style };
  });

describe(writeLedger.name, () => {
  it('writes task rows that read back exactly as exceljs’s own rows: values, types, styles, heights', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => task(i));
    async function* pages() {
      yield rows.slice(0, 25);
      yield rows.slice(25);
    }
    const ours = await read(await collect((out) => writeLedger(out, pages(), meta)));
    const theirs = await throughExceljs(rows);
    const ws = ours.worksheets[0];
    const ref = theirs.worksheets[0];
    expect(ws.rowCount).toBe(2 + rows.length);
    for (let n = 3; n <= ws.rowCount; n++) {
      expect([n, cells(ws, n)]).toEqual([n, cells(ref, n)]);
      expect([n, ws.getRow(n).height]).toEqual([n, ref.getRow(n).height]);
    }
    // what the comparison covers: a date, a long-term due date, an empty value, text that needed escaping
    expect(ws.getCell(4, 7).value).toEqual(new Date('2026-02-28T00:00:00Z'));
    expect(ws.getCell(3, 7).value).toBe('长期');
    expect(ws.getCell(3, 10).value).toBeNull();
    expect(ws.getCell(5, 3).value).toBe('a < b & "c" > \'d\'');
    expect(ws.getCell(6, 3).value).toBe('控制字符');
    expect(ws.getCell(4, 3).value).toBe("'=SUM(A1)");
    expect(new Set(rows.map((_, i) => ws.getCell(i + 3, 15).fill))).toHaveProperty('size', LIGHTS.length);
    expect(ws.autoFilter).toBe(`A2:S${2 + rows.length}`);
  });
});

describe(xmlText.name, () => {
  it('escapes the XML specials and drops characters XML cannot carry, keeping tabs and line breaks', () => {
    expect(xmlText('普通')).toBe('普通');
    expect(xmlText(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(xmlText('a\u0000b\u0008c\u000bd\u001fe\u007ff\tg\nh\ri')).toBe('abcdef\tg\nh\ri');
  });
});

describe(excelDay.name, () => {
  it('gives Excel’s serial day numbers', () => {
    expect(excelDay('1970-01-01')).toBe(25569);
    expect(excelDay('2026-11-30')).toBe(46356);
    expect(excelDay('2000-02-29')).toBe(36585);
  });
});
