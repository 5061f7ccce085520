import ExcelJS from 'exceljs';
import { cellIn, fieldOfHeader, parseWorkbook, TooManyRowsError, CorruptFileError } from './import.parser';

const book = async (build: (wb: ExcelJS.Workbook) => void) => {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
};

describe(parseWorkbook.name, () => {
  it('finds the header below a title, columns by their text in any order, and skips empty rows', async () => {
    const buf = await book((wb) => {
      wb.addWorksheet('说明').addRow(['任务编号', '说明文字']);
      const ws = wb.addWorksheet('强化政策引导与扶持');
      ws.addRow(['人工智能+行动任务台账']);
      ws.addRow(['截至 2026-11-29']);
      ws.addRow(['任务名称', '实际进度', '任务编号', '完成时限（YYYY-MM-DD 或 长期）', '备注']);
      ws.addRow(['出台专项政策', 40, 'POL-001', new Date(Date.UTC(2026, 11, 31))]);
      ws.addRow([]);
      ws.addRow([{ richText: [{ text: '建设' }, { text: '基地' }] }, null, ' POL-002 ', '长期']);
    });
    const parsed = await parseWorkbook(buf);
    expect(parsed.rows).toBe(2);
    expect(parsed.sheets.map((s) => s.name)).toEqual(['强化政策引导与扶持']);
    const [sheet] = parsed.sheets;
    expect(sheet.headerRow).toBe(3);
    expect(sheet.headers).toEqual({
      title: '任务名称',
      code: '任务编号',
      dueDate: '完成时限（YYYY-MM-DD 或 长期）',
    });
    expect(
      sheet.rows.map((r) => [r.row, r.cells.code?.text, r.cells.title?.text, r.cells.dueDate?.text]),
    ).toEqual([
      [4, 'POL-001', '出台专项政策', '2026-12-31'],
      [6, 'POL-002', '建设基地', '长期'],
    ]);
    expect(sheet.rows[0].cells.dueDate).toMatchObject({ date: '2026-12-31', address: 'D4' });
    expect(parsed.ignoredColumns).toEqual([
      { header: '实际进度', reason: 'read_only' },
      { header: '备注', reason: 'unknown' },
    ]);
  });

  it('reads every task sheet of an exported ledger', async () => {
    const buf = await book((wb) => {
      for (const name of ['政策', '人才']) {
        const ws = wb.addWorksheet(name);
        ws.addRow(['任务编号', '任务名称']);
        ws.addRow([`${name}-1`, '任务']);
      }
      wb.addWorksheet('汇总').addRow(['一、总体情况']);
    });
    const parsed = await parseWorkbook(buf);
    expect(parsed.sheets.map((s) => s.name)).toEqual(['政策', '人才']);
    expect(parsed.rows).toBe(2);
  });

  it('stops at the row limit', async () => {
    const buf = await book((wb) => {
      const ws = wb.addWorksheet('任务');
      ws.addRow(['任务编号', '任务名称']);
      for (let i = 0; i < 11; i++) ws.addRow([`T-${i}`, 'x']);
    });
    await expect(parseWorkbook(buf, 10)).rejects.toBeInstanceOf(TooManyRowsError);
    await expect(parseWorkbook(buf, 11)).resolves.toMatchObject({ rows: 11 });
  });

  it('calls an unreadable file corrupt', async () => {
    await expect(parseWorkbook(Buffer.from('PK\u0003\u0004 broken'))).rejects.toBeInstanceOf(
      CorruptFileError,
    );
  });
});

describe(cellIn.name, () => {
  it.each([
    [null, ''],
    ['文本', '文本'],
    [42, '42'],
    [true, 'TRUE'],
    [{ formula: 'A1&B1', result: '结果' }, '结果'],
    [{ text: '链接', hyperlink: 'http://x' }, '链接'],
    [{ text: { richText: [{ text: '富' }, { text: '文本' }] }, hyperlink: 'http://x' }, '富文本'],
    [{ error: '#N/A' }, '#N/A'],
  ])('reads %j as %j', (value, text) => {
    expect(cellIn(value as ExcelJS.CellValue, 'A1').text).toBe(text);
  });

  it('keeps serial numbers and dates apart from text', () => {
    expect(cellIn(46022, 'A1')).toMatchObject({ serial: 46022, date: null });
    expect(cellIn(new Date(Date.UTC(2026, 1, 28)), 'A1')).toMatchObject({ date: '2026-02-28' });
  });
});

describe(fieldOfHeader.name, () => {
  it.each([
    ['任务编号', 'code'],
    [' 任务名称 * ', 'title'],
    ['完成时限(YYYY-MM-DD)', 'dueDate'],
    ['Due date', 'dueDate'],
    ['配合单位：', 'cooperatingUnits'],
    ['实际进度', null],
  ])('%j names %j', (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });
});
