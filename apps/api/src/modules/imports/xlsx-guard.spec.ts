import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { checkXlsx, MAX_UNZIPPED_BYTES } from './xlsx-guard';

// A minimal ZIP writer: enough to make archives with chosen names and declared sizes.
function zip(entries: { name: string; data: Buffer; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const body = deflateRawSync(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(e.declaredSize ?? e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(e.declaredSize ?? e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

describe(checkXlsx.name, () => {
  it('accepts a workbook written by exceljs', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('任务').addRow(['任务编号', '任务名称']);
    expect(checkXlsx(Buffer.from(await wb.xlsx.writeBuffer()))).toBe('ok');
  });

  it('accepts a minimal package that names a workbook', () => {
    const xml = Buffer.from('<x/>');
    expect(
      checkXlsx(
        zip([
          { name: '[Content_Types].xml', data: xml },
          { name: 'xl/workbook.xml', data: xml },
        ]),
      ),
    ).toBe('ok');
  });

  it.each([
    ['empty', Buffer.alloc(0)],
    ['text', Buffer.from('任务编号,任务名称\nPOL-001,x\n')],
    ['a PDF', Buffer.from('%PDF-1.4\n%%EOF\n')],
    ['a cut-off zip', zip([{ name: 'xl/workbook.xml', data: Buffer.from('<x/>') }]).subarray(0, 40)],
  ])('refuses %s as not a zip', (_, buf) => {
    expect(checkXlsx(buf)).toBe('not_zip');
  });

  it('refuses a zip that is not a spreadsheet (a .docx, say)', () => {
    const xml = Buffer.from('<x/>');
    expect(
      checkXlsx(
        zip([
          { name: '[Content_Types].xml', data: xml },
          { name: 'word/document.xml', data: xml },
        ]),
      ),
    ).toBe('not_xlsx');
  });

  it('refuses a zip that declares more than the unzip budget', () => {
    const xml = Buffer.from('<x/>');
    expect(
      checkXlsx(
        zip([
          { name: '[Content_Types].xml', data: xml },
          { name: 'xl/workbook.xml', data: xml },
          { name: 'xl/worksheets/sheet1.xml', data: xml, declaredSize: MAX_UNZIPPED_BYTES },
        ]),
      ),
    ).toBe('too_big');
  });
});
