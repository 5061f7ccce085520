import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import JSZip from 'jszip';
import request, { type Response } from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { todayIn, type DashboardSummary, type MeetingChanges, type MeetingDetail } from '@plan/contracts';
import { AppModule } from '../src/app.module';
import { configureApp } from '../src/configure-app';
import { SECTION_HEADINGS } from '../src/modules/briefing/briefing-content';
import { CJK_FONT_CANDIDATES } from '../src/modules/briefing/cjk-font';
import { seedDemo } from '../src/seed/demo-seed';
import { createTestApp, loginAs, testPoolSize, type TestApp } from './app';
import { resetDatabase } from './factories/workspace.factory';
import { pdfText } from './pdf-text';

// Documents take seconds on a busy machine; the project-level testTimeout does not reach this file.
jest.setTimeout(120_000);

const PASSWORD = 'brief-pass-1';
const HEADINGS = Object.values(SECTION_HEADINGS);

async function download(agent: TestAgent, url: string): Promise<Response & { body: Buffer }> {
  return agent
    .get(url)
    .buffer(true)
    .parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    }) as unknown as Promise<Response & { body: Buffer }>;
}

const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

type Docx = { text: string; xml: string; media: string[]; zip: JSZip };

// The text of word/document.xml, one paragraph a line.
async function readDocx(buf: Buffer): Promise<Docx> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1])).join(''))
    .join('\n');
  const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
  return { text, xml, media, zip };
}

