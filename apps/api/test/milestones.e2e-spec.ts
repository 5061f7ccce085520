import type TestAgent from 'supertest/lib/agent';
import { addDays, todayIn } from '@plan/contracts';
import { createTestApp, loginAs, type TestApp } from './app';
import { buildTask } from './factories/task.factory';
import { createWorkspace, resetDatabase, type Fixture } from './factories/workspace.factory';

const today = todayIn('Asia/Shanghai');
const d = (n: number) => addDays(today, n);

describe('milestones', () => {
  let t: TestApp;
  let f: Fixture;
  let staff: TestAgent;
  let taskId: string;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.app.close());
  beforeEach(async () => {
    await resetDatabase(t.ds);
    f = await createWorkspace(t.ds);
    staff = await loginAs(t, 'staff');
    taskId = (
      await staff
        .post('/api/tasks')
        .send(buildTask(f, { startDate: d(-100), dueDate: d(100) }))
        .expect(201)
    ).body.id;
  });

  const status = async () => (await staff.get(`/api/tasks/${taskId}`).expect(200)).body.status;

  it('creates, lists, updates, completes and deletes a milestone; the task status follows', async () => {
    const created = await staff
      .post(`/api/tasks/${taskId}/milestones`)
      .send({ title: '制定方案', dueDate: d(-30), weight: 2 })
      .expect(201);
    expect(created.body).toMatchObject({
      title: '制定方案',
      dueDate: d(-30),
      weight: 2,
      doneDate: null,
      version: 1,
    });
    expect(await status()).toMatchObject({ expected: 100, daysLate: 30, state: 'behind', light: 'red' });

    const list = await staff.get(`/api/tasks/${taskId}/milestones`).expect(200);
    expect(list.body).toHaveLength(1);

    const updated = await staff
      .patch(`/api/tasks/${taskId}/milestones/${created.body.id}`)
      .send({ version: 1, title: '制定实施方案', dueDate: d(-10) })
      .expect(200);
    expect(updated.body).toMatchObject({ title: '制定实施方案', version: 2 });
    expect(await status()).toMatchObject({ daysLate: 10, light: 'yellow' });

    const done = await staff
      .post(`/api/tasks/${taskId}/milestones/${created.body.id}/complete`)
      .send({})
      .expect(200);
    expect(done.body).toMatchObject({ doneDate: today, version: 3 });
    expect((await status()).daysLate).toBe(0);

    const again = await staff
      .post(`/api/tasks/${taskId}/milestones/${created.body.id}/complete`)
      .send({})
      .expect(409);
    expect(again.body.code).toBe('MILESTONE_ALREADY_DONE');

    await staff.delete(`/api/tasks/${taskId}/milestones/${created.body.id}`).expect(204);
    expect((await staff.get(`/api/tasks/${taskId}/milestones`)).body).toEqual([]);
    const actions = (
      await t.ds.query(`SELECT action FROM audit_events WHERE entity = 'milestone' ORDER BY id`)
    ).map((r: { action: string }) => r.action);
    expect(actions).toEqual([
      'milestone.create',
      'milestone.update',
      'milestone.complete',
      'milestone.delete',
    ]);
  });

  it('refuses a stale milestone version with 409 and the current milestone', async () => {
    const m = (
      await staff
        .post(`/api/tasks/${taskId}/milestones`)
        .send({ title: 'a', dueDate: d(10) })
        .expect(201)
    ).body;
    await staff.patch(`/api/tasks/${taskId}/milestones/${m.id}`).send({ version: 1, title: 'b' }).expect(200);
    const res = await staff
      .patch(`/api/tasks/${taskId}/milestones/${m.id}`)
      .send({ version: 1, title: 'c' })
      .expect(409);
    expect(res.body).toMatchObject({
      code: 'MILESTONE_VERSION_CONFLICT',
      details: { current: { title: 'b', version: 2 } },
    });
  });

  it('refuses dates outside the task, future done dates, bad ids and unknown milestones', async () => {
    expect(
      (
        await staff
          .post(`/api/tasks/${taskId}/milestones`)
          .send({ title: 'x', dueDate: d(200) })
          .expect(400)
      ).body.code,
    ).toBe('MILESTONE_DATE_INVALID');
    expect(
      (
        await staff
          .post(`/api/tasks/${taskId}/milestones`)
          .send({ title: 'x', dueDate: '2026-13-01' })
          .expect(400)
      ).body.code,
    ).toBe('VALIDATION_FAILED');
    const m = (
      await staff
        .post(`/api/tasks/${taskId}/milestones`)
        .send({ title: 'x', dueDate: d(10) })
        .expect(201)
    ).body;
    expect(
      (
        await staff
          .post(`/api/tasks/${taskId}/milestones/${m.id}/complete`)
          .send({ doneDate: d(1) })
          .expect(400)
      ).body.code,
    ).toBe('MILESTONE_DATE_INVALID');
    await staff
      .post(`/api/tasks/${taskId}/milestones/00000000-0000-4000-8000-000000000000/complete`)
      .send({})
      .expect(404);
    await staff.post(`/api/tasks/${taskId}/milestones/xyz/complete`).send({}).expect(400);
    await staff.get(`/api/tasks/00000000-0000-4000-8000-000000000000/milestones`).expect(404);
  });

  it('does not reach a milestone through another task', async () => {
    const other = (await staff.post('/api/tasks').send(buildTask(f)).expect(201)).body.id;
    const m = (
      await staff
        .post(`/api/tasks/${taskId}/milestones`)
        .send({ title: 'x', dueDate: d(10) })
        .expect(201)
    ).body;
    await staff.post(`/api/tasks/${other}/milestones/${m.id}/complete`).send({}).expect(404);
  });
});
