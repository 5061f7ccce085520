import type ExcelJS from 'exceljs';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import {
  LEDGER_COLUMNS,
  LIGHT_ZH,
  SCHEDULE_STATE_ZH,
  todayIn,
  type DashboardGroup,
  type DashboardSummary,
  type MeetingDetail,
  type StateCounts,
} from '@plan/contracts';
import { ExportsService } from '../src/modules/exports/exports.service';
import { seedDemo } from '../src/seed/demo-seed';
import { createTestApp, loginAs, type TestApp } from './app';
import { resetDatabase } from './factories/workspace.factory';
import { download, parseCsv, readWorkbook, rowTexts, summaryTable, text } from './spreadsheets';

const PASSWORD = 'export-pass-1';
const HEADERS = LEDGER_COLUMNS.map((c) => c.zh);
const col = (key: (typeof LEDGER_COLUMNS)[number]['key']) =>
  LEDGER_COLUMNS.findIndex((c) => c.key === key) + 1;
const COUNTS: [keyof StateCounts, string][] = [
  ['tasks', '任务数'],
  ['completed', '已完成'],
  ['ahead', '超序时'],
  ['onTrack', '按序时'],
  ['behind', '慢序时'],
  ['overdue', '逾期'],
  ['notStarted', '未启动'],
  ['suspended', '暂缓'],
  ['reportsMissing', '本期未报送'],
  ['averageProgress', '平均进度(%)'],
];
const FILLS: Record<string, string> = {
  绿灯: 'FF00B050',
  黄灯: 'FFFFC000',
  红灯: 'FFFF0000',
  灰灯: 'FFBFBFBF',
};

const figures = (rec: Record<string, string | number>) =>
  Object.fromEntries(COUNTS.map(([k, h]) => [k, rec[h]])) as unknown as StateCounts;
const counts = (g: StateCounts) => Object.fromEntries(COUNTS.map(([k]) => [k, g[k]])) as StateCounts;

// The summary sheet read back: totals, per measure, per region; it must say what the dashboard says.
function expectSummaryEquals(
  ws: ExcelJS.Worksheet,
  s: Pick<DashboardSummary, 'totals' | 'byMeasure' | 'byRegion'>,
) {
  const [totals] = summaryTable(ws, '一、总体情况');
  expect(figures(totals)).toEqual(counts(s.totals));
  expect(totals['完成率(%)']).toBe(s.totals.completionRate);
  expect([totals['绿灯'], totals['黄灯'], totals['红灯'], totals['灰灯']]).toEqual([
    s.totals.lights.green,
    s.totals.lights.yellow,
    s.totals.lights.red,
    s.totals.lights.grey,
  ]);
  const measures = new Map(summaryTable(ws, '二、分措施').map((r) => [r['措施'], figures(r)]));
  // the dashboard lists every measure; the ledger those in scope
  for (const g of s.byMeasure)
    if (g.tasks > 0 || measures.has(g.nameZh))
      expect([g.nameZh, measures.get(g.nameZh)]).toEqual([g.nameZh, counts(g)]);
  const regions = summaryTable(ws, '三、分地区');
  const withTasks = s.byRegion.filter((g: DashboardGroup) => g.tasks > 0);
  expect(regions.map((r) => r['地区'])).toEqual(withTasks.map((g) => g.nameZh));
  for (const [i, g] of withTasks.entries()) {
    expect(figures(regions[i])).toEqual(counts(g));
    expect(regions[i]['滞后占比(%)']).toBe(g.behindShare);
  }
}

