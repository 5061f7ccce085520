import { createHash } from 'node:crypto';
import type TestAgent from 'supertest/lib/agent';
import { collectingPeriod, todayIn } from '@plan/contracts';
import { createTestApp, loginAs, type TestApp } from './app';
import { buildTask } from './factories/task.factory';
import { createWorkspace, resetDatabase, type Fixture } from './factories/workspace.factory';

const period = collectingPeriod(todayIn('Asia/Shanghai'), 'month', 5);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(32, 1),
]);

describe('evidence files', () => {
  let t: TestApp;
  let f: Fixture;
  let staff: TestAgent;
  let reportId: string;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.app.close());
  beforeEach(async () => {
    await resetDatabase(t.ds);
    f = await createWorkspace(t.ds);
    staff = await loginAs(t, 'staff');
    const task = (
      await staff
        .post('/api/tasks')
        .send(buildTask(f, { startDate: '2025-09-01' }))
        .expect(201)
    ).body;
    reportId = (
      await staff
        .post(`/api/tasks/${task.id}/reports`)
        .send({ period, reportedState: 'in_progress', progress: 20 })
        .expect(201)
    ).body.id;
  });

  const count = async () => (await t.ds.query(`SELECT count(*)::int AS n FROM report_attachments`))[0].n;

  it('stores a file with its checksum, lists it on the report and serves it back byte for byte', async () => {
    const res = await staff
      .post(`/api/reports/${reportId}/attachments`)
      .attach('file', PDF, '进展佐证材料.pdf')
      .expect(201);
    expect(res.body).toMatchObject({
      reportId,
      fileName: '进展佐证材料.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    const report = (await staff.get(`/api/reports/${reportId}`).expect(200)).body;
    expect(report.attachments.map((a: { id: string }) => a.id)).toEqual([res.body.id]);
    const file = await staff
      .get(`/api/attachments/${res.body.id}`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(file.status).toBe(200);
    expect(Buffer.compare(file.body as Buffer, PDF)).toBe(0);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('进展佐证材料.pdf')}`,
    );
    expect(file.headers['content-security-policy']).toContain('sandbox');
    const audit = await t.ds.query(`SELECT action FROM audit_events WHERE entity = 'report_attachment'`);
    expect(audit).toEqual([{ action: 'attachment.create' }]);
  });

  it('keeps only the last segment of a path-like file name', async () => {
    const res = await staff
      .post(`/api/reports/${reportId}/attachments`)
      .attach('file', PNG, '../../etc/passwd.png')
      .expect(201);
    expect(res.body.fileName).toBe('passwd.png');
  });

  it.each([
    [
      'an executable renamed to .pdf',
      Buffer.from('MZ\x90\x00binary'),
      'report.pdf',
      415,
      'ATTACHMENT_TYPE_INVALID',
    ],
    ['a disallowed extension', PDF, 'script.html', 415, 'ATTACHMENT_TYPE_INVALID'],
    ['a file without extension', PDF, 'noextension', 415, 'ATTACHMENT_TYPE_INVALID'],
    ['an empty file', Buffer.alloc(0), 'empty.pdf', 400, 'FILE_REQUIRED'],
  ])('refuses %s', async (_name, content, name, status, code) => {
    const res = await staff
      .post(`/api/reports/${reportId}/attachments`)
      .attach('file', content as Buffer, name as string);
    expect(res.status).toBe(status);
    expect(res.body.code).toBe(code);
    expect(await count()).toBe(0);
  });

  it('refuses a request without a file, a file over the limit, and a second file', async () => {
    expect((await staff.post(`/api/reports/${reportId}/attachments`).send({}).expect(400)).body.code).toBe(
      'FILE_REQUIRED',
    );
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
    const tooBig = await staff.post(`/api/reports/${reportId}/attachments`).attach('file', big, 'big.pdf');
    expect(tooBig.status).toBe(413);
    const two = await staff
      .post(`/api/reports/${reportId}/attachments`)
      .attach('file', PDF, 'a.pdf')
      .attach('file', PDF, 'b.pdf');
    expect(two.status).toBeGreaterThanOrEqual(400);
    expect(two.status).toBeLessThan(500);
    expect(await count()).toBe(0);
  });

  it('takes files only while the report is a draft, and deletes them only then', async () => {
    const a = (
      await staff.post(`/api/reports/${reportId}/attachments`).attach('file', PDF, 'a.pdf').expect(201)
    ).body;
    await staff.post(`/api/reports/${reportId}/submit`).send({}).expect(200);
    const late = await staff
      .post(`/api/reports/${reportId}/attachments`)
      .attach('file', PDF, 'b.pdf')
      .expect(409);
    expect(late.body.code).toBe('REPORT_STATE_INVALID');
    await staff.delete(`/api/attachments/${a.id}`).expect(409);
    const head = await loginAs(t, 'head');
    await head.post(`/api/reports/${reportId}/approve`).send({}).expect(200);
    expect((await staff.delete(`/api/attachments/${a.id}`).expect(409)).body.code).toBe('REPORT_IMMUTABLE');
    expect(await count()).toBe(1);
  });

  it('deletes a draft file and answers 404 for unknown ones and other workspaces', async () => {
    const a = (
      await staff.post(`/api/reports/${reportId}/attachments`).attach('file', PNG, 'photo.png').expect(201)
    ).body;
    await createWorkspace(t.ds, 'other', '其他');
    const other = await loginAs(t, 'other-staff');
    await other.get(`/api/attachments/${a.id}`).expect(404);
    await other.delete(`/api/attachments/${a.id}`).expect(404);
    await other.post(`/api/reports/${reportId}/attachments`).attach('file', PDF, 'x.pdf').expect(404);
    await staff.delete(`/api/attachments/${a.id}`).expect(204);
    await staff.get(`/api/attachments/${a.id}`).expect(404);
    expect(await count()).toBe(0);
  });

  it('allows at most ten files per report', async () => {
    for (let i = 0; i < 10; i++)
      await staff.post(`/api/reports/${reportId}/attachments`).attach('file', PDF, `f${i}.pdf`).expect(201);
    const res = await staff
      .post(`/api/reports/${reportId}/attachments`)
      .attach('file', PDF, 'f10.pdf')
      .expect(409);
    expect(res.body.code).toBe('ATTACHMENT_LIMIT_REACHED');
  });
});