// The text between one section heading and the next.
function section(text: string, heading: string): string {
  const start = text.indexOf(heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const next = HEADINGS.map((h) => text.indexOf(h, start + heading.length)).filter((i) => i > start);
  return text.slice(start, next.length ? Math.min(...next) : undefined);
}

// The figures 一、总体进展 must state, from the dashboard's totals.
function expectOverall(text: string, s: DashboardSummary) {
  const t = s.totals;
  const overall = section(text.replace(/\s+/g, ''), HEADINGS[0]);
  expect(overall).toContain(`任务共${t.tasks}项`);
  expect(overall).toContain(`已完成${t.completed}项`);
  expect(overall).toContain(`按序时${t.onTrack}项`);
  expect(overall).toContain(`超序时${t.ahead}项`);
  expect(overall).toContain(`慢序时${t.behind}项`);
  expect(overall).toContain(`逾期${t.overdue}项`);
  expect(overall).toContain(`未启动${t.notStarted}项`);
  expect(overall).toContain(`暂缓${t.suspended}项`);
  expect(overall).toContain(`进展未报送${t.reportsMissing}项`);
}

const timings: string[] = [];
async function timed<T>(label: string, f: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const out = await f();
  timings.push(`${label}: ${Date.now() - started} ms`);
  return out;
}

describe('briefing 简报', () => {
  let t: TestApp;
  let leader: TestAgent;
  let today: string;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.ds);
    today = todayIn('Asia/Shanghai');
    await t.ds.transaction((m) => seedDemo(m, { password: PASSWORD, today }));
    leader = await loginAs(t, 'leader', PASSWORD);
  });
  afterAll(async () => {
    console.log(`briefing timings (demo workspace)\n  ${timings.join('\n  ')}`);
    await t.app.close();
  });

  const summary = async (q = ''): Promise<DashboardSummary> =>
    (await leader.get(`/api/dashboard/summary?${q}`).expect(200)).body;

  it('downloads a Word briefing with every section, the dashboard figures and the charts', async () => {
    const res = await timed('docx, live', () => download(leader, '/api/exports/briefing.docx'));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent(`人工智能+行动推进情况简报_${today}.docx`)}`,
    );
    const doc = await readDocx(res.body);
    for (const h of HEADINGS) expect(doc.text).toContain(h);
    expect(doc.text).toContain('人工智能+行动推进情况简报');
    expect(doc.text).toContain('人工智能+行动推进专班（演示）');
    const [y, m, d] = today.split('-').map(Number);
    expect(doc.text).toContain(`数据截至${y}年${m}月${d}日`);
    expectOverall(doc.text, await summary());
    // trend, states per measure, regions ranked
    expect(doc.media.length).toBeGreaterThanOrEqual(3);
    for (const f of doc.media)
      expect((await doc.zip.file(f)!.async('nodebuffer')).subarray(1, 4).toString()).toBe('PNG');
    expect(doc.xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(section(doc.text, HEADINGS[5])).toContain('尚未召开调度会');
  });

  it('downloads a PDF briefing with the same headings and figures and the CJK font embedded', async () => {
    const res = await timed('pdf, live', () => download(leader, '/api/exports/briefing.pdf'));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(
      encodeURIComponent(`人工智能+行动推进情况简报_${today}.pdf`),
    );
    const raw = res.body.toString('latin1');
    expect(raw).toMatch(/\/FontFile[23]/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Noto(Sans|Serif)CJKsc-/);
    const pdf = await pdfText(res.body);
    const text = pdf.text.replace(/\s+/g, '');
    for (const h of HEADINGS) expect(text).toContain(h);
    expectOverall(text, await summary());
    expect(pdf.pages).toBeGreaterThan(3);
  });

  it('narrows every figure with the task-list filters', async () => {
    const all = await summary();
    const gd = await summary('region=440000');
    expect(gd.totals.tasks).toBeGreaterThan(0);
    expect(gd.totals.tasks).toBeLessThan(all.totals.tasks);
    const doc = await readDocx((await download(leader, '/api/exports/briefing.docx?region=440000')).body);
    expectOverall(doc.text, gd);
    expect(doc.text).toContain('范围：地区：广东省');
    const ranking = section(doc.text, HEADINGS[3]);
    expect(ranking).toContain('广东省');
    expect(ranking).not.toContain('北京市');
    const pdf = await pdfText(
      (await download(leader, '/api/exports/briefing.pdf?region=440000&state=behind,overdue')).body,
    );
    expectOverall(pdf.text, await summary('region=440000&state=behind,overdue'));
  });

  it('lists the behind and overdue tasks with days late, lead unit and narratives', async () => {
    const s = await summary();
    const doc = await readDocx((await download(leader, '/api/exports/briefing.docx')).body);
    const lagging = section(doc.text, HEADINGS[2]);
    expect(lagging).toContain(`慢序时任务${s.totals.behind}项、逾期任务${s.totals.overdue}项`);
    const worst = s.behind[0];
    expect(lagging).toContain(worst.code);
    expect(lagging).toContain(worst.leadUnit.nameZh);
    expect(lagging).toContain(`滞后${worst.status.daysLate}天`);
    expect(lagging).toContain('存在问题：');
    expect(section(doc.text, HEADINGS[4])).toContain(
      s.upcomingMilestones[0]?.title ?? '今后30天内没有到期的节点',
    );
  });

  it('neutralises formula-like text typed by users', async () => {
    const [worst] = (await summary()).behind;
    const detail = (await leader.get(`/api/tasks/${worst.id}`).expect(200)).body;
    // Leaders read; an administrator edits.
    const admin = await loginAs(t, 'admin', PASSWORD);
    await admin
      .patch(`/api/tasks/${worst.id}`)
      .send({ version: detail.version, title: '=HYPERLINK("http://evil.example","点击")' })
      .expect(200);
    const doc = await readDocx((await download(leader, '/api/exports/briefing.docx')).body);
    expect(doc.text).toContain(`'=HYPERLINK("http://evil.example","点击")`);
    expect(doc.text).not.toMatch(/(^|\n)=HYPERLINK/);
    const pdf = await pdfText((await download(leader, '/api/exports/briefing.pdf')).body);
    expect(pdf.text).toContain(`'=HYPERLINK`);
    const again = (await leader.get(`/api/tasks/${worst.id}`).expect(200)).body;
    await admin
      .patch(`/api/tasks/${worst.id}`)
      .send({ version: again.version, title: detail.title })
      .expect(200);
  });

  it('as of a meeting reproduces the frozen figures after later edits, and lists changes since the one before', async () => {
    const first: MeetingDetail = (
      await leader.post('/api/meetings').send({ title: '第一次调度会', heldOn: '2026-11-01' }).expect(201)
    ).body;
    const live = await summary();
    expect(first.summary.totals).toEqual(live.totals);
    // change the world: archive two tasks after the meeting
    for (const task of live.behind.slice(0, 2)) await leader.delete(`/api/tasks/${task.id}`).expect(200);
    const after = await summary();
    expect(after.totals.tasks).toBe(live.totals.tasks - 2);

    const res = await timed('docx, as of a meeting', () =>
      download(leader, `/api/exports/briefing.docx?meeting=${first.id}`),
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain(
      encodeURIComponent(`人工智能+行动推进情况简报_${first.asOf}.docx`),
    );
    const doc = await readDocx(res.body);
    expectOverall(doc.text, first.summary);
    expect(doc.text).toContain('第一次调度会（2026年11月1日）');
    expect(section(doc.text, HEADINGS[5])).toContain('本次为首次调度会');
    const pdf = await pdfText(
      (
        await timed('pdf, as of a meeting', () =>
          download(leader, `/api/exports/briefing.pdf?meeting=${first.id}`),
        )
      ).body,
    );
    expectOverall(pdf.text, first.summary);

    // live: changes since the latest meeting
    const liveDoc = await readDocx((await download(leader, '/api/exports/briefing.docx')).body);
    expectOverall(liveDoc.text, after);
    expect(section(liveDoc.text, HEADINGS[5])).toContain('与上次调度会（第一次调度会');

    const second: MeetingDetail = (
      await leader.post('/api/meetings').send({ title: '第二次调度会', heldOn: '2026-11-02' }).expect(201)
    ).body;
    const changes: MeetingChanges = (await leader.get(`/api/meetings/${second.id}/changes`).expect(200)).body;
    const secondDoc = await readDocx(
      (await download(leader, `/api/exports/briefing.docx?meeting=${second.id}`)).body,
    );
    expectOverall(secondDoc.text, second.summary);
    const changed = section(secondDoc.text, HEADINGS[5]);
    expect(changed).toContain('与上次调度会（第一次调度会，2026年11月1日召开');
    expect(changed).toContain(`新完成${changes.newlyCompleted.length}项`);
    expect(changed).toContain(`新逾期${changes.newlyOverdue.length}项`);
    // the first meeting still reads as it did
    expectOverall(
      (await readDocx((await download(leader, `/api/exports/briefing.docx?meeting=${first.id}`)).body)).text,
      first.summary,
    );
    for (const task of live.behind.slice(0, 2))
      await leader.post(`/api/tasks/${task.id}/restore`).send({}).expect(200);
  });

  it('refuses bad requests with clear errors', async () => {
    await leader.get('/api/exports/briefing.pdf?meeting=not-an-id').expect(400);
    expect(
      (
        await leader
          .get('/api/exports/briefing.docx?meeting=00000000-0000-4000-8000-000000000000')
          .expect(404)
      ).body.code,
    ).toBe('MEETING_NOT_FOUND');
    await leader.get('/api/exports/briefing.docx?state=late').expect(400);
    await request(t.http).get('/api/exports/briefing.pdf').expect(401);
  });
});

