import ExcelJS from 'exceljs';
import type TestAgent from 'supertest/lib/agent';
import { LEDGER_COLUMNS, todayIn, type ImportResult } from '@plan/contracts';
import { seedDemo } from '../src/seed/demo-seed';
import { createTestApp, loginAs, type TestApp } from './app';
import { resetDatabase } from './factories/workspace.factory';
import { download, readWorkbook, rowTexts, text, writeWorkbook } from './spreadsheets';

const PASSWORD = 'import-pass-1';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const col = (key: (typeof LEDGER_COLUMNS)[number]['key']) =>
  LEDGER_COLUMNS.findIndex((c) => c.key === key) + 1;

type Answer = ImportResult & { statusCode?: number; code?: string; message?: string };

describe('imports: template and task spreadsheets', () => {
  let t: TestApp;
  let admin: TestAgent;
  let leader: TestAgent;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.ds);
    await t.ds.transaction((m) => seedDemo(m, { password: PASSWORD, today: todayIn('Asia/Shanghai') }));
    admin = await loginAs(t, 'admin', PASSWORD);
    leader = await loginAs(t, 'leader', PASSWORD);
    // the day's status refresh rewrites task rows: let it happen before any checksum is taken
    await admin.get('/api/tasks?limit=1').expect(200);
  });
  afterAll(() => t.app.close());

  const upload = (file: Buffer, name = 'tasks.xlsx', query = '', agent = admin) =>
    agent.post(`/api/imports${query}`).attach('file', file, { filename: name, contentType: XLSX });
  const state = async () => {
    const [{ n, sum }] = await t.ds.query(
      `SELECT count(*)::int AS n, md5(string_agg(t::text, ',' ORDER BY id)) AS sum FROM tasks t`,
    );
    const [{ audits }] = await t.ds.query(`SELECT count(*)::int AS audits FROM audit_events`);
    const versions: { code: string; version: number }[] = await t.ds.query(
      `SELECT code, version FROM tasks ORDER BY code`,
    );
    return { n, sum, audits, versions: new Map(versions.map((v) => [v.code, v.version])) };
  };
  const template = async () => {
    const res = await download(admin, '/api/imports/template.xlsx');
    expect(res.status).toBe(200);
    return res;
  };
  const ledger = async () => readWorkbook((await download(admin, '/api/exports/ledger.xlsx')).body);

  it('serves a template with instructions, lists and an example row that validates', async () => {
    const res = await template();
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('人工智能+行动任务导入模板.xlsx')}`,
    );
    const wb = await readWorkbook(res.body);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['任务', 'visible'],
      ['说明', 'visible'],
      ['选项', 'hidden'],
    ]);
    const ws = wb.getWorksheet('任务') as ExcelJS.Worksheet;
    expect(rowTexts(ws, 1)).toEqual([
      '任务编号',
      '所属措施',
      '任务名称',
      '目标及任务要求',
      '牵头单位',
      '配合单位',
      '责任人',
      '开始日期',
      '完成时限',
      '地区',
      '领域',
    ]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const example = rowTexts(ws, 2);
    expect(example[0]).toMatch(/^POL-\d+$/);
    expect(ws.getCell('H2').value).toBeInstanceOf(Date);
    // drop-down lists for measure, region, sectors (and lead unit)
    const validations = (
      ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
    ).dataValidations.model;
    const lists = new Map(
      Object.entries(validations).map(([ref, v]) => [ref.replace(/\d+/g, ''), `${v.type} ${v.formulae[0]}`]),
    );
    expect(lists.get('B')).toMatch(/^list '选项'!\$A\$2:\$A\$\d+$/);
    expect(lists.get('J')).toMatch(/^list '选项'!\$B\$2/);
    expect(lists.get('K')).toMatch(/^list '选项'!\$C\$2/);
    expect(lists.get('E')).toMatch(/^list '选项'!\$D\$2/);
    const options = wb.getWorksheet('选项') as ExcelJS.Worksheet;
    expect(text(options.getCell('A2').value)).toBe(example[1]);
    const help = (wb.getWorksheet('说明') as ExcelJS.Worksheet)
      .getColumn(1)
      .values.map((v) => text(v as ExcelJS.CellValue));
    expect(help.join('\n')).toContain('不能通过导入修改');
    expect(help.join('\n')).toContain('审核通过的进展报告');

    const before = await state();
    const dry = await upload(res.body, '导入模板.xlsx', '?dryRun=true');
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({
      valid: true,
      dryRun: true,
      applied: false,
      errors: [],
      summary: { rows: 1, create: 1, update: 0, unchanged: 0, errors: 0 },
      sheets: ['任务'],
    });
    expect(await state()).toEqual(before);
  });

  it('applies a valid file in one go, and the same file again changes nothing', async () => {
    const wb = await readWorkbook((await template()).body);
    const ws = wb.getWorksheet('任务') as ExcelJS.Worksheet;
    const example = ws.getRow(2);
    const code = text(example.getCell(1).value);
    const second = ws.getRow(3);
    example.eachCell({ includeEmpty: true }, (c, n) => (second.getCell(n).value = c.value));
    second.getCell(1).value = `${code}-B`;
    second.getCell(3).value = '（第二条）建立人工智能+行动推进台账';
    second.getCell(9).value = '长期';
    const file = await writeWorkbook(wb);

    const before = await state();
    const first = await upload(file);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ valid: true, applied: true, summary: { rows: 2, create: 2 } });
    const after = await state();
    expect(after.n).toBe(before.n + 2);
    // one event for the import, holding each task's change
    expect(after.audits).toBe(before.audits + 1);
    const created = (await admin.get(`/api/tasks?q=${code}`).expect(200)).body.items;
    expect(created.map((x: { code: string }) => x.code).sort()).toEqual([code, `${code}-B`]);
    expect(created.find((x: { code: string }) => x.code === `${code}-B`).dueDate).toBeNull();
    const [event] = await t.ds.query(
      `SELECT action, after->>'fileName' AS "fileName", after->'changes' AS changes FROM audit_events ORDER BY id DESC LIMIT 1`,
    );
    expect(event.action).toBe('import.apply');
    expect(
      event.changes
        .map((c: { action: string; after: { code: string } }) => `${c.action} ${c.after.code}`)
        .sort(),
    ).toEqual([`task.create ${code}`, `task.create ${code}-B`]);

    const again = await upload(file);
    expect(again.status).toBe(200);
    expect(again.body.summary).toEqual({ rows: 2, create: 0, update: 0, unchanged: 2, errors: 0 });
    expect(await state()).toEqual(after);
  });

  it('imports an edited ledger: exactly the tasks whose cells changed', async () => {
    const wb = await ledger();
    const ws = wb.worksheets[1];
    const titleCode = text(ws.getCell(3, col('code')).value);
    const dueCode = text(ws.getCell(4, col('code')).value);
    ws.getCell(3, col('title')).value = '台账中修改的任务名称';
    ws.getCell(4, col('dueDate')).value = new Date(Date.UTC(2030, 5, 30));
    // read-only columns are ignored whatever they say
    ws.getCell(5, col('progress')).value = 99;
    ws.getCell(5, col('light')).value = '红灯';
    const before = await state();

    const res = await upload(await writeWorkbook(wb), '台账（修改）.xlsx');
    expect(res.status).toBe(200);
    const body: Answer = res.body;
    expect(body.summary).toEqual({
      rows: before.n,
      create: 0,
      update: 2,
      unchanged: before.n - 2,
      errors: 0,
    });
    expect(body.sheets).toEqual(wb.worksheets.filter((w) => w.name !== '汇总').map((w) => w.name));
    expect(body.ignoredColumns).toEqual(
      expect.arrayContaining([
        { header: '实际进度', reason: 'read_only' },
        { header: '亮灯', reason: 'read_only' },
      ]),
    );
    const after = await state();
    const changed = [...after.versions].filter(([c, v]) => before.versions.get(c) !== v).map(([c]) => c);
    expect(changed.sort()).toEqual([titleCode, dueCode].sort());
    for (const c of changed) expect(after.versions.get(c)).toBe((before.versions.get(c) as number) + 1);
    expect(after.audits).toBe(before.audits + 1);
    const [a] = (await admin.get(`/api/tasks?q=${titleCode}`).expect(200)).body.items;
    expect(a.title).toBe('台账中修改的任务名称');
    const [b] = (await admin.get(`/api/tasks?q=${dueCode}`).expect(200)).body.items;
    expect(b.dueDate).toBe('2030-06-30');

    // the ledger as exported now re-imports with nothing to do
    const same = await upload((await download(admin, '/api/exports/ledger.xlsx')).body);
    expect(same.body.summary).toMatchObject({ update: 0, create: 0, unchanged: before.n });
    expect(await state()).toEqual(after);
  });

  it('refuses a file with one bad row: every error listed, nothing written', async () => {
    const wb = await ledger();
    const ws = wb.worksheets[0];
    ws.getCell(3, col('title')).value = '这一行本身没有问题';
    ws.getCell(4, col('dueDate')).value = '2026-02-30';
    ws.getCell(5, col('region')).value = '火星';
    const dup = text(ws.getCell(3, col('code')).value);
    ws.getCell(6, col('code')).value = dup;
    const before = await state();

    const res = await upload(await writeWorkbook(wb));
    expect(res.status).toBe(422);
    const body: Answer = res.body;
    expect(body).toMatchObject({
      statusCode: 422,
      code: 'IMPORT_INVALID',
      valid: false,
      applied: false,
      summary: { errors: 3 },
    });
    expect(body.message).toContain('3');
    expect(body.errors).toEqual([
      expect.objectContaining({
        sheet: ws.name,
        row: 4,
        column: '完成时限',
        cell: `G4`,
        value: '2026-02-30',
        code: 'DATE_INVALID',
        messageZh: expect.stringContaining('有效日期'),
        messageEn: expect.stringContaining('real date'),
      }),
      expect.objectContaining({ row: 5, column: '地区', value: '火星', code: 'REGION_UNKNOWN' }),
      expect.objectContaining({ row: 6, column: '任务编号', value: dup, code: 'CODE_DUPLICATE' }),
    ]);
    expect(await state()).toEqual(before);
  });

  it('answers wrong, broken, empty and oversized files with a clear 4xx', async () => {
    const good = (await template()).body;
    const before = await state();
    const corrupt = Buffer.from(good);
    // damage the compressed bytes of the first entry, leaving the directory intact
    for (let i = 200; i < 600; i++) corrupt[i] = corrupt[i] ^ 0x5a;
    const cases: [string, Buffer, string, number, string][] = [
      ['a PDF named .xlsx', Buffer.from('%PDF-1.4\n%%EOF\n'), 'tasks.xlsx', 415, 'IMPORT_FILE_TYPE_INVALID'],
      [
        'CSV text',
        Buffer.from('任务编号,任务名称\r\nPOL-1,x\r\n'),
        'tasks.csv',
        415,
        'IMPORT_FILE_TYPE_INVALID',
      ],
      ['a corrupt workbook', corrupt, 'tasks.xlsx', 400, 'IMPORT_FILE_CORRUPT'],
      ['an oversized file', Buffer.alloc(5 * 1024 * 1024 + 1, 1), 'big.xlsx', 413, 'IMPORT_FILE_TOO_LARGE'],
    ];
    for (const [what, buf, name, status, code] of cases) {
      const res = await upload(buf, name);
      expect([what, res.status, res.body.code]).toEqual([what, status, code]);
      expect(res.body.message).toMatch(/.+ \/ .+/);
    }
    const empty = await admin.post('/api/imports').attach('file', Buffer.alloc(0), 'empty.xlsx');
    expect([empty.status, empty.body.code]).toEqual([400, 'FILE_REQUIRED']);
    const none = await admin.post('/api/imports').field('x', '1');
    expect([none.status, none.body.code]).toEqual([400, 'FILE_REQUIRED']);

    const noTable = new ExcelJS.Workbook();
    noTable.addWorksheet('Sheet1').addRow(['姓名', '电话']);
    const r1 = await upload(await writeWorkbook(noTable));
    expect([r1.status, r1.body.code]).toEqual([400, 'IMPORT_NO_DATA']);
    const headerOnly = new ExcelJS.Workbook();
    headerOnly.addWorksheet('任务').addRow(['任务编号', '任务名称']);
    const r2 = await upload(await writeWorkbook(headerOnly));
    expect([r2.status, r2.body.code]).toEqual([400, 'IMPORT_NO_DATA']);

    const many = new ExcelJS.Workbook();
    const sheet = many.addWorksheet('任务');
    sheet.addRow(['任务编号', '任务名称']);
    for (let i = 0; i <= 20_000; i++) sheet.addRow([`X-${i}`, 'x']);
    const r3 = await upload(await writeWorkbook(many));
    expect([r3.status, r3.body.code]).toEqual([413, 'IMPORT_TOO_MANY_ROWS']);

    expect((await upload(good, 'x.xlsx', '?dryRun=maybe')).status).toBe(400);
    expect(await state()).toEqual(before);
  });

  it('is for administrators only, and shrugs off path tricks in the file name', async () => {
    const file = (await template()).body;
    const denied = await upload(file, 'x.xlsx', '?dryRun=true', leader);
    expect([denied.status, denied.body.code]).toEqual([403, 'FORBIDDEN_ROLE']);

    const wb = await readWorkbook(file);
    (wb.getWorksheet('任务') as ExcelJS.Worksheet).getCell('A2').value = 'PATH-1';
    const res = await upload(await writeWorkbook(wb), '../../../etc/passwd\\..\\任务.xlsx');
    expect(res.status).toBe(200);
    const [event] = await t.ds.query(
      `SELECT after->>'fileName' AS "fileName" FROM audit_events WHERE action = 'import.apply' ORDER BY id DESC LIMIT 1`,
    );
    expect(event.fileName).toBe('任务.xlsx');
  });
});
