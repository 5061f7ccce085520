import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { PUBLIC, ROUTE_POLICY, type Reach, type RouteRule } from '../src/modules/access/route-policy';
import { createTestApp, loginAs, type TestApp } from './app';
import { buildTask } from './factories/task.factory';
import { createWorkspace, resetDatabase, type Fixture } from './factories/workspace.factory';

// Every role × every endpoint × where the row sits → what the wall must answer.
//
// The routes and the rights each role has come from ROUTE_POLICY; what a right means for a row
// in each place is the spec below, written out by hand (PRODUCT.md "Roles and scope"), not
// computed by the code under test. A route missing from ROUTE_POLICY fails the OpenAPI check.

type Place = 'ownUnit' | 'cooperating' | 'otherUnit' | 'otherRegion' | 'otherWorkspace';
type Outcome = 'allow' | 'forbidden' | 'hidden';
const PLACES: Place[] = ['ownUnit', 'cooperating', 'otherUnit', 'otherRegion', 'otherWorkspace'];

const SPEC: Record<Reach | 'none', Record<Place, Outcome>> = {
  workspace: {
    ownUnit: 'allow',
    cooperating: 'allow',
    otherUnit: 'allow',
    otherRegion: 'allow',
    otherWorkspace: 'hidden',
  },
  unit: {
    ownUnit: 'allow',
    cooperating: 'allow',
    otherUnit: 'forbidden',
    otherRegion: 'forbidden',
    otherWorkspace: 'hidden',
  },
  lead: {
    ownUnit: 'allow',
    cooperating: 'forbidden',
    otherUnit: 'forbidden',
    otherRegion: 'forbidden',
    otherWorkspace: 'hidden',
  },
  none: {
    ownUnit: 'forbidden',
    cooperating: 'forbidden',
    otherUnit: 'forbidden',
    otherRegion: 'forbidden',
    otherWorkspace: 'forbidden',
  },
};
// A viewer limited to Guangdong (440000) sees Guangdong's rows only; the rest do not exist for them.
const REGIONAL_VIEWER: Record<Place, Outcome> = {
  ownUnit: 'hidden',
  cooperating: 'hidden',
  otherUnit: 'hidden',
  otherRegion: 'allow',
  otherWorkspace: 'hidden',
};

type Actor = { name: string; username: string; role: keyof RouteRule['roles']; regional?: boolean };
const ACTORS: Actor[] = [
  { name: 'admin', username: 'admin', role: 'admin' },
  { name: 'leader', username: 'leader', role: 'leader' },
  { name: 'unit_head', username: 'head', role: 'unit_head' },
  { name: 'staff', username: 'staff', role: 'staff' },
  { name: 'viewer', username: 'viewer', role: 'viewer' },
  { name: 'viewer@440000', username: 'gdviewer', role: 'viewer', regional: true },
];

const NOT_FOUND_CODE = {
  task: 'TASK_NOT_FOUND',
  report: 'REPORT_NOT_FOUND',
  attachment: 'ATTACHMENT_NOT_FOUND',
  meeting: 'MEETING_NOT_FOUND',
} as const;

function expected(rule: RouteRule, actor: Actor, place: Place): Outcome {
  const reach = rule.roles[actor.role];
  if (!reach) return 'forbidden';
  if (actor.regional && rule.wholeWorkspace) return 'forbidden';
  if (!rule.resource) return 'allow';
  if (rule.resource.kind === 'meeting') return place === 'otherWorkspace' ? 'hidden' : SPEC[reach].ownUnit;
  if (actor.regional) return REGIONAL_VIEWER[place] === 'allow' ? SPEC[reach][place] : 'hidden';
  return SPEC[reach][place];
}

const ROUTES = Object.entries(ROUTE_POLICY)
  .filter((e): e is [string, RouteRule] => e[1] !== PUBLIC)
  .map(([key, rule]) => {
    const [method, path] = key.split(' ');
    return { key, method: method.toLowerCase(), path, rule };
  });

const RANDOM_ID = '7b0c5a4e-1d2f-4a3b-9c8d-000000000001';
// Routes that end the caller's session: each case logs in afresh.
const ENDS_SESSION = /\/api\/auth\/(logout|logout-everywhere|password)$/;

