import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { addDays, periodOf, previousPeriod, todayIn } from '@plan/contracts';
import { PUBLIC, ROUTE_POLICY } from '../src/modules/access/route-policy';
import { runInScope } from '../src/database/workspace-scope';
import { createTestApp, loginAs, TEST_PASSWORD, type TestApp } from './app';
import { buildTask } from './factories/task.factory';
import { createWorkspace, resetDatabase, type Fixture } from './factories/workspace.factory';

// Every endpoint that changes something writes exactly one audit event in the same transaction,
// naming the actor, the entity and what it looked like before and after. The steps below call
// each such endpoint once; the test fails when ROUTE_POLICY has a write that no step covers.

const today = todayIn('Asia/Shanghai');
const last = previousPeriod(periodOf(today, 'month'), 'month');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type AuditRow = {
  action: string;
  entity: string;
  entity_id: string | null;
  actor_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  request_id: string | null;
  ip: string | null;
  workspace_id: string;
};

type Step = {
  route: string;
  // Setup whose own events are not counted.
  prepare?: () => Promise<void>;
  run: () => Promise<request.Response>;
  want: {
    action: string;
    entity: string;
    entityId?: (res: request.Response) => string | null;
    actor?: () => string | null;
    before?: Record<string, unknown>;
    after?: Record<string, unknown>;
  };
};

