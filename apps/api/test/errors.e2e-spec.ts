import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { createTestApp, loginAs, type TestApp } from './app';
import { createWorkspace, resetDatabase } from './factories/workspace.factory';

describe('error answers', () => {
  let t: TestApp;
  let staff: TestAgent;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.ds);
    await createWorkspace(t.ds);
    staff = await loginAs(t, 'staff');
  });
  afterAll(() => t.app.close());

  const shape = (body: Record<string, unknown>, status: number, code: string) => {
    expect(body).toMatchObject({ statusCode: status, code });
    expect(typeof body.message).toBe('string');
    expect(body.message).toMatch(/[\u4e00-\u9fff]/);
    expect(body.message).toMatch(/[A-Za-z]/);
    expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|QueryFailedError|SELECT |node_modules/);
  };

  it('answers malformed JSON with 400', async () => {
    const res = await staff.post('/api/tasks').set('Content-Type', 'application/json').send('{"title": ');
    expect(res.status).toBe(400);
    shape(res.body, 400, 'BAD_REQUEST');
  });

  it('answers a body over the limit with 413', async () => {
    const res = await staff.post('/api/tasks').send({ title: 'x'.repeat(1_200_000) });
    expect(res.status).toBe(413);
    shape(res.body, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('answers an unknown route with 404 ROUTE_NOT_FOUND', async () => {
    const res = await staff.get('/api/nothing-here');
    expect(res.status).toBe(404);
    shape(res.body, 404, 'ROUTE_NOT_FOUND');
  });

  it('answers deeply nested and wrongly typed JSON with a 4xx', async () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const nested = await staff
      .post('/api/tasks')
      .set('Content-Type', 'application/json')
      .send(`{"title": ${deep}}`);
    expect(nested.status).toBe(400);
    const arrayBody = await staff.post('/api/tasks').send([1, 2, 3]);
    expect(arrayBody.status).toBe(400);
    const nullBody = await staff.post('/api/tasks').set('Content-Type', 'application/json').send('null');
    expect(nullBody.status).toBe(400);
  });

  it('carries a request id on every answer', async () => {
    const res = await request(t.http).get('/api/health');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const given = await request(t.http).get('/api/health').set('X-Request-Id', 'abc-123');
    expect(given.headers['x-request-id']).toBe('abc-123');
  });

  it('sends security headers', async () => {
    const res = await request(t.http).get('/api/health');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});