describe('exports: ledger .xlsx and .csv', () => {
  let t: TestApp;
  let leader: TestAgent;
  let staff: TestAgent;
  const today = todayIn('Asia/Shanghai');

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.ds);
    await t.ds.transaction((m) => seedDemo(m, { password: PASSWORD, today }));
    leader = await loginAs(t, 'leader', PASSWORD);
    staff = await loginAs(t, 'staff', PASSWORD);
  });
  afterAll(() => t.app.close());

  const dashboard = async (q = ''): Promise<DashboardSummary> =>
    (await leader.get(`/api/dashboard/summary?${q}`).expect(200)).body;
  const ledger = async (q = '') => {
    const res = await download(leader, `/api/exports/ledger.xlsx?${q}`);
    expect(res.status).toBe(200);
    return { res, wb: await readWorkbook(res.body) };
  };
  const measureSheets = (wb: ExcelJS.Workbook) => wb.worksheets.filter((w) => w.name !== '汇总');

  it('writes one sheet per measure and a summary that equals the dashboard', async () => {
    const { res, wb } = await ledger();
    const dash = await dashboard();
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent(`人工智能+行动任务台账_${today}.xlsx`)}`,
    );
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="[\x20-\x7e]+"/);
    expect(wb.worksheets.map((w) => w.name)).toEqual([...dash.byMeasure.map((g) => g.nameZh), '汇总']);
    // the workbook opens on the summary
    expect(wb.views[0].activeTab).toBe(wb.worksheets.length - 1);

    for (const [i, ws] of measureSheets(wb).entries()) {
      const g = dash.byMeasure[i];
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
      expect(rowTexts(ws, 2)).toEqual(HEADERS);
      expect(ws.autoFilter).toBe(`A2:S${2 + g.tasks}`);
      expect(ws.rowCount - 2).toBe(g.tasks);
      expect(text(ws.getCell(1, 1).value)).toContain(g.nameZh);
      expect(ws.getCell(3, 1).font.name).toBe('Microsoft YaHei');
      expect(ws.getColumn(col('title')).width).toBeGreaterThan(20);
      expect(ws.getCell(3, col('title')).alignment.wrapText).toBe(true);
      for (let n = 3; n <= ws.rowCount; n++) {
        expect(text(ws.getCell(n, col('measure')).value)).toBe(g.nameZh);
        const light = ws.getCell(n, col('light'));
        expect(Object.values(LIGHT_ZH)).toContain(light.value);
        expect(light.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
        expect((light.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(FILLS[light.value as string]);
        expect(Object.values(SCHEDULE_STATE_ZH)).toContain(ws.getCell(n, col('state')).value);
        const due = ws.getCell(n, col('dueDate')).value;
        expect(due instanceof Date || due === '长期').toBe(true);
        // sector names, never codes
        expect(text(ws.getCell(n, col('sectors')).value)).toMatch(/^[\u4e00-\u9fff、]+$/);
      }
    }
    const lights = measureSheets(wb).flatMap((ws) =>
      Array.from({ length: ws.rowCount - 2 }, (_, i) => ws.getCell(i + 3, col('light')).value),
    );
    expect(new Set(lights).size).toBeGreaterThan(1);
    expectSummaryEquals(wb.getWorksheet('汇总') as ExcelJS.Worksheet, dash);
  });

  it('takes the task-list filters; the summary equals the dashboard under the same filters', async () => {
    for (const q of [
      'measure=policy,talent',
      'region=440000',
      'sector=energy&state=behind,overdue',
      'light=red',
    ]) {
      const { wb } = await ledger(q);
      const dash = await dashboard(q);
      const sheets = measureSheets(wb);
      const rows = sheets.reduce((n, ws) => n + ws.rowCount - 2, 0);
      expect([q, rows]).toEqual([q, dash.totals.tasks]);
      expectSummaryEquals(wb.getWorksheet('汇总') as ExcelJS.Worksheet, dash);
      if (q.startsWith('measure')) expect(sheets).toHaveLength(2);
      expect(text(wb.getWorksheet('汇总')?.getCell(2, 1).value)).toContain('范围：');
    }
  });

  it('exports as a meeting saw it, unchanged by later edits, with the meeting’s frozen figures', async () => {
    const meeting: MeetingDetail = (
      await leader.post('/api/meetings').send({ title: '导出核对会' }).expect(201)
    ).body;
    const before = await ledger(`meeting=${meeting.id}`);
    expectSummaryEquals(before.wb.getWorksheet('汇总') as ExcelJS.Worksheet, meeting.summary);
    expect(before.res.headers['content-disposition']).toContain(
      encodeURIComponent(`人工智能+行动任务台账_${meeting.asOf}.xlsx`),
    );
    expect(text(before.wb.worksheets[0].getCell(1, 1).value)).toContain('调度会：导出核对会');

    const first = before.wb.worksheets[0];
    const code = text(first.getCell(3, 1).value);
    const id = (await staff.get(`/api/tasks?q=${code}`).expect(200)).body.items[0].id;
    const task = (await staff.get(`/api/tasks/${id}`).expect(200)).body;
    await staff
      .patch(`/api/tasks/${id}`)
      .send({ version: task.version, title: '会后改名的任务' })
      .expect(200);

    const after = await ledger(`meeting=${meeting.id}`);
    const dump = (wb: ExcelJS.Workbook) =>
      wb.worksheets.map((ws) => Array.from({ length: ws.rowCount }, (_, i) => rowTexts(ws, i + 1)));
    expect(dump(after.wb)).toEqual(dump(before.wb));
    const live = await ledger();
    expect(text(live.wb.worksheets[0].getCell(3, col('title')).value)).toBe('会后改名的任务');
    await staff
      .patch(`/api/tasks/${id}`)
      .send({ version: task.version + 1, title: task.title })
      .expect(200);
  });

  it('neutralises formula-like text in the ledger and the CSV', async () => {
    const base = (await staff.get('/api/tasks?limit=1').expect(200)).body.items[0];
    const detail = (await staff.get(`/api/tasks/${base.id}`).expect(200)).body;
    const titles = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)'];
    for (const [i, title] of titles.entries())
      await staff
        .post('/api/tasks')
        .send({
          code: `ZZZ-${i}`,
          title,
          measure: 'security',
          region: '000000',
          sectors: ['energy'],
          leadUnitId: detail.leadUnit.id,
          responsiblePersonId: detail.responsiblePerson.id,
          startDate: '2026-01-01',
          dueDate: null,
        })
        .expect(201);
    const { wb } = await ledger('q=ZZZ-');
    const ws = measureSheets(wb).find((w) => w.rowCount > 2) as ExcelJS.Worksheet;
    const cells = Array.from({ length: 4 }, (_, i) => ws.getCell(i + 3, col('title')));
    expect(cells.map((c) => c.value)).toEqual(titles.map((x) => `'${x}`));
    expect(cells.every((c) => c.type === 3 /* ValueType.String */)).toBe(true);
    expect(ws.getCell(3, col('dueDate')).value).toBe('长期');

    const csv = await download(leader, '/api/exports/tasks.csv?q=ZZZ-');
    const rows = parseCsv(csv.body.toString('utf8').replace(/^\uFEFF/, ''));
    expect(rows.slice(1).map((r) => r[col('title') - 1])).toEqual(titles.map((x) => `'${x}`));
  });

  it('writes the CSV: BOM, CRLF, ledger header, one row per task, Chinese intact', async () => {
    const dash = await dashboard();
    const res = await download(leader, '/api/exports/tasks.csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain(
      encodeURIComponent(`人工智能+行动任务台账_${today}.csv`),
    );
    expect([...res.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = res.body.toString('utf8').slice(1);
    expect(body.split('\r\n')[0]).toBe(HEADERS.join(','));
    expect(body.replace(/"[^"]*"/g, '').includes('\n')).toBe(body.replace(/"[^"]*"/g, '').includes('\r\n'));
    const rows = parseCsv(body);
    expect(rows[0]).toEqual(HEADERS);
    expect(rows).toHaveLength(dash.totals.tasks + 1);
    expect(rows.slice(1).every((r) => r.length === HEADERS.length)).toBe(true);
    const { wb } = await ledger();
    const first = measureSheets(wb)[0];
    const byCode = new Map(rows.map((r) => [r[0], r]));
    const sample = byCode.get(text(first.getCell(3, 1).value)) as string[];
    expect(sample[col('title') - 1]).toBe(text(first.getCell(3, col('title')).value));
    expect(sample[col('leadUnit') - 1]).toMatch(/[\u4e00-\u9fff]/);
    expect(Object.values(LIGHT_ZH)).toContain(sample[col('light') - 1]);
    // filters and the meeting apply as for the ledger
    const policy = parseCsv(
      (await download(leader, '/api/exports/tasks.csv?measure=policy')).body.toString(),
    );
    expect(policy).toHaveLength((dash.byMeasure.find((g) => g.code === 'policy')?.tasks ?? -1) + 1);
  });

  it('reads large workspaces a measure at a time, with the very same files', async () => {
    const dump = (wb: ExcelJS.Workbook) =>
      wb.worksheets.map((ws) => Array.from({ length: ws.rowCount }, (_, i) => rowTexts(ws, i + 1)));
    const [meeting] = (await leader.get('/api/meetings').expect(200)).body;
    const queries = ['', 'region=440000,110000&state=behind,overdue,on_track', `meeting=${meeting.id}`];
    const plain = [];
    for (const q of queries)
      plain.push([dump((await ledger(q)).wb), (await download(leader, `/api/exports/tasks.csv?${q}`)).body]);
    const threshold = ExportsService.sliceAbove;
    ExportsService.sliceAbove = 0;
    try {
      for (const [i, q] of queries.entries()) {
        expect(dump((await ledger(q)).wb)).toEqual(plain[i][0]);
        expect(
          (await download(leader, `/api/exports/tasks.csv?${q}`)).body.equals(plain[i][1] as Buffer),
        ).toBe(true);
      }
    } finally {
      ExportsService.sliceAbove = threshold;
    }
  });

  it('answers errors as JSON before any byte is sent', async () => {
    const unknown = await leader.get('/api/exports/ledger.xlsx?meeting=00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('MEETING_NOT_FOUND');
    expect(unknown.headers['content-disposition']).toBeUndefined();
    expect((await leader.get('/api/exports/tasks.csv?state=late').expect(400)).body.code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await leader.get('/api/exports/ledger.xlsx?meeting=x').expect(400)).body.code).toBe(
      'VALIDATION_FAILED',
    );
    const anonymous = await download(request.agent(t.http), '/api/exports/ledger.xlsx');
    expect(anonymous.status).toBe(401);
  });

  it('gives an empty but valid workbook when nothing matches', async () => {
    const { wb } = await ledger('q=nothing-matches-this');
    expect(wb.worksheets.map((w) => w.rowCount)).toEqual([2, 2, 2, 2, 2, expect.any(Number)]);
    const [totals] = summaryTable(wb.getWorksheet('汇总') as ExcelJS.Worksheet, '一、总体情况');
    expect(totals['任务数']).toBe(0);
  });
});