describe('audit trail: one event per change, append-only', () => {
  let t: TestApp;
  let f: Fixture;
  let staff: TestAgent;
  let head: TestAgent;
  let leader: TestAgent;
  let admin: TestAgent;
  const ids: Record<string, string> = {};
  let version = 0;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.ds);
    f = await createWorkspace(t.ds);
    staff = await loginAs(t, 'staff');
    head = await loginAs(t, 'head');
    leader = await loginAs(t, 'leader');
    admin = await loginAs(t, 'admin');
  });
  afterAll(() => t.app.close());

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies of many shapes
  const body = (res: request.Response) => res.body as Record<string, any>;
  const ok = (res: request.Response) => {
    if (res.status >= 300) throw new Error(`setup: ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  };

  const steps: Step[] = [
    {
      route: 'POST /api/auth/login',
      run: () =>
        request(t.http).post('/api/auth/login').send({ username: 'viewer', password: TEST_PASSWORD }),
      want: { action: 'auth.login', entity: 'session', actor: () => f.people.viewer },
    },
    {
      route: 'PATCH /api/auth/me',
      run: () => staff.patch('/api/auth/me').send({ locale: 'en' }),
      want: {
        action: 'person.locale',
        entity: 'person',
        before: { locale: 'zh-CN' },
        after: { locale: 'en' },
      },
    },
    {
      route: 'POST /api/tasks',
      run: async () => {
        const res = await staff.post('/api/tasks').send(
          buildTask(f, {
            title: '审计任务',
            startDate: addDays(today, -200),
            dueDate: addDays(today, 200),
          }),
        );
        ids.task = body(res).id;
        version = body(res).version;
        return res;
      },
      want: {
        action: 'task.create',
        entity: 'task',
        entityId: (r) => body(r).id,
        after: { title: '审计任务' },
      },
    },
    {
      route: 'PATCH /api/tasks/:id',
      run: async () => {
        const res = await staff.patch(`/api/tasks/${ids.task}`).send({ version, title: '审计任务（改）' });
        version = body(res).version;
        return res;
      },
      want: {
        action: 'task.update',
        entity: 'task',
        entityId: () => ids.task,
        before: { title: '审计任务' },
        after: { title: '审计任务（改）' },
      },
    },
    {
      route: 'POST /api/tasks/:taskId/milestones',
      run: async () => {
        const res = await staff
          .post(`/api/tasks/${ids.task}/milestones`)
          .send({ title: '节点一', dueDate: addDays(today, 30) });
        ids.milestone = body(res).id;
        ids.milestoneVersion = body(res).version;
        return res;
      },
      want: {
        action: 'milestone.create',
        entity: 'milestone',
        entityId: (r) => body(r).id,
        after: { title: '节点一' },
      },
    },
    {
      route: 'PATCH /api/tasks/:taskId/milestones/:id',
      run: () =>
        staff
          .patch(`/api/tasks/${ids.task}/milestones/${ids.milestone}`)
          .send({ version: Number(ids.milestoneVersion), title: '节点一（改）' }),
      want: {
        action: 'milestone.update',
        entity: 'milestone',
        entityId: () => ids.milestone,
        before: { title: '节点一' },
        after: { title: '节点一（改）' },
      },
    },
    {
      route: 'POST /api/tasks/:taskId/milestones/:id/complete',
      run: () =>
        staff.post(`/api/tasks/${ids.task}/milestones/${ids.milestone}/complete`).send({ doneDate: today }),
      want: {
        action: 'milestone.complete',
        entity: 'milestone',
        entityId: () => ids.milestone,
        after: { doneDate: today },
      },
    },
    {
      route: 'DELETE /api/tasks/:taskId/milestones/:id',
      prepare: async () => {
        const extra = ok(
          await staff
            .post(`/api/tasks/${ids.task}/milestones`)
            .send({ title: '节点二', dueDate: addDays(today, 60) }),
        );
        ids.milestone2 = body(extra).id;
      },
      run: () => staff.delete(`/api/tasks/${ids.task}/milestones/${ids.milestone2}`),
      want: {
        action: 'milestone.delete',
        entity: 'milestone',
        entityId: () => ids.milestone2,
        before: { title: '节点二' },
      },
    },
    {
      route: 'POST /api/tasks/:taskId/reports',
      run: async () => {
        const res = await staff
          .post(`/api/tasks/${ids.task}/reports`)
          .send({ period: last, reportedState: 'in_progress', progress: 30, achievements: '已完成调研' });
        ids.report = body(res).id;
        version = body(res).version;
        return res;
      },
      want: {
        action: 'report.create',
        entity: 'progress_report',
        entityId: (r) => body(r).id,
        after: { progress: 30 },
      },
    },
    {
      route: 'PATCH /api/reports/:id',
      run: async () => {
        const res = await staff.patch(`/api/reports/${ids.report}`).send({ version, progress: 35 });
        version = body(res).version;
        return res;
      },
      want: {
        action: 'report.update',
        entity: 'progress_report',
        entityId: () => ids.report,
        before: { progress: 30 },
        after: { progress: 35 },
      },
    },
    {
      route: 'POST /api/reports/:id/attachments',
      run: async () => {
        const res = await staff
          .post(`/api/reports/${ids.report}/attachments`)
          .attach('file', PDF, '佐证.pdf');
        ids.attachment = body(res).id;
        return res;
      },
      want: {
        action: 'attachment.create',
        entity: 'report_attachment',
        entityId: (r) => body(r).id,
        after: { fileName: '佐证.pdf' },
      },
    },
    {
      route: 'DELETE /api/attachments/:id',
      run: () => staff.delete(`/api/attachments/${ids.attachment}`),
      want: {
        action: 'attachment.delete',
        entity: 'report_attachment',
        entityId: () => ids.attachment,
        before: { fileName: '佐证.pdf' },
      },
    },
    {
      route: 'POST /api/reports/:id/submit',
      run: async () => {
        const res = await staff.post(`/api/reports/${ids.report}/submit`).send({ version });
        version = body(res).version;
        return res;
      },
      want: {
        action: 'report.submit',
        entity: 'progress_report',
        entityId: () => ids.report,
        before: { status: 'draft' },
        after: { status: 'submitted' },
      },
    },
    {
      route: 'POST /api/reports/:id/return',
      run: async () => {
        const res = await head
          .post(`/api/reports/${ids.report}/return`)
          .send({ version, comment: '请补充数据' });
        version = body(res).version;
        return res;
      },
      want: {
        action: 'report.return',
        entity: 'progress_report',
        entityId: () => ids.report,
        before: { status: 'submitted' },
        after: { status: 'returned' },
      },
    },
    {
      route: 'POST /api/reports/:id/approve',
      prepare: async () => {
        const again = ok(
          await staff
            .post(`/api/tasks/${ids.task}/reports`)
            .send({ period: last, reportedState: 'in_progress', progress: 40, submit: true }),
        );
        ids.report2 = body(again).id;
        ids.report2Version = String(body(again).version);
      },
      run: () =>
        head.post(`/api/reports/${ids.report2}/approve`).send({ version: Number(ids.report2Version) }),
      want: {
        action: 'report.approve',
        entity: 'progress_report',
        entityId: () => ids.report2,
        before: { status: 'submitted' },
        after: { status: 'approved' },
      },
    },
    {
      route: 'POST /api/reporting/remind',
      run: () => leader.post('/api/reporting/remind').send({}),
      want: { action: 'reporting.remind', entity: 'reporting_period', actor: () => f.people.leader },
    },
    {
      route: 'POST /api/notifications/:id/read',
      run: async () => {
        const [{ id }] = await t.ds.query(
          `INSERT INTO notifications (workspace_id, person_id, kind, params) VALUES ($1, $2, 'report_reminder', '{}') RETURNING id`,
          [f.workspaceId, f.people.staff],
        );
        ids.notification = id;
        return staff.post(`/api/notifications/${ids.notification}/read`);
      },
      want: { action: 'notification.read', entity: 'notification', entityId: () => ids.notification },
    },
    {
      route: 'POST /api/notifications/read-all',
      run: () => staff.post('/api/notifications/read-all'),
      want: { action: 'notification.read_all', entity: 'notification', entityId: () => f.people.staff },
    },
    {
      route: 'POST /api/meetings',
      run: async () => {
        const res = await leader.post('/api/meetings').send({ title: '审计调度会', heldOn: today });
        ids.meeting = body(res).id;
        return res;
      },
      want: {
        action: 'meeting.create',
        entity: 'meeting',
        entityId: (r) => body(r).id,
        after: { title: '审计调度会' },
      },
    },
    {
      route: 'POST /api/meetings/:id/decisions',
      run: () =>
        leader
          .post(`/api/meetings/${ids.meeting}/decisions`)
          .send(buildTask(f, { title: '会议议定事项', cooperatingUnitIds: [] })),
      want: {
        action: 'task.create',
        entity: 'task',
        entityId: (r) => body(r).id,
        after: { title: '会议议定事项' },
      },
    },
    {
      route: 'DELETE /api/tasks/:id',
      run: async () => {
        const res = await leader.delete(`/api/tasks/${ids.task}`);
        version = body(res).version;
        return res;
      },
      want: { action: 'task.archive', entity: 'task', entityId: () => ids.task },
    },
    {
      route: 'POST /api/tasks/:id/restore',
      run: () => leader.post(`/api/tasks/${ids.task}/restore`).send({ version }),
      want: { action: 'task.restore', entity: 'task', entityId: () => ids.task },
    },
    {
      route: 'POST /api/imports',
      run: async () => {
        const template = await admin
          .get('/api/imports/template.xlsx')
          .buffer(true)
          .parse((res, cb) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => cb(null, Buffer.concat(chunks)));
          });
        return admin
          .post('/api/imports')
          .attach('file', template.body as Buffer, { filename: 'tasks.xlsx', contentType: XLSX });
      },
      want: { action: 'import.apply', entity: 'import' },
    },
    {
      route: 'POST /api/units',
      run: async () => {
        const res = await admin.post('/api/units').send({
          nameZh: '审计测试厅',
          nameEn: 'Audit Test Department',
          regionCode: '440000',
          level: 'provincial',
        });
        ids.unit = body(res).id;
        ids.unitVersion = body(res).version;
        return res;
      },
      want: {
        action: 'unit.create',
        entity: 'unit',
        entityId: (r) => body(r).id,
        after: { nameZh: '审计测试厅' },
      },
    },
    {
      route: 'PATCH /api/units/:id',
      run: () =>
        admin
          .patch(`/api/units/${ids.unit}`)
          .send({ version: Number(ids.unitVersion), nameZh: '审计测试厅（改）' }),
      want: {
        action: 'unit.update',
        entity: 'unit',
        entityId: () => ids.unit,
        before: { nameZh: '审计测试厅' },
        after: { nameZh: '审计测试厅（改）' },
      },
    },
    {
      route: 'POST /api/people',
      run: async () => {
        const res = await admin.post('/api/people').send({
          username: 'audit.person',
          displayName: '审计人员',
          role: 'staff',
          unitId: f.units.miit,
          password: 'a-long-password-1',
        });
        ids.person = body(res).id;
        ids.personVersion = body(res).version;
        return res;
      },
      want: {
        action: 'person.create',
        entity: 'person',
        entityId: (r) => body(r).id,
        after: { username: 'audit.person' },
      },
    },
    {
      route: 'PATCH /api/people/:id',
      run: () =>
        admin
          .patch(`/api/people/${ids.person}`)
          .send({ version: Number(ids.personVersion), role: 'unit_head' }),
      want: {
        action: 'person.update',
        entity: 'person',
        entityId: () => ids.person,
        before: { role: 'staff' },
        after: { role: 'unit_head' },
      },
    },
    {
      route: 'POST /api/people/:id/reset-password',
      run: () =>
        admin.post(`/api/people/${ids.person}/reset-password`).send({ password: 'another-long-password' }),
      want: { action: 'person.reset_password', entity: 'person', entityId: () => ids.person },
    },
    {
      route: 'PATCH /api/workspace',
      run: async () => {
        const current = body(ok(await admin.get('/api/workspace')));
        return admin.patch('/api/workspace').send({ version: current.version, dueDay: 10 });
      },
      want: {
        action: 'workspace.update',
        entity: 'workspace',
        entityId: () => f.workspaceId,
        after: { dueDay: 10 },
      },
    },
    {
      route: 'POST /api/workspaces',
      run: () =>
        admin.post('/api/workspaces').send({
          code: 'audit-ws',
          name: '审计新工作区',
          unit: { nameZh: '新单位', nameEn: 'New Unit', regionCode: '000000', level: 'central' },
          admin: { username: 'audit-ws-admin', displayName: '新管理员', password: 'a-long-password-2' },
        }),
      want: { action: 'workspace.create', entity: 'workspace', entityId: (r) => body(r).workspace.id },
    },
    {
      route: 'POST /api/auth/password',
      run: () =>
        staff
          .post('/api/auth/password')
          .send({ currentPassword: TEST_PASSWORD, newPassword: 'a-new-password-9' }),
      want: { action: 'auth.password_change', entity: 'person', entityId: () => f.people.staff },
    },
    {
      route: 'POST /api/auth/logout-everywhere',
      run: () => head.post('/api/auth/logout-everywhere'),
      want: { action: 'auth.logout_everywhere', entity: 'person', entityId: () => f.people.head },
    },
    {
      route: 'POST /api/auth/logout',
      run: () => leader.post('/api/auth/logout'),
      want: { action: 'auth.logout', entity: 'session', actor: () => f.people.leader },
    },
  ];

  const writes = Object.entries(ROUTE_POLICY)
    .filter(([key, rule]) => !key.startsWith('GET ') && (rule !== PUBLIC || key === 'POST /api/auth/login'))
    .map(([key]) => key)
    .sort();

  it('has a step for every write the API serves', () => {
    expect(steps.map((s) => s.route).sort()).toEqual(writes);
  });

  it('writes exactly one event per change, with actor, entity, before and after, request id and address', async () => {
    const wrong: string[] = [];
    for (const step of steps) {
      await step.prepare?.();
      const [{ max }] = await t.ds.query(`SELECT coalesce(max(id), 0)::bigint AS max FROM audit_events`);
      const res = await step.run();
      if (res.status >= 300) {
        wrong.push(`${step.route}: ${res.status} ${JSON.stringify(res.body)}`);
        continue;
      }
      const events: AuditRow[] = await t.ds.query(`SELECT * FROM audit_events WHERE id > $1 ORDER BY id`, [
        max,
      ]);
      if (events.length !== 1) {
        wrong.push(`${step.route}: ${events.length} events (${events.map((e) => e.action).join(', ')})`);
        continue;
      }
      const [e] = events;
      const w = step.want;
      const problems: string[] = [];
      if (e.action !== w.action) problems.push(`action ${e.action} ≠ ${w.action}`);
      if (e.entity !== w.entity) problems.push(`entity ${e.entity} ≠ ${w.entity}`);
      if (w.entityId && e.entity_id !== w.entityId(res)) problems.push(`entity id ${e.entity_id}`);
      if (w.actor && e.actor_id !== w.actor()) problems.push(`actor ${e.actor_id}`);
      if (!w.actor && !e.actor_id) problems.push('no actor');
      if (!e.request_id || !e.ip) problems.push('no request id or address');
      for (const [side, expected] of [
        ['before', w.before],
        ['after', w.after],
      ] as const) {
        if (!expected) continue;
        for (const [k, v] of Object.entries(expected))
          if (JSON.stringify(e[side]?.[k]) !== JSON.stringify(v))
            problems.push(`${side}.${k} = ${JSON.stringify(e[side]?.[k])}, want ${JSON.stringify(v)}`);
      }
      if (problems.length) wrong.push(`${step.route}: ${problems.join('; ')}`);
    }
    expect(wrong).toEqual([]);
  }, 300_000);

  it('refuses to change or delete audit events through the app’s connection', async () => {
    const [{ id }] = await t.ds.query(`SELECT id FROM audit_events ORDER BY id LIMIT 1`);
    const scoped = (sql: string) =>
      runInScope({ workspaceId: f.workspaceId }, () => t.appDs.query(sql, [id]));
    await expect(scoped(`UPDATE audit_events SET action = 'forged' WHERE id = $1`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(scoped(`DELETE FROM audit_events WHERE id = $1`)).rejects.toThrow(/permission denied/);
    const [{ action }] = await t.ds.query(`SELECT action FROM audit_events WHERE id = $1`, [id]);
    expect(action).not.toBe('forged');
  });
});