describe('access matrix: role × endpoint × place', () => {
  let t: TestApp;
  let f: Fixture;
  let other: Fixture;
  const agents = new Map<string, TestAgent>();
  // Per place: a task, a report on it, an evidence file on the report, a meeting.
  const rows = {} as Record<Place, { task: string; report: string; attachment: string; meeting: string }>;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.ds);
    f = await createWorkspace(t.ds);
    other = await createWorkspace(t.ds, 'ws-other', '另一工作区');
    await t.ds.query(
      `INSERT INTO people (workspace_id, unit_id, username, display_name, role, password_hash, region_scope)
       SELECT workspace_id, unit_id, 'gdviewer', '广东查看', 'viewer', password_hash, '440000' FROM people WHERE id = $1`,
      [f.people.viewer],
    );
    const leader = await loginAs(t, 'leader');
    const otherLeader = await loginAs(t, 'ws-other-leader');
    const create = async (agent: TestAgent, fx: Fixture, overrides: Record<string, unknown>) =>
      (await agent.post('/api/tasks').send(buildTask(fx, overrides)).expect(201)).body.id as string;
    // Staff and the unit head work in MIIT; admin, leader and the viewers in NDRC.
    const tasks: Record<Place, string> = {
      ownUnit: await create(leader, f, { leadUnitId: f.units.miit, cooperatingUnitIds: [] }),
      cooperating: await create(leader, f, { leadUnitId: f.units.ndrc, cooperatingUnitIds: [f.units.miit] }),
      otherUnit: await create(leader, f, { leadUnitId: f.units.ndrc, cooperatingUnitIds: [] }),
      otherRegion: await create(leader, f, {
        leadUnitId: f.units.gd,
        region: '440000',
        cooperatingUnitIds: [],
        responsiblePersonId: f.people.gdStaff,
      }),
      otherWorkspace: await create(otherLeader, other, {
        leadUnitId: other.units.miit,
        cooperatingUnitIds: [],
      }),
    };
    const meeting = async (agent: TestAgent) =>
      (await agent.post('/api/meetings').send({ title: '调度会', heldOn: '2026-11-20' }).expect(201)).body
        .id as string;
    const ownMeeting = await meeting(leader);
    const otherMeeting = await meeting(otherLeader);
    for (const place of PLACES) {
      const fx = place === 'otherWorkspace' ? other : f;
      const [{ id: report }] = await t.ds.query(
        `INSERT INTO progress_reports (workspace_id, task_id, period, reported_state, progress, status, author_id)
         VALUES ($1, $2, '2026-10', 'in_progress', 40, 'submitted', $3) RETURNING id`,
        [fx.workspaceId, tasks[place], fx.people.staff],
      );
      rows[place] = {
        task: tasks[place],
        report,
        attachment: await attachmentOn(fx, report),
        meeting: place === 'otherWorkspace' ? otherMeeting : ownMeeting,
      };
    }
    for (const a of ACTORS) agents.set(a.name, await loginAs(t, a.username));
  }, 120_000);
  afterAll(() => t.app.close());

  async function attachmentOn(fx: Fixture, report: string): Promise<string> {
    const [{ id }] = await t.ds.query(
      `INSERT INTO report_attachments (workspace_id, report_id, file_name, content_type, size, sha256, content, uploaded_by_id)
       VALUES ($1, $2, 'a.txt', 'text/plain', 2, repeat('0', 64), 'ok'::bytea, $3) RETURNING id`,
      [fx.workspaceId, report, fx.people.staff],
    );
    return id;
  }

  async function pathFor(route: (typeof ROUTES)[number], place: Place): Promise<string> {
    const r = rows[place];
    const kind = route.rule.resource?.kind;
    const idFor: Record<string, string> = {
      task: r.task,
      report: r.report,
      // A deleted file would look hidden to the next case: every DELETE gets a fresh one.
      attachment:
        route.method === 'delete'
          ? await attachmentOn(place === 'otherWorkspace' ? other : f, r.report)
          : r.attachment,
      meeting: r.meeting,
    };
    return route.path.replace(/:(\w+)/g, (_, param: string) =>
      kind && route.rule.resource?.param === param ? idFor[kind] : RANDOM_ID,
    );
  }

  const cases = ROUTES.flatMap((route) =>
    ACTORS.flatMap((actor) =>
      (route.rule.resource ? PLACES : (['ownUnit'] as Place[])).map((place) => ({
        route,
        actor,
        place,
        outcome: expected(route.rule, actor, place),
      })),
    ),
  );

  it(`answers as the spec says in all ${cases.length} cases`, async () => {
    const wrong: string[] = [];
    for (const c of cases) {
      const agent = ENDS_SESSION.test(c.route.path)
        ? await loginAs(t, c.actor.username)
        : (agents.get(c.actor.name) as TestAgent);
      const path = await pathFor(c.route, c.place);
      const client = agent as unknown as Record<string, (p: string) => request.Test>;
      const res = await client[c.route.method](path).send({});
      // Signing out everywhere ended the actor's other sessions too.
      if (ENDS_SESSION.test(c.route.path)) agents.set(c.actor.name, await loginAs(t, c.actor.username));
      const code = res.body?.code as string | undefined;
      const hiddenCode = c.route.rule.resource ? NOT_FOUND_CODE[c.route.rule.resource.kind] : undefined;
      const got: Outcome | '5xx' | '401' =
        res.status >= 500
          ? '5xx'
          : res.status === 401
            ? '401'
            : res.status === 403
              ? 'forbidden'
              : res.status === 404 && code === hiddenCode
                ? 'hidden'
                : 'allow';
      if (got !== c.outcome)
        wrong.push(
          `${c.actor.name} ${c.route.key} @${c.place}: want ${c.outcome}, got ${res.status} ${code ?? ''}`,
        );
    }
    expect(wrong).toEqual([]);
  }, 600_000);

  it('a row in another workspace or region answers exactly like a row that does not exist', async () => {
    const staff = agents.get('staff') as TestAgent;
    const missing = await staff.get(`/api/tasks/${RANDOM_ID}`).expect(404);
    const elsewhere = await staff.get(`/api/tasks/${rows.otherWorkspace.task}`).expect(404);
    expect(elsewhere.body).toEqual(missing.body);
    const regional = agents.get('viewer@440000') as TestAgent;
    const central = await regional.get(`/api/tasks/${rows.ownUnit.task}`).expect(404);
    expect(central.body).toEqual((await regional.get(`/api/tasks/${RANDOM_ID}`).expect(404)).body);
    const patch = await staff.patch(`/api/reports/${rows.otherWorkspace.report}`).send({ version: 1 });
    const patchMissing = await staff.patch(`/api/reports/${RANDOM_ID}`).send({ version: 1 });
    expect([patch.status, patch.body]).toEqual([patchMissing.status, patchMissing.body]);
  });

  it('a regional viewer gets only its region in lists, dashboards and exports', async () => {
    const regional = agents.get('viewer@440000') as TestAgent;
    const list = (await regional.get('/api/tasks').expect(200)).body;
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([rows.otherRegion.task]);
    const asked = (await regional.get('/api/tasks?region=000000').expect(200)).body;
    expect(asked.items).toEqual([]);
    const summary = (await regional.get('/api/dashboard/summary').expect(200)).body;
    expect(summary.totals.tasks).toBe(1);
    const withTasks = summary.byRegion.filter((g: { tasks: number }) => g.tasks > 0);
    expect(withTasks.map((g: { code: string }) => g.code)).toEqual(['440000']);
    const csv = (await regional.get('/api/exports/tasks.csv').expect(200)).text;
    const national = (await (agents.get('viewer') as TestAgent).get('/api/exports/tasks.csv').expect(200))
      .text;
    expect(csv.trim().split('\n')).toHaveLength(2);
    expect(national.trim().split('\n').length).toBeGreaterThan(2);
  });

  it('every route the API serves has a rule, and every rule a route', async () => {
    const doc = (await request(t.http).get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const served = Object.entries(doc.paths)
      .flatMap(([p, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`),
      )
      .sort();
    expect(served).toEqual(Object.keys(ROUTE_POLICY).sort());
  });

  it('refuses a write without the CSRF token, and with another session’s token', async () => {
    const login = await request(t.http)
      .post('/api/auth/login')
      .send({ username: 'staff', password: 'test-password-1' });
    const cookie = String(login.headers['set-cookie']).split(';')[0];
    const body = { locale: 'en' };
    const none = await request(t.http).patch('/api/auth/me').set('Cookie', cookie).send(body).expect(403);
    expect(none.body.code).toBe('CSRF_INVALID');
    const leader = await request(t.http)
      .post('/api/auth/login')
      .send({ username: 'leader', password: 'test-password-1' });
    await request(t.http)
      .patch('/api/auth/me')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', leader.body.csrfToken)
      .send(body)
      .expect(403);
    await request(t.http)
      .patch('/api/auth/me')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', login.body.csrfToken)
      .send(body)
      .expect(200);
    // Reads need no token.
    await request(t.http).get('/api/auth/me').set('Cookie', cookie).expect(200);
  });
});