describe('briefing without a CJK font', () => {
  let app: INestApplication;
  const saved = process.env.CJK_FONT_PATH;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule.forRoot({ databaseUrl: process.env.E2E_DATABASE_URL!, poolSize: testPoolSize() })],
    })
      .overrideProvider(CJK_FONT_CANDIDATES)
      .useValue([])
      .compile();
    app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false });
    configureApp(app as NestExpressApplication);
    await app.init();
    process.env.CJK_FONT_PATH = '/nonexistent/fonts/NotoSansCJK-Regular.ttc';
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.CJK_FONT_PATH;
    else process.env.CJK_FONT_PATH = saved;
    await app.close();
  });

  it.each(['docx', 'pdf'])('answers 503 FONT_UNAVAILABLE naming the fix (%s)', async (format) => {
    const agent = request.agent(app.getHttpServer());
    await agent.post('/api/auth/login').send({ username: 'leader', password: PASSWORD }).expect(200);
    const res = await agent.get(`/api/exports/briefing.${format}`).expect(503);
    expect(res.body.code).toBe('FONT_UNAVAILABLE');
    expect(res.body.message).toContain('apt-get install fonts-noto-cjk');
    expect(res.body.message).toContain('CJK_FONT_PATH=/nonexistent/fonts/NotoSansCJK-Regular.ttc');
  });
});
