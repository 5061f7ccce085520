import type TestAgent from 'supertest/lib/agent';
import { addDays, todayIn, type TaskListItem } from '@plan/contracts';
import { createTestApp, loginAs, type TestApp } from './app';
import { buildTask } from './factories/task.factory';
import { createWorkspace, resetDatabase, type Fixture } from './factories/workspace.factory';

const today = todayIn('Asia/Shanghai');
const d = (n: number) => addDays(today, n);

describe('tasks', () => {
  let t: TestApp;
  let f: Fixture;
  let staff: TestAgent;
  let leader: TestAgent;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.app.close());
  beforeEach(async () => {
    await resetDatabase(t.ds);
    f = await createWorkspace(t.ds);
    staff = await loginAs(t, 'staff');
    leader = await loginAs(t, 'leader');
  });

  // Leaders and administrators create tasks for any unit; staff only for their own (tested below).
  const create = async (overrides: Record<string, unknown> = {}) => {
    const res = await leader.post('/api/tasks').send(buildTask(f, overrides));
    if (res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  describe('create', () => {
    it('lets staff create tasks their own unit leads, and no others', async () => {
      await staff
        .post('/api/tasks')
        .send(buildTask(f, { leadUnitId: f.units.miit, cooperatingUnitIds: [] }))
        .expect(201);
      const res = await staff
        .post('/api/tasks')
        .send(buildTask(f, { leadUnitId: f.units.ndrc, cooperatingUnitIds: [f.units.miit] }))
        .expect(403);
      expect(res.body.code).toBe('FORBIDDEN_SCOPE');
      await (await loginAs(t, 'viewer')).post('/api/tasks').send(buildTask(f)).expect(403);
    });

    it('creates a task with units, sectors, milestones and a computed status, and audits it', async () => {
      const task = await create({
        code: 'POL-100',
        sectors: ['manufacturing', 'energy'],
        cooperatingUnitIds: [f.units.ndrc, f.units.gd],
        startDate: d(-100),
        dueDate: d(100),
        milestones: [
          { title: '方案印发', dueDate: d(-50), weight: 1 },
          { title: '全面推开', dueDate: d(80), weight: 3 },
        ],
      });
      expect(task).toMatchObject({
        code: 'POL-100',
        measure: { code: 'policy' },
        region: { code: '000000', nameZh: '全国' },
        sectors: ['energy', 'manufacturing'],
        leadUnit: { id: f.units.miit },
        responsiblePerson: { id: f.people.staff },
        version: 1,
        progress: 0,
        latestApprovedReport: null,
      });
      expect(task.cooperatingUnits.map((u: { id: string }) => u.id).sort()).toEqual(
        [f.units.ndrc, f.units.gd].sort(),
      );
      expect(task.milestones).toHaveLength(2);
      // one of four weight units was due 50 days ago and is not done
      expect(task.status).toMatchObject({
        expected: 25,
        actual: 0,
        gap: 25,
        daysLate: 50,
        state: 'behind',
        light: 'red',
      });
      const audit = await t.ds.query(
        `SELECT action, entity_id, actor_id, after->>'code' AS code FROM audit_events WHERE action = 'task.create'`,
      );
      expect(audit).toEqual([
        { action: 'task.create', entity_id: task.id, actor_id: f.people.leader, code: 'POL-100' },
      ]);
    });

    it('generates the next code for the measure when none is given', async () => {
      const a = await create({ code: undefined, measure: 'talent' });
      const b = await create({ code: undefined, measure: 'talent' });
      expect([a.code, b.code]).toEqual(['TAL-001', 'TAL-002']);
    });

    it('accepts a long-term task without a due date', async () => {
      const task = await create({ dueDate: null, startDate: d(-10) });
      expect(task.dueDate).toBeNull();
      expect(task.status.state).toBe('on_track');
    });

    it('refuses a duplicate code with 409', async () => {
      await create({ code: 'DUP-1' });
      const res = await staff
        .post('/api/tasks')
        .send(buildTask(f, { code: 'DUP-1' }))
        .expect(409);
      expect(res.body).toMatchObject({ statusCode: 409, code: 'TASK_CODE_TAKEN' });
    });

    const invalid: [string, Record<string, unknown>, number, string, string?][] = [
      ['unknown field', { colour: 'red' }, 400, 'VALIDATION_FAILED', 'colour'],
      ['missing title', { title: undefined }, 400, 'VALIDATION_FAILED', 'title'],
      ['blank title', { title: '   ' }, 400, 'TASK_REFERENCE_INVALID', 'title'],
      ['title too long', { title: '长'.repeat(301) }, 400, 'VALIDATION_FAILED', 'title'],
      ['number as title', { title: 42 }, 400, 'VALIDATION_FAILED', 'title'],
      ['unknown measure', { measure: 'space' }, 400, 'VALIDATION_FAILED', 'measure'],
      ['unknown region', { region: '999999' }, 400, 'TASK_REFERENCE_INVALID', 'region'],
      ['malformed region', { region: 'GD' }, 400, 'VALIDATION_FAILED', 'region'],
      ['no sectors', { sectors: [] }, 400, 'VALIDATION_FAILED', 'sectors'],
      ['unknown sector', { sectors: ['astrology'] }, 400, 'TASK_REFERENCE_INVALID', 'astrology'],
      ['lead unit not a uuid', { leadUnitId: 'ndrc' }, 400, 'VALIDATION_FAILED', 'leadUnitId'],
      [
        'lead unit of nobody',
        { leadUnitId: '00000000-0000-4000-8000-000000000000' },
        400,
        'TASK_REFERENCE_INVALID',
        'leadUnitId',
      ],
      ['inactive lead unit', {}, 400, 'TASK_REFERENCE_INVALID', 'leadUnitId'],
      ['lead also cooperating', {}, 400, 'TASK_REFERENCE_INVALID', 'cooperatingUnitIds'],
      ['inactive responsible person', {}, 400, 'TASK_REFERENCE_INVALID', 'responsiblePersonId'],
      ['impossible date', { startDate: '2026-02-30' }, 400, 'VALIDATION_FAILED', 'startDate'],
      ['due before start', { startDate: '2026-05-01', dueDate: '2026-04-30' }, 400, 'TASK_DATES_INVALID', ''],
      [
        'milestone outside the task',
        { milestones: [{ title: 'x', dueDate: '2027-06-01' }] },
        400,
        'MILESTONE_DATE_INVALID',
        '',
      ],
      [
        'milestone weight zero',
        { milestones: [{ title: 'x', dueDate: '2026-06-01', weight: 0 }] },
        400,
        'VALIDATION_FAILED',
        'weight',
      ],
      ['NUL in the title', { title: 'a\u0000b' }, 400, 'VALIDATION_FAILED', 'title'],
      ['bad code', { code: '../etc' }, 400, 'VALIDATION_FAILED', 'code'],
    ];

    it.each(invalid)('refuses %s', async (name, overrides, status, code, mention) => {
      const body = buildTask(f, overrides);
      if (name === 'inactive lead unit') body.leadUnitId = f.units.inactive;
      if (name === 'lead also cooperating') body.cooperatingUnitIds = [f.units.miit];
      if (name === 'inactive responsible person') body.responsiblePersonId = f.people.inactive;
      const res = await leader.post('/api/tasks').send(body);
      expect(res.status).toBe(status);
      expect(res.body.code).toBe(code);
      expect(typeof res.body.message).toBe('string');
      if (mention) expect(res.body.message).toContain(mention);
      expect((await t.ds.query(`SELECT count(*)::int AS n FROM tasks`))[0].n).toBe(0);
    });
  });

  describe('read', () => {
    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      const missing = await staff.get('/api/tasks/00000000-0000-4000-8000-000000000000').expect(404);
      expect(missing.body).toMatchObject({ statusCode: 404, code: 'TASK_NOT_FOUND' });
      const bad = await staff.get('/api/tasks/not-a-uuid').expect(400);
      expect(bad.body.code).toBe('INVALID_ID');
    });

    it('does not show a task of another workspace', async () => {
      const other = await createWorkspace(t.ds, 'other', '其他工作区');
      const otherAgent = await loginAs(t, 'other-staff');
      const theirs = await otherAgent.post('/api/tasks').send(buildTask(other)).expect(201);
      await staff.get(`/api/tasks/${theirs.body.id}`).expect(404);
      expect((await staff.get('/api/tasks').expect(200)).body.total).toBe(0);
      await staff.patch(`/api/tasks/${theirs.body.id}`).send({ version: 1, title: 'x' }).expect(404);
    });

    // List and task pages are kept as sent until the workspace's data changes (tasks.service.ts): each change a
    // page shows must reach the next read, whoever made it and however.
    it('answers repeated reads alike and shows every change at the next read', async () => {
      const a = await create({ title: '缓存任务', leadUnitId: f.units.gd, region: '440000' });
      const listed = async () =>
        ((await staff.get('/api/tasks?limit=10').expect(200)).body.items as TaskListItem[]).find(
          (x) => x.id === a.id,
        ) as TaskListItem;
      const page = async () => (await staff.get(`/api/tasks/${a.id}`).expect(200)).body;
      expect(
        await staff
          .get('/api/tasks?limit=10')
          .expect(200)
          .then((r) => r.text),
      ).toBe(
        await staff
          .get('/api/tasks?limit=10')
          .expect(200)
          .then((r) => r.text),
      );
      expect(await page()).toEqual(await page());
      // an unchanged page is not sent again to a client that holds it
      const held = await staff.get(`/api/tasks/${a.id}`).expect(200);
      await staff.get(`/api/tasks/${a.id}`).set('If-None-Match', held.headers.etag).expect(304);
      expect((await listed()).title).toBe('缓存任务');
      const admin = await loginAs(t, 'admin');

      await admin.patch(`/api/tasks/${a.id}`).send({ version: 1, title: '改名任务' }).expect(200);
      expect((await listed()).title).toBe('改名任务');
      await staff.get(`/api/tasks/${a.id}`).set('If-None-Match', held.headers.etag).expect(200);
      expect(await page()).toMatchObject({ title: '改名任务', version: 2 });

      await admin
        .post(`/api/tasks/${a.id}/milestones`)
        .send({ title: '新节点', dueDate: '2026-06-30', weight: 1 })
        .expect(201);
      expect((await page()).milestones.map((m: { title: string }) => m.title)).toEqual(['新节点']);

      await admin.patch(`/api/units/${f.units.gd}`).send({ nameZh: '广东省工信厅', version: 1 }).expect(200);
      expect((await listed()).leadUnit.nameZh).toBe('广东省工信厅');
      expect((await page()).leadUnit.nameZh).toBe('广东省工信厅');

      await admin.delete(`/api/tasks/${a.id}`).expect(200);
      expect(await listed()).toBeUndefined();
      expect((await page()).archivedAt).not.toBeNull();
    });
    it("shows a regional viewer a task exactly while it is in the viewer's region", async () => {
      await t.ds.query(`UPDATE people SET region_scope = '440000' WHERE id = $1`, [f.people.viewer]);
      const viewer = await loginAs(t, 'viewer');
      const admin = await loginAs(t, 'admin');
      const a = await create({ leadUnitId: f.units.gd, region: '440000' });
      await viewer.get(`/api/tasks/${a.id}`).expect(200);
      await viewer.get(`/api/tasks/${a.id}`).expect(200);
      await admin.patch(`/api/tasks/${a.id}`).send({ version: 1, region: '110000' }).expect(200);
      expect((await viewer.get(`/api/tasks/${a.id}`).expect(404)).body.code).toBe('TASK_NOT_FOUND');
      await admin.patch(`/api/tasks/${a.id}`).send({ version: 2, region: '440000' }).expect(200);
      await viewer.get(`/api/tasks/${a.id}`).expect(200);
    });
  });

  describe('update', () => {
    it('updates with the version read and bumps it', async () => {
      const task = await create();
      const res = await staff
        .patch(`/api/tasks/${task.id}`)
        .send({ version: 1, title: '新的标题', sectors: ['energy'] })
        .expect(200);
      expect(res.body).toMatchObject({
        title: '新的标题',
        sectors: ['energy'],
        version: 2,
        updatedBy: { id: f.people.staff },
      });
      const audit = await t.ds.query(
        `SELECT before->>'title' AS before, after->>'title' AS after FROM audit_events WHERE action = 'task.update'`,
      );
      expect(audit).toEqual([{ before: task.title, after: '新的标题' }]);
    });

    it('answers a stale version with 409 and the current task, and changes nothing', async () => {
      const task = await create();
      await staff.patch(`/api/tasks/${task.id}`).send({ version: 1, title: '甲的修改' }).expect(200);
      const res = await staff
        .patch(`/api/tasks/${task.id}`)
        .send({ version: 1, title: '乙的修改' })
        .expect(409);
      expect(res.body.code).toBe('TASK_VERSION_CONFLICT');
      expect(res.body.details.current).toMatchObject({ id: task.id, title: '甲的修改', version: 2 });
      expect((await staff.get(`/api/tasks/${task.id}`)).body.title).toBe('甲的修改');
    });

    it('lets exactly one of two concurrent edits with the same version win', async () => {
      const task = await create();
      const results = await Promise.all(
        ['甲', '乙', '丙', '丁'].map((who) =>
          staff.patch(`/api/tasks/${task.id}`).send({ version: 1, title: who }),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
      expect((await staff.get(`/api/tasks/${task.id}`)).body.version).toBe(2);
    });

    it('requires the version and refuses dates that leave milestones outside', async () => {
      const task = await create({ milestones: [{ title: '节点', dueDate: '2026-06-01' }] });
      expect(
        (await staff.patch(`/api/tasks/${task.id}`).send({ title: 'x' }).expect(400)).body.message,
      ).toContain('version');
      const res = await staff
        .patch(`/api/tasks/${task.id}`)
        .send({ version: 1, dueDate: '2026-05-01' })
        .expect(400);
      expect(res.body.code).toBe('TASK_DATES_INVALID');
    });

    it('turns a task into a long-term one with dueDate null', async () => {
      const task = await create();
      const res = await staff.patch(`/api/tasks/${task.id}`).send({ version: 1, dueDate: null }).expect(200);
      expect(res.body.dueDate).toBeNull();
    });
  });

  describe('archive', () => {
    it('archives (hidden from the list, still readable), refuses edits, and restores', async () => {
      const task = await create();
      const archived = await leader.delete(`/api/tasks/${task.id}`).expect(200);
      expect(archived.body.archivedAt).not.toBeNull();
      expect((await staff.get('/api/tasks')).body.total).toBe(0);
      expect((await staff.get('/api/tasks?archived=only')).body.total).toBe(1);
      await staff.get(`/api/tasks/${task.id}`).expect(200);
      const edit = await staff
        .patch(`/api/tasks/${task.id}`)
        .send({ version: archived.body.version, title: 'x' })
        .expect(409);
      expect(edit.body.code).toBe('TASK_ARCHIVED');
      await leader.delete(`/api/tasks/${task.id}`).expect(409);
      // archiving and restoring are for leaders and administrators
      await staff.post(`/api/tasks/${task.id}/restore`).send({}).expect(403);
      const restored = await leader.post(`/api/tasks/${task.id}/restore`).send({}).expect(200);
      expect(restored.body.archivedAt).toBeNull();
      expect((await staff.get('/api/tasks')).body.total).toBe(1);
      await leader.post(`/api/tasks/${task.id}/restore`).send({}).expect(409);
    });

    it('archives only with the current version when one is given', async () => {
      const task = await create();
      await leader.delete(`/api/tasks/${task.id}?version=7`).expect(409);
      await leader.delete(`/api/tasks/${task.id}?version=1`).expect(200);
    });
  });

  describe('filters', () => {
    beforeEach(async () => {
      await Promise.all([
        create({
          code: 'A-1',
          title: '算力枢纽高速直连',
          startDate: d(-200),
          dueDate: d(-20),
          measure: 'infrastructure',
        }),
        create({
          code: 'A-2',
          title: '人工智能通识教育',
          startDate: d(10),
          dueDate: d(300),
          measure: 'talent',
          sectors: ['education'],
        }),
        create({
          code: 'A-3',
          title: '开放应用场景',
          requirement: '推动制造业中试基地建设',
          startDate: d(-50),
          dueDate: d(50),
          region: '440000',
          leadUnitId: f.units.gd,
          cooperatingUnitIds: [f.units.miit],
          responsiblePersonId: f.people.gdStaff,
        }),
        create({ code: 'A-4', title: '安全底座', startDate: d(-5), dueDate: null, measure: 'security' }),
      ]);
    });

    const codes = async (query: string) => {
      const res = await staff.get(`/api/tasks?${query}`).expect(200);
      expect(res.body.total).toBe(res.body.items.length);
      return res.body.items.map((i: TaskListItem) => i.code).sort();
    };

    it('filters by each field', async () => {
      expect(await codes('measure=infrastructure')).toEqual(['A-1']);
      expect(await codes('measure=talent,security')).toEqual(['A-2', 'A-4']);
      expect(await codes('measure=talent&measure=security')).toEqual(['A-2', 'A-4']);
      expect(await codes('region=440000')).toEqual(['A-3']);
      expect(await codes('sector=education')).toEqual(['A-2']);
      expect(await codes(`leadUnit=${f.units.gd}`)).toEqual(['A-3']);
      expect(await codes(`unit=${f.units.gd}`)).toEqual(['A-3']);
      expect(await codes(`unit=${f.units.miit}`)).toEqual(['A-1', 'A-2', 'A-3', 'A-4']);
      expect(await codes(`responsible=${f.people.gdStaff}`)).toEqual(['A-3']);
      expect(await codes('state=overdue')).toEqual(['A-1']);
      expect(await codes('state=not_started')).toEqual(['A-2']);
      expect(await codes('state=behind')).toEqual(['A-3']);
      expect(await codes('state=on_track')).toEqual(['A-4']);
      expect(await codes('light=red')).toEqual(['A-1']);
      expect(await codes('light=yellow')).toEqual(['A-3']);
      expect(await codes(`dueFrom=${d(0)}`)).toEqual(['A-2', 'A-3']);
      expect(await codes(`dueTo=${d(0)}`)).toEqual(['A-1']);
      expect(await codes(`dueFrom=${d(0)}&dueTo=${d(60)}`)).toEqual(['A-3']);
      expect(await codes('measure=policy&region=440000&state=behind')).toEqual(['A-3']);
    });

    it('searches Chinese text in title and requirement, and treats % and _ literally', async () => {
      expect(await codes(`q=${encodeURIComponent('算力')}`)).toEqual(['A-1']);
      expect(await codes(`q=${encodeURIComponent('中试基地')}`)).toEqual(['A-3']);
      expect(await codes(`q=${encodeURIComponent('人工智能')}`)).toEqual(['A-2']);
      expect(await codes('q=%25')).toEqual([]);
      expect(await codes('q=_')).toEqual([]);
      expect(await codes(`q=${encodeURIComponent("'; DROP TABLE tasks; --")}`)).toEqual([]);
    });

    it('refuses bad filter values with 400', async () => {
      for (const q of [
        'state=late',
        'light=blue',
        'measure=x',
        'region=44',
        'leadUnit=abc',
        'dueFrom=2026-02-30',
        'limit=0',
        'limit=201',
        'limit=abc',
        'sort=colour',
        'foo=bar',
      ]) {
        const res = await staff.get(`/api/tasks?${q}`);
        expect([q, res.status, res.body.code]).toEqual([q, 400, 'VALIDATION_FAILED']);
      }
    });
  });

  describe('pagination', () => {
    beforeEach(async () => {
      const values = [];
      for (let i = 0; i < 57; i++) {
        values.push(
          t.ds.query(
            `INSERT INTO tasks (workspace_id, code, title, measure_id, region_code, lead_unit_id, responsible_person_id, start_date, due_date, progress)
             VALUES ($1, $2, $3, $4, '000000', $5, $6, $7, $8, $9)`,
            [
              f.workspaceId,
              `P-${String(i).padStart(3, '0')}`,
              `任务 ${i}`,
              f.measures.policy,
              f.units.miit,
              f.people.staff,
              '2026-01-01',
              i % 5 === 0 ? null : addDays('2026-06-01', i % 7),
              (i % 4) * 10,
            ],
          ),
        );
      }
      await Promise.all(values);
      await t.ds.query(
        `INSERT INTO task_sectors (task_id, sector_code, workspace_id) SELECT id, 'energy', workspace_id FROM tasks`,
      );
    });

    it.each([
      'code',
      '-code',
      'dueDate',
      '-dueDate',
      'progress',
      '-progress',
      'gap',
      '-gap',
      'daysLate',
      '-daysLate',
      'updatedAt',
      '-updatedAt',
    ])('walks every page sorted by %s with no duplicates and no gaps', async (sort) => {
      const seen: TaskListItem[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const q: string = `/api/tasks?sort=${sort}&limit=10${cursor ? `&cursor=${cursor}` : ''}`;
        const res = await staff.get(q).expect(200);
        expect(res.body.total).toBe(57);
        seen.push(...res.body.items);
        cursor = res.body.nextCursor;
        pages++;
      } while (cursor && pages < 20);
      expect(pages).toBe(6);
      expect(seen).toHaveLength(57);
      expect(new Set(seen.map((s) => s.id)).size).toBe(57);
      const key = sort.replace('-', '') as 'code' | 'dueDate' | 'progress';
      const values = seen.map((s) =>
        key === 'dueDate'
          ? (s.dueDate ?? '9999-12-31')
          : key === 'progress'
            ? s.progress
            : key === 'code'
              ? s.code
              : 0,
      );
      const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      if (sort.startsWith('-')) sorted.reverse();
      expect(values).toEqual(sorted);
    });

    it('refuses forged cursors with 400 INVALID_CURSOR', async () => {
      const first = await staff.get('/api/tasks?limit=5').expect(200);
      const forged = [
        'garbage',
        Buffer.from('{"s":"code","v":"x","i":"not-a-uuid"}').toString('base64url'),
        Buffer.from('{"s":"progress","v":"ten","i":"00000000-0000-4000-8000-000000000000"}').toString(
          'base64url',
        ),
        Buffer.from('[1,2]').toString('base64url'),
      ];
      for (const c of forged) {
        const res = await staff.get(`/api/tasks?cursor=${c}&sort=progress`).expect(400);
        expect(res.body.code).toBe('INVALID_CURSOR');
      }
      // a cursor made for one sort is refused under another
      await staff.get(`/api/tasks?cursor=${first.body.nextCursor}&sort=-code`).expect(400);
    });
  });
});
