import request from 'supertest';
import { MEASURE_CODES, todayIn } from '@plan/contracts';
import { createTestApp, loginAs, TEST_PASSWORD, type TestApp } from './app';
import { createWorkspace, resetDatabase, type Fixture } from './factories/workspace.factory';

const NEW_PASSWORD = 'a-new-password-9';

describe('admin', () => {
  let t: TestApp;
  let f: Fixture;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.app.close());
  beforeEach(async () => {
    await resetDatabase(t.ds);
    f = await createWorkspace(t.ds);
  });

  const login = (username: string, password: string) =>
    request(t.http).post('/api/auth/login').send({ username, password });

  const auditOf = async (entityId: string) =>
    t.ds.query(`SELECT action, before, after FROM audit_events WHERE entity_id = $1 ORDER BY id`, [entityId]);

  describe('units', () => {
    it('creates a unit, audited once', async () => {
      const admin = await loginAs(t, 'admin');
      const res = await admin
        .post('/api/units')
        .send({
          code: 'gd-drc',
          nameZh: ' 广东省发展改革委 ',
          nameEn: 'Guangdong DRC',
          regionCode: '440000',
          level: 'provincial',
        })
        .expect(201);
      expect(res.body).toMatchObject({
        code: 'gd-drc',
        nameZh: '广东省发展改革委',
        active: true,
        version: 1,
      });
      const events = await auditOf(res.body.id);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        action: 'unit.create',
        before: null,
        after: { nameZh: '广东省发展改革委' },
      });
      const list = await admin.get('/api/units').expect(200);
      expect(list.body.map((u: { id: string }) => u.id)).toContain(res.body.id);
    });

    it('generates a code when none is given and refuses a taken one', async () => {
      const admin = await loginAs(t, 'admin');
      const made = await admin
        .post('/api/units')
        .send({ nameZh: '甲单位', nameEn: 'Unit A', regionCode: '000000', level: 'central' })
        .expect(201);
      expect(made.body.code).toMatch(/^u-[0-9a-f]{8}$/);
      const taken = await admin
        .post('/api/units')
        .send({ code: 'ws-test-miit', nameZh: '乙', nameEn: 'B', regionCode: '000000', level: 'central' })
        .expect(409);
      expect(taken.body.code).toBe('UNIT_CODE_TAKEN');
    });

    it('refuses bad bodies with 400 naming the field', async () => {
      const admin = await loginAs(t, 'admin');
      const cases: [Record<string, unknown>, string][] = [
        [{ nameEn: 'X', regionCode: '000000', level: 'central' }, 'nameZh'],
        [{ nameZh: '甲', nameEn: 'X', regionCode: '44', level: 'central' }, 'regionCode'],
        [{ nameZh: '甲', nameEn: 'X', regionCode: '000000', level: 'county' }, 'level'],
        [{ nameZh: '甲', nameEn: 'X', regionCode: '000000', level: 'central', extra: 1 }, 'extra'],
      ];
      for (const [body, field] of cases) {
        const res = await admin.post('/api/units').send(body).expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
        expect(res.body.message).toContain(field);
      }
      const unknownRegion = await admin
        .post('/api/units')
        .send({ nameZh: '甲', nameEn: 'X', regionCode: '999999', level: 'central' })
        .expect(400);
      expect(unknownRegion.body.code).toBe('UNIT_INVALID');
    });

    it('renames and deactivates with the version; a stale version gets 409 and the current unit', async () => {
      const admin = await loginAs(t, 'admin');
      const renamed = await admin
        .patch(`/api/units/${f.units.gd}`)
        .send({ nameZh: '广东省工信厅', version: 1 })
        .expect(200);
      expect(renamed.body).toMatchObject({ nameZh: '广东省工信厅', version: 2 });
      const stale = await admin
        .patch(`/api/units/${f.units.gd}`)
        .send({ active: false, version: 1 })
        .expect(409);
      expect(stale.body.code).toBe('UNIT_VERSION_CONFLICT');
      expect(stale.body.details.current).toMatchObject({ nameZh: '广东省工信厅', version: 2, active: true });
      const off = await admin
        .patch(`/api/units/${f.units.gd}`)
        .send({ active: false, version: 2 })
        .expect(200);
      expect(off.body.active).toBe(false);
      expect((await auditOf(f.units.gd)).map((e: { action: string }) => e.action)).toEqual([
        'unit.update',
        'unit.deactivate',
      ]);
    });

    it('answers 404 for a unit of another workspace', async () => {
      const other = await createWorkspace(t.ds, 'ws-other', '其他');
      const admin = await loginAs(t, 'admin');
      const res = await admin
        .patch(`/api/units/${other.units.gd}`)
        .send({ nameZh: '偷改', version: 1 })
        .expect(404);
      expect(res.body.code).toBe('UNIT_NOT_FOUND');
    });
  });

  describe('people', () => {
    const newPerson = (over: Record<string, unknown> = {}) => ({
      username: 'Zhang.Wei',
      displayName: '张伟',
      role: 'staff',
      unitId: f.units.miit,
      password: 'initial-pass-1',
      ...over,
    });

    it('creates a person who can then log in; the password is hashed and never audited', async () => {
      const admin = await loginAs(t, 'admin');
      const res = await admin.post('/api/people').send(newPerson()).expect(201);
      expect(res.body).toMatchObject({ username: 'zhang.wei', role: 'staff', active: true, version: 1 });
      expect(res.body.passwordHash).toBeUndefined();
      const [row] = await t.ds.query(`SELECT password_hash FROM people WHERE id = $1`, [res.body.id]);
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      await login('zhang.wei', 'initial-pass-1').expect(200);
      const events = await auditOf(res.body.id);
      expect(events.map((e: { action: string }) => e.action)).toEqual(['person.create']);
      expect(JSON.stringify(events)).not.toContain('initial-pass-1');
      expect(JSON.stringify(events)).not.toContain('argon2');
    });

    it('refuses a short password, a bad username, an unknown role and a region limit on a non-viewer', async () => {
      const admin = await loginAs(t, 'admin');
      for (const [body, field] of [
        [newPerson({ password: 'short-9' }), 'password'],
        [newPerson({ username: 'a b' }), 'username'],
        [newPerson({ role: 'owner' }), 'role'],
        [newPerson({ unitId: 'nope' }), 'unitId'],
      ] as const) {
        const res = await admin.post('/api/people').send(body).expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
        expect(res.body.message).toContain(field);
      }
      const scoped = await admin
        .post('/api/people')
        .send(newPerson({ regionScope: '440000' }))
        .expect(400);
      expect(scoped.body.code).toBe('PERSON_INVALID');
      const inactiveUnit = await admin
        .post('/api/people')
        .send(newPerson({ unitId: f.units.inactive }))
        .expect(400);
      expect(inactiveUnit.body.code).toBe('PERSON_INVALID');
      await admin
        .post('/api/people')
        .send(newPerson({ role: 'viewer', regionScope: '440000' }))
        .expect(201);
    });

    it('refuses a username taken in any workspace with 409', async () => {
      await createWorkspace(t.ds, 'ws-other', '其他');
      const admin = await loginAs(t, 'admin');
      const res = await admin
        .post('/api/people')
        .send(newPerson({ username: 'ws-other-staff' }))
        .expect(409);
      expect(res.body.code).toBe('USERNAME_TAKEN');
      expect(res.body.message).toContain('ws-other-staff');
    });

    it('changes role, unit and region limit with the version; a stale version gets 409', async () => {
      const admin = await loginAs(t, 'admin');
      const res = await admin
        .patch(`/api/people/${f.people.staff}`)
        .send({
          role: 'viewer',
          unitId: f.units.gd,
          regionScope: '440000',
          displayName: '新名字',
          version: 1,
        })
        .expect(200);
      expect(res.body).toMatchObject({
        role: 'viewer',
        unitId: f.units.gd,
        regionScope: '440000',
        version: 2,
      });
      const staff = await loginAs(t, 'staff');
      expect((await staff.get('/api/auth/me').expect(200)).body).toMatchObject({
        role: 'viewer',
        regionScope: '440000',
      });
      // back to staff: the region limit goes with the viewer role
      const back = await admin
        .patch(`/api/people/${f.people.staff}`)
        .send({ role: 'staff', version: 2 })
        .expect(200);
      expect(back.body.regionScope).toBeNull();
      const stale = await admin
        .patch(`/api/people/${f.people.staff}`)
        .send({ displayName: 'x', version: 2 })
        .expect(409);
      expect(stale.body.code).toBe('PERSON_VERSION_CONFLICT');
      expect(stale.body.details.current).toMatchObject({ role: 'staff', version: 3 });
    });

    it('deactivating ends their sessions and login fails like a wrong password; history stays; reactivating lets them back', async () => {
      const staff = await loginAs(t, 'staff');
      const admin = await loginAs(t, 'admin');
      await admin.patch(`/api/people/${f.people.staff}`).send({ active: false, version: 1 }).expect(200);
      await staff.get('/api/auth/me').expect(401);
      const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM sessions WHERE person_id = $1`, [
        f.people.staff,
      ]);
      expect(n).toBe(0);
      const refused = await login('staff', TEST_PASSWORD).expect(401);
      const wrong = await login('leader', 'not-the-password').expect(401);
      expect(refused.body).toEqual(wrong.body);
      const list = await admin.get('/api/people').expect(200);
      expect(list.body.find((p: { id: string }) => p.id === f.people.staff)).toMatchObject({ active: false });
      await admin.patch(`/api/people/${f.people.staff}`).send({ active: true, version: 2 }).expect(200);
      await login('staff', TEST_PASSWORD).expect(200);
      expect((await auditOf(f.people.staff)).map((e: { action: string }) => e.action)).toEqual([
        'person.deactivate',
        'person.activate',
      ]);
    });

    it('an admin cannot deactivate or demote themself', async () => {
      const admin = await loginAs(t, 'admin');
      for (const body of [{ active: false }, { role: 'leader' }]) {
        const res = await admin
          .patch(`/api/people/${f.people.admin}`)
          .send({ ...body, version: 1 })
          .expect(409);
        expect(res.body.code).toBe('ADMIN_SELF_LOCKOUT');
      }
      await admin
        .patch(`/api/people/${f.people.admin}`)
        .send({ displayName: '管理员', version: 1 })
        .expect(200);
    });

    it('resets a password: old one refused, new one works, every session of that person ends', async () => {
      const staff = await loginAs(t, 'staff');
      const admin = await loginAs(t, 'admin');
      await admin
        .post(`/api/people/${f.people.staff}/reset-password`)
        .send({ password: 'short' })
        .expect(400);
      await admin
        .post(`/api/people/${f.people.staff}/reset-password`)
        .send({ password: NEW_PASSWORD })
        .expect(204);
      await staff.get('/api/auth/me').expect(401);
      await login('staff', TEST_PASSWORD).expect(401);
      await login('staff', NEW_PASSWORD).expect(200);
      const events = await auditOf(f.people.staff);
      expect(events.map((e: { action: string }) => e.action)).toEqual(['person.reset_password']);
      expect(JSON.stringify(events)).not.toContain(NEW_PASSWORD);
      await admin
        .post('/api/people/00000000-0000-0000-0000-000000000000/reset-password')
        .send({ password: NEW_PASSWORD })
        .expect(404);
    });
  });

  describe('workspace settings', () => {
    it('every role reads the settings; the admin changes them with the version', async () => {
      const viewer = await loginAs(t, 'viewer');
      const read = await viewer.get('/api/workspace').expect(200);
      expect(read.body).toMatchObject({
        name: '测试工作区',
        cadence: 'month',
        dueDay: 5,
        timezone: 'Asia/Shanghai',
        version: 1,
      });
      const admin = await loginAs(t, 'admin');
      const res = await admin
        .patch('/api/workspace')
        .send({ name: '新名称', cadence: 'quarter', dueDay: 10, version: 1 })
        .expect(200);
      expect(res.body).toMatchObject({ name: '新名称', cadence: 'quarter', dueDay: 10, version: 2 });
      const stale = await admin.patch('/api/workspace').send({ dueDay: 3, version: 1 }).expect(409);
      expect(stale.body.code).toBe('WORKSPACE_VERSION_CONFLICT');
      expect(stale.body.details.current).toMatchObject({ dueDay: 10 });
      const events = await auditOf(f.workspaceId);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        action: 'workspace.update',
        before: { dueDay: 5 },
        after: { dueDay: 10 },
      });
    });

    it('moves the workspace to another time zone from the next request on', async () => {
      const admin = await loginAs(t, 'admin');
      // the two zones furthest apart: at most moments their calendar dates differ
      for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
        const [{ v }] = await t.ds.query(`SELECT version AS v FROM workspaces WHERE id = $1`, [
          f.workspaceId,
        ]);
        await admin.patch('/api/workspace').send({ timezone: zone, version: v }).expect(200);
        const summary = await admin.get('/api/dashboard/summary').expect(200);
        expect(summary.body.asOf).toBe(todayIn(zone));
      }
    });

    it('refuses a due day out of 1..28, an unknown cadence and a made-up time zone', async () => {
      const admin = await loginAs(t, 'admin');
      for (const body of [{ dueDay: 0 }, { dueDay: 29 }, { cadence: 'year' }, { timezone: 'Mars/Olympus' }]) {
        const res = await admin
          .patch('/api/workspace')
          .send({ ...body, version: 1 })
          .expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
        expect(res.body.message).toContain(Object.keys(body)[0]);
      }
    });
  });

  describe('new workspaces', () => {
    const body = (over: Record<string, unknown> = {}) => ({
      code: 'guangdong',
      name: '广东省人工智能+行动',
      unit: { nameZh: '广东省专班', nameEn: 'Guangdong Office', regionCode: '440000', level: 'provincial' },
      admin: { username: 'gd-admin', displayName: '广东管理员', password: 'gd-password-1' },
      ...over,
    });

    it('creates a workspace with the five measures whose admin logs in and sees nothing of the first one', async () => {
      const admin = await loginAs(t, 'admin');
      const res = await admin.post('/api/workspaces').send(body()).expect(201);
      expect(res.body).toMatchObject({
        measureCount: 5,
        workspace: { code: 'guangdong', cadence: 'month', dueDay: 5 },
      });
      const gd = await loginAs(t, 'gd-admin', 'gd-password-1');
      const me = (await gd.get('/api/auth/me').expect(200)).body;
      expect(me).toMatchObject({ role: 'admin', workspace: { id: res.body.workspace.id } });
      const measures = (await gd.get('/api/measures').expect(200)).body as { code: string }[];
      expect(measures.map((m) => m.code)).toEqual([...MEASURE_CODES]);
      const units = (await gd.get('/api/units').expect(200)).body as { id: string }[];
      expect(units.map((u) => u.id)).toEqual([res.body.unitId]);
      const people = (await gd.get('/api/people').expect(200)).body as { username: string }[];
      expect(people.map((p) => p.username)).toEqual(['gd-admin']);
      expect((await gd.get('/api/tasks').expect(200)).body.total).toBe(0);
      expect(
        (await gd.get('/api/audit').expect(200)).body.items.every(
          (e: { action: string }) => e.action !== 'workspace.create',
        ),
      ).toBe(true);
      await gd.patch(`/api/units/${f.units.miit}`).send({ nameZh: '越界', version: 1 }).expect(404);
      await gd.patch(`/api/people/${f.people.staff}`).send({ active: false, version: 1 }).expect(404);
      // the creation is in the creator's trail
      const trail = (await admin.get('/api/audit?action=workspace.create').expect(200)).body.items;
      expect(trail).toHaveLength(1);
      expect(trail[0]).toMatchObject({ entityId: res.body.workspace.id, actor: { id: f.people.admin } });
    });

    it('refuses a taken username or workspace code with 409 and leaves nothing behind', async () => {
      const admin = await loginAs(t, 'admin');
      const user = await admin
        .post('/api/workspaces')
        .send(body({ admin: { username: 'leader', displayName: 'x', password: 'gd-password-1' } }))
        .expect(409);
      expect(user.body.code).toBe('USERNAME_TAKEN');
      const code = await admin
        .post('/api/workspaces')
        .send(body({ code: 'ws-test' }))
        .expect(409);
      expect(code.body.code).toBe('WORKSPACE_CODE_TAKEN');
      const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM workspaces`);
      expect(n).toBe(1);
    });

    it('validates the nested unit and admin', async () => {
      const admin = await loginAs(t, 'admin');
      const res = await admin
        .post('/api/workspaces')
        .send(body({ admin: { username: 'gd-admin', displayName: 'x', password: 'short' } }))
        .expect(400);
      expect(res.body.message).toContain('admin.password');
      const unit = await admin
        .post('/api/workspaces')
        .send(body({ unit: { nameZh: '甲', nameEn: 'A', regionCode: '440000' } }))
        .expect(400);
      expect(unit.body.message).toContain('unit.level');
    });
  });

  describe('audit trail', () => {
    it('lists newest first with the actor, filters and pages by cursor without gaps or repeats', async () => {
      const admin = await loginAs(t, 'admin');
      for (let i = 0; i < 5; i++)
        await admin
          .post('/api/units')
          .send({
            code: `u${i}`,
            nameZh: `单位${i}`,
            nameEn: `Unit ${i}`,
            regionCode: '000000',
            level: 'central',
          })
          .expect(201);
      await admin
        .patch(`/api/people/${f.people.staff}`)
        .send({ displayName: '改名', version: 1 })
        .expect(200);

      const all = (await admin.get('/api/audit').expect(200)).body;
      expect(all.items[0]).toMatchObject({
        action: 'person.update',
        entity: 'person',
        entityId: f.people.staff,
        actor: { id: f.people.admin, username: 'admin', displayName: 'admin 名' },
        before: { displayName: 'staff 名' },
        after: { displayName: '改名' },
      });
      const at = all.items.map((e: { at: string }) => e.at);
      expect([...at].sort().reverse()).toEqual(at);

      const units = (await admin.get('/api/audit?entity=unit').expect(200)).body.items;
      expect(units).toHaveLength(5);
      expect((await admin.get('/api/audit?action=unit.').expect(200)).body.items).toHaveLength(5);
      expect((await admin.get(`/api/audit?entityId=${f.people.staff}`).expect(200)).body.items).toHaveLength(
        1,
      );
      expect((await admin.get(`/api/audit?actorId=${f.people.leader}`).expect(200)).body.items).toHaveLength(
        0,
      );
      const today = new Date().toISOString().slice(0, 10);
      expect(
        (await admin.get('/api/audit?from=2000-01-01&to=2000-12-31').expect(200)).body.items,
      ).toHaveLength(0);
      expect(
        (await admin.get(`/api/audit?entity=unit&from=2000-01-01&to=2099-12-31`).expect(200)).body.items,
      ).toHaveLength(5);
      expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);

      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: { id: string }[]; nextCursor: string | null } = (
          await admin
            .get('/api/audit')
            .query({ entity: 'unit', limit: 2, ...(cursor ? { cursor } : {}) })
            .expect(200)
        ).body;
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((e) => e.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(units.map((e: { id: string }) => e.id));
    });

    it('validates the query with 400s', async () => {
      const admin = await loginAs(t, 'admin');
      for (const q of [
        'limit=0',
        'limit=500',
        'from=2026-02-30',
        'actorId=x',
        'action=DROP%20TABLE',
        'foo=1',
      ]) {
        const res = await admin.get(`/api/audit?${q}`).expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
      }
      const cursor = await admin.get('/api/audit?cursor=garbage').expect(400);
      expect(cursor.body.code).toBe('INVALID_CURSOR');
    });

    it('shows only the caller workspace events', async () => {
      await createWorkspace(t.ds, 'ws-other', '其他');
      const otherAdmin = await loginAs(t, 'ws-other-admin');
      await otherAdmin.patch('/api/workspace').send({ name: '其他2', version: 1 }).expect(200);
      const admin = await loginAs(t, 'admin');
      const items = (await admin.get('/api/audit').expect(200)).body.items as { entity: string }[];
      expect(items.some((e) => e.entity === 'workspace')).toBe(false);
    });
  });

  describe('who may', () => {
    const writes: [string, (id: string) => string, Record<string, unknown>][] = [
      ['post', () => '/api/units', { nameZh: '甲', nameEn: 'A', regionCode: '000000', level: 'central' }],
      ['patch', (id) => `/api/units/${id}`, { nameZh: '甲', version: 1 }],
      [
        'post',
        () => '/api/people',
        { username: 'x-y-z', displayName: 'x', role: 'staff', password: 'long-enough-1' },
      ],
      ['patch', (id) => `/api/people/${id}`, { displayName: 'x', version: 1 }],
      ['post', (id) => `/api/people/${id}/reset-password`, { password: 'long-enough-1' }],
      ['patch', () => '/api/workspace', { name: 'x', version: 1 }],
      ['post', () => '/api/workspaces', {}],
      ['get', () => '/api/audit', {}],
    ];

    it.each(['leader', 'head', 'staff', 'viewer'])(
      '%s gets 403 on every admin route and changes nothing',
      async (who) => {
        const agent = await loginAs(t, who);
        for (const [method, path, body] of writes) {
          const client = agent as unknown as Record<string, (p: string) => request.Test>;
          const res = await client[method](path(f.people.staff)).send(body);
          expect([method, path(f.people.staff), res.status]).toEqual([method, path(f.people.staff), 403]);
          expect(res.body.code).toMatch(/^FORBIDDEN/);
        }
        const [{ n }] = await t.ds.query(
          `SELECT count(*)::int AS n FROM audit_events WHERE action NOT LIKE 'auth.%'`,
        );
        expect(n).toBe(0);
      },
    );
  });
});
