import request from 'supertest';
import type { Response } from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { addDays, periodOf, previousPeriod, todayIn } from '@plan/contracts';
import { ROUTE_POLICY } from '../src/modules/access/route-policy';
import { createTestApp, loginAs, type TestApp } from './app';
import { buildTask } from './factories/task.factory';
import { createWorkspace, resetDatabase, type Fixture } from './factories/workspace.factory';

// Issue 7: a generated corpus of hostile requests over EVERY endpoint of the OpenAPI document
// (/api/docs-json), so a new route is covered without touching this file. Every rejected request must
// get a 4xx with {code, message}, none a 5xx, and the database must be byte-for-byte what it was.
//
// What the checksum leaves out, and why: sessions.last_seen_at/expires_at (a sliding session renews on
// any authenticated request). Login is kept out of the checksummed phase altogether, since a failed login
// legitimately counts failed attempts and writes audit rows; its corpus runs afterwards, checked for
// answers only.

type Role = 'admin' | 'leader' | 'unit_head' | 'staff' | 'viewer';
const LOGIN: Record<Role, string> = {
  admin: 'admin',
  leader: 'leader',
  unit_head: 'head',
  staff: 'staff',
  viewer: 'viewer',
};
// Who sends a route's requests: the first of these the route policy allows, so the corpus tests the input
// handling rather than the role check.
const PREFERENCE: Role[] = ['staff', 'unit_head', 'leader', 'admin', 'viewer'];

type Schema = {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  nullable?: boolean;
  format?: string;
  allOf?: Schema[];
};
type Parameter = { name: string; in: 'path' | 'query' | 'header'; schema?: Schema; required?: boolean };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
};
type OpenApi = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

type Body =
  | { json: unknown }
  | { raw: string | Buffer; type: string; headers?: Record<string, string> }
  | { multipart: { field?: string; files: { name: string; content: Buffer; type?: string }[] } }
  | { multipartFields: Record<string, string> };

type Case = {
  name: string;
  method: string;
  url: string;
  actor: Role;
  body?: Body;
  // true: the request is wrong and must be refused with a 4xx. false: it may be accepted (a search for
  // odd text is a fine search) but must never be a 5xx.
  reject: boolean;
};

const today = todayIn('Asia/Shanghai');
const PERIOD = previousPeriod(periodOf(today, 'month'), 'month');
const NIL_UUID = '00000000-0000-0000-0000-000000000000';
const MISSING_UUID = '5f0c6a4e-8b1d-4c2a-9e3f-7a6b5c4d3e2f';
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 7),
]);
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// Text that must survive a round trip exactly: astral CJK (U+20000…), emoji with ZWJ and skin tone,
// markup, quotes, backslashes, SQL, a right-to-left mark and combining characters.
const STORED_TEXT = '𠀀𠀁𪚥𰻞 🎉👩🏽‍💻 <script>alert("x")</script> \'"`\\ \'; DROP TABLE tasks;-- ‮RTL‬ é 中文';

const BAD_IDS = [
  '1',
  '-1',
  'NaN',
  'not-a-uuid',
  '00000000-0000-0000-0000-00000000000g',
  '5f0c6a4e8b1d4c2a9e3f7a6b5c4d3e2f0',
  "' OR '1'='1",
  '1;DROP TABLE tasks',
  '..%2F..%2Fetc%2Fpasswd',
  '%00',
  '%E2%80%AE',
  '%F0%A0%80%80',
  '%F0%9F%98%80',
  '%FF%FE',
  '%C0%AF',
  'a'.repeat(3000),
  '{{7*7}}',
];
const BAD_DATES = [
  '2026-02-30',
  '2025-02-29',
  '2026-13-01',
  '2026-00-10',
  '0000-00-00',
  '2026-1-1',
  '26-01-01',
  '2026-01-01T00:00:00Z',
  '99999-01-01',
  '2026-01-01\u0000',
  "2026-01-01' OR 1=1--",
  '😀',
  '𠀀',
  '',
];
const BAD_PERIODS = ['2026-13', '2026-00', '26-01', '2026-1', "2026-01'--", '9999-99', '2026-02-30', '😀'];
const BAD_ENUMS = [
  'POLICY',
  'policy ',
  '<script>alert(1)</script>',
  "' OR 1=1--",
  '😀𠀀',
  '',
  'x'.repeat(5000),
];
const BAD_PATTERNS = [
  '../etc/passwd',
  "A'; DROP TABLE tasks;--",
  '<script>alert(1)</script>',
  '４４００００',
  '😀',
  '𠀀𠀁',
  'abc\u0000',
  'x'.repeat(5000),
];
const LONE_SURROGATE = 'ab\ud800cd';

// ------------------------------------------------------------------------------------ schema helpers

type Kind =
  | 'id'
  | 'ids'
  | 'date'
  | 'period'
  | 'enum'
  | 'enums'
  | 'number'
  | 'boolean'
  | 'text'
  | 'pattern'
  | 'patterns'
  | 'cursor'
  | 'object'
  | 'objects';

const FREE_TEXT = new Set([
  'title',
  'requirement',
  'achievements',
  'problems',
  'nextSteps',
  'suspendedReason',
  'comment',
  'q',
  'username',
  'password',
]);

function kindOf(name: string, s: Schema): Kind {
  const items = s.items ?? {};
  if (s.type === 'array') {
    if (items.$ref || items.type === 'object') return 'objects';
    if (/Ids$/.test(name)) return 'ids';
    if (items.enum) return 'enums';
    return 'patterns';
  }
  if (s.enum) return 'enum';
  if (s.type === 'integer' || s.type === 'number') return 'number';
  if (s.type === 'boolean') return 'boolean';
  if (name === 'cursor') return 'cursor';
  if (name === 'period') return 'period';
  if (/(Id|^id|^since|^meeting|^responsible)$/.test(name) || s.format === 'uuid') return 'id';
  if (/(Date|On|From|To)$/.test(name)) return 'date';
  if (FREE_TEXT.has(name)) return 'text';
  if (s.$ref) return 'object';
  return 'pattern';
}

// Query parameters: the OpenAPI document gives only "string" for most; the name says what they hold.
const QUERY_KINDS: Record<string, Kind> = {
  measure: 'enums',
  state: 'enums',
  light: 'enums',
  region: 'patterns',
  sector: 'patterns',
  leadUnit: 'ids',
  unit: 'ids',
  responsible: 'id',
  since: 'id',
  meeting: 'id',
  dueFrom: 'date',
  dueTo: 'date',
  q: 'text',
  archived: 'enum',
  sort: 'enum',
  to: 'enum',
  cursor: 'cursor',
  limit: 'number',
  periods: 'number',
  version: 'number',
  period: 'period',
  dryRun: 'boolean',
};

// Wrong values for a field of this kind; each makes the request invalid on its own.
function badValues(kind: Kind, nullable: boolean): { label: string; value: unknown }[] {
  // null in an optional field means "not given" (class-validator's @IsOptional): only a required field must refuse it
  const v: { label: string; value: unknown }[] = [];
  const add = (label: string, ...values: unknown[]) => values.forEach((value) => v.push({ label, value }));
  const scalarTypes = () => {
    add('wrong type', 12345, true, { a: 1 }, []);
    if (!nullable) add('null', null);
  };
  switch (kind) {
    case 'id':
      scalarTypes();
      add('bad uuid', ...BAD_IDS.slice(0, 8).map(decodeURIComponent.bind(null)));
      break;
    case 'ids':
      add('wrong type', 'not-a-list', 12, { a: 1 });
      add('bad uuid in list', ['not-a-uuid'], [12], [null], [[MISSING_UUID]]);
      add(
        'huge list',
        Array.from({ length: 5000 }, () => MISSING_UUID),
      );
      break;
    case 'date':
      scalarTypes();
      add('impossible date', ...BAD_DATES);
      break;
    case 'period':
      scalarTypes();
      add('bad period', ...BAD_PERIODS);
      break;
    case 'enum':
      scalarTypes();
      add('not in the list', ...BAD_ENUMS);
      break;
    case 'enums':
    case 'patterns':
      add('wrong type', 'not-a-list', 12, { a: 1 });
      add('bad item', [12], [null], [['nested']], ['<script>'], ["' OR 1=1--"], ['😀𠀀']);
      add(
        'huge list',
        Array.from({ length: 5000 }, () => 'x'),
      );
      break;
    case 'number':
      add('wrong type', '1', 'NaN', 'Infinity', true, { a: 1 }, [1]);
      if (!nullable) add('null', null);
      add('out of range', -1, 1e308, 2 ** 53 + 1, -(2 ** 63), 0.001);
      break;
    case 'boolean':
      add('wrong type', 'true', 1, 'yes', { a: 1 }, [true]);
      break;
    case 'text':
      scalarTypes();
      add('NUL byte', 'a\u0000b');
      add('control character', 'bell\u0007', 'esc\u001b[31m');
      add('lone surrogate', LONE_SURROGATE);
      add('60 KB string', '长'.repeat(20_000));
      break;
    case 'pattern':
      scalarTypes();
      add('bad format', ...BAD_PATTERNS);
      break;
    case 'cursor':
      scalarTypes();
      break;
    case 'object':
      add('wrong type', 'x', 12, [], true);
      break;
    case 'objects':
      add('wrong type', 'x', 12, { a: 1 }, [12], [null], ['x'], [[]]);
      add(
        'huge list',
        Array.from({ length: 5000 }, () => ({})),
      );
      break;
  }
  return v;
}

// Wrong query values (strings, as they come in a URL).
function badQueryValues(kind: Kind): { label: string; value: string | string[]; reject: boolean }[] {
  const out: { label: string; value: string | string[]; reject: boolean }[] = [];
  const add = (label: string, reject: boolean, ...values: (string | string[])[]) =>
    values.forEach((value) => out.push({ label, value, reject }));
  switch (kind) {
    case 'id':
      add('bad uuid', true, ...BAD_IDS.slice(0, 8), 'x'.repeat(1000));
      break;
    case 'ids':
      add('bad uuid', true, 'not-a-uuid', `${MISSING_UUID},x`, "' OR 1=1--");
      add(
        'huge list',
        true,
        Array.from({ length: 200 }, () => MISSING_UUID),
      );
      break;
    case 'date':
      add('impossible date', true, ...BAD_DATES.filter((d) => d !== ''));
      break;
    case 'period':
      add('bad period', true, ...BAD_PERIODS);
      break;
    case 'enum':
    case 'enums':
      // (values are trimmed, so "policy " is a fine "policy")
      add('not in the list', true, ...BAD_ENUMS.filter((e) => e.trim() !== '' && e !== 'policy '));
      if (kind === 'enums')
        add(
          'huge list',
          true,
          Array.from({ length: 200 }, () => 'policy'),
        );
      break;
    case 'patterns':
      add('bad format', true, ...BAD_PATTERNS);
      add(
        'huge list',
        true,
        Array.from({ length: 200 }, () => '440000'),
      );
      break;
    case 'number':
      add('not a number', true, 'NaN', 'abc', '1e309', '0x10', '1.5', '', '１０');
      add('out of range', true, '-1', '0', '1000000', '99999999999999999999999', '-9223372036854775809');
      break;
    case 'boolean':
      add('not a boolean', true, 'maybe', '2', 'TRUE ', '');
      break;
    case 'text':
      add('NUL byte', true, 'a\u0000b');
      add('too long', true, 'x'.repeat(300));
      // odd but valid search text: accepted, never a 5xx
      add(
        'odd text',
        false,
        STORED_TEXT,
        "' OR 1=1--",
        '%',
        '_',
        '\\',
        '%%%',
        "'; SELECT pg_sleep(5);--",
        '𠀀',
      );
      break;
    case 'cursor': {
      const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
      add(
        'forged cursor',
        true,
        'not base64 !!',
        'AAAA',
        enc({ s: 'code', v: 1, i: MISSING_UUID }),
        enc({ s: 'code', v: 'x', i: "' OR 1=1--" }),
        enc({ s: '-progress', v: '1', i: MISSING_UUID }),
        enc({ s: 'code', v: 'x'.repeat(100), i: MISSING_UUID }),
        enc([1, 2, 3]),
        enc(null),
        'x'.repeat(600),
      );
      // well formed, pointing anywhere: a cursor is only a position
      add('well-formed foreign cursor', false, enc({ s: 'code', v: "x' OR 1=1--", i: MISSING_UUID }));
      break;
    }
    default:
      add('odd value', false, '<script>', "' OR 1=1--");
  }
  return out;
}

// Up to n of a list, rotating through it from one call to the next: every value is used somewhere in the
// corpus without every field getting every value (which would take minutes).
let rotation = 0;
function pick<T>(list: T[], n: number): T[] {
  if (list.length <= n) return list;
  const out = Array.from({ length: n }, (_, i) => list[(rotation + i) % list.length]);
  rotation += n;
  return out;
}

async function inParallel<T>(items: T[], n: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) await fn(items[next++]);
    }),
  );
}

// ------------------------------------------------------------------------------------ the suite

describe('hostile input: every endpoint refuses bad input cleanly', () => {
  let t: TestApp;
  let f: Fixture;
  let doc: OpenApi;
  const agents = {} as Record<Role, TestAgent>;
  const ids: Record<string, string> = {};
  const validBodies: Record<string, Record<string, unknown>> = {};
  const corpusSize = { rejected: 0, accepted: 0, login: 0 };

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.ds);
    f = await createWorkspace(t.ds);
    for (const role of Object.keys(LOGIN) as Role[]) agents[role] = await loginAs(t, LOGIN[role]);
    const { staff, leader } = agents;

    const task = await leader.post('/api/tasks').send(
      buildTask(f, {
        startDate: addDays(today, -200),
        dueDate: addDays(today, 200),
        milestones: [{ title: '方案', dueDate: addDays(today, 30) }],
      }),
    );
    expect(task.status).toBe(201);
    ids.task = task.body.id;
    ids.milestone = task.body.milestones[0].id;
    const report = await staff
      .post(`/api/tasks/${ids.task}/reports`)
      .send({ period: PERIOD, reportedState: 'in_progress', progress: 30 });
    expect(report.status).toBe(201);
    ids.report = report.body.id;
    const att = await staff.post(`/api/reports/${ids.report}/attachments`).attach('file', PNG, 'photo.png');
    expect(att.status).toBe(201);
    ids.attachment = att.body.id;
    const meeting = await leader.post('/api/meetings').send({ title: '调度会' });
    expect(meeting.status).toBe(201);
    ids.meeting = meeting.body.id;

    Object.assign(validBodies, {
      CreateTaskDto: buildTask(f),
      UpdateTaskDto: { version: 1, title: '改' },
      VersionDto: { version: 1 },
      CreateMilestoneDto: { title: '里程碑', dueDate: addDays(today, 60) },
      UpdateMilestoneDto: { version: 1, title: '改' },
      CompleteMilestoneDto: { version: 1 },
      CreateReportDto: { period: PERIOD, reportedState: 'in_progress', progress: 10 },
      UpdateReportDto: { version: 1, progress: 20 },
      ReviewDto: { version: 1 },
      RemindDto: { period: PERIOD },
      CreateMeetingDto: { title: '会' },
      UpdateMeDto: { locale: 'en' },
      LoginDto: { username: 'nobody-here', password: 'x' },
    });

    const res = await request(t.http).get('/api/docs-json').expect(200);
    doc = res.body as OpenApi;
    // the day's status refresh rewrites task rows on the first read: let it happen before any checksum
    await leader.get('/api/tasks?limit=1').expect(200);
    await leader.get('/api/dashboard/summary').expect(200);
  }, 60_000);
  afterAll(() => t.app.close());

  const resolve = (s: Schema): Schema => {
    if (s.$ref) return resolve(doc.components.schemas[s.$ref.split('/').pop() as string]);
    if (s.allOf)
      return s.allOf
        .map(resolve)
        .reduce((a, b) => ({ ...a, ...b, properties: { ...a.properties, ...b.properties } }), {});
    return s;
  };

  const actorFor = (method: string, path: string): Role => {
    const rule = (ROUTE_POLICY as Record<string, unknown>)[`${method} ${path.replace(/\{(\w+)\}/g, ':$1')}`];
    const roles =
      rule && typeof rule === 'object' && 'roles' in rule
        ? Object.keys((rule as { roles: object }).roles)
        : [];
    return PREFERENCE.find((r) => roles.includes(r)) ?? 'admin';
  };

  // A real row for each path parameter, so a case fails on the part it is about.
  const fillPath = (path: string, override?: { param: string; value: string }) =>
    path.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (override?.param === name) return override.value;
      if (name === 'taskId') return ids.task;
      if (path.startsWith('/api/tasks/{taskId}/milestones')) return ids.milestone;
      if (path.startsWith('/api/tasks')) return ids.task;
      if (path.startsWith('/api/reports')) return ids.report;
      if (path.startsWith('/api/attachments')) return ids.attachment;
      if (path.startsWith('/api/meetings')) return ids.meeting;
      return MISSING_UUID;
    });

  const queryString = (params: Record<string, string | string[]>) => {
    const parts: string[] = [];
    for (const [k, v] of Object.entries(params))
      for (const one of Array.isArray(v) ? v : [v])
        parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(one)}`);
    return parts.length ? `?${parts.join('&')}` : '';
  };

  function buildCorpus(): { cases: Case[]; login: Case[] } {
    const cases: Case[] = [];
    const login: Case[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [m, op] of Object.entries(ops)) {
        const method = m.toUpperCase();
        if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) continue;
        const isLogin = path === '/api/auth/login';
        const out = isLogin ? login : cases;
        const actor = actorFor(method, path);
        const params = op.parameters ?? [];
        const content = op.requestBody?.content ?? {};
        const jsonSchema = content['application/json']?.schema;
        const schemaName = jsonSchema?.$ref?.split('/').pop();
        const multipart = 'multipart/form-data' in content;
        const validBody: Body | undefined = jsonSchema
          ? { json: validBodies[schemaName ?? ''] ?? {} }
          : undefined;
        const add = (name: string, c: Partial<Case> & { reject: boolean }) =>
          out.push({
            name: `${method} ${path}: ${name}`,
            method,
            url: fillPath(path),
            actor,
            body: validBody,
            ...c,
          });

        // 1. path parameters: malformed and unknown ids
        for (const p of params.filter((x) => x.in === 'path')) {
          for (const bad of pick(BAD_IDS, 3))
            add(`path ${p.name}=${bad.slice(0, 40)}`, {
              url: fillPath(path, { param: p.name, value: bad }),
              reject: true,
            });
          add(`path ${p.name} unknown`, {
            url: fillPath(path, { param: p.name, value: MISSING_UUID }),
            reject: true,
          });
          add(`path ${p.name} nil uuid`, {
            url: fillPath(path, { param: p.name, value: NIL_UUID }),
            reject: true,
          });
        }

        // 2. query parameters
        for (const p of params.filter((x) => x.in === 'query')) {
          // a parameter this table does not know (a new route's) is checked for "never a 5xx" only
          const known = p.name in QUERY_KINDS;
          const kind = QUERY_KINDS[p.name] ?? kindOf(p.name, p.schema ?? {});
          for (const bad of pick(badQueryValues(kind), 2))
            add(`query ${p.name} ${bad.label} ${JSON.stringify(bad.value).slice(0, 40)}`, {
              url: fillPath(path) + queryString({ [p.name]: bad.value }),
              reject: known && bad.reject,
            });
        }
        const firstQuery = params.find((x) => x.in === 'query');
        if (firstQuery)
          add(`query ${firstQuery.name} as nested key`, {
            url: `${fillPath(path)}?${firstQuery.name}[a]=1&${firstQuery.name}[]=2`,
            reject: false,
          });
        if (method === 'GET') {
          add('unknown query parameter', {
            url: `${fillPath(path)}?__proto__=1&constructor=x&foo=<script>`,
            reject: false,
          });
          add('huge query string', { url: `${fillPath(path)}?foo=${'a'.repeat(6000)}`, reject: false });
          add('URL over the header limit', {
            url: `${fillPath(path)}?q=${'a'.repeat(20_000)}`,
            reject: true,
          });
        }

        // 3. JSON bodies
        if (jsonSchema && validBody && 'json' in validBody) {
          const schema = resolve(jsonSchema);
          const base = validBody.json as Record<string, unknown>;
          const props = schema.properties ?? {};
          for (const req of schema.required ?? []) {
            const body = { ...base };
            delete body[req];
            add(`body without ${req}`, { body: { json: body }, reject: true });
          }
          add('body with an extra field', { body: { json: { ...base, isAdmin: true } }, reject: true });
          add('body with workspaceId', {
            body: { json: { ...base, workspaceId: MISSING_UUID } },
            reject: true,
          });
          add('body with id and createdBy', {
            body: { json: { ...base, id: MISSING_UUID, createdBy: MISSING_UUID } },
            reject: true,
          });
          add('body with __proto__', {
            body: {
              raw: JSON.stringify(base).replace(/^\{/, '{"__proto__":{"isAdmin":true},"x":1,'),
              type: 'application/json',
            },
            reject: true,
          });
          add('body with constructor.prototype', {
            body: {
              raw: JSON.stringify({ ...base, constructor: { prototype: { polluted: 1 } } }),
              type: 'application/json',
            },
            reject: true,
          });
          for (const [name, ps] of Object.entries(props)) {
            const s = resolve(ps);
            const kind = kindOf(name, ps.$ref ? { ...s, $ref: ps.$ref } : s);
            const required = (schema.required ?? []).includes(name);
            for (const bad of pick(badValues(kind, !required || !!s.nullable || name === 'dueDate'), 3))
              add(`body ${name} ${bad.label} ${JSON.stringify(bad.value)?.slice(0, 40)}`, {
                body: { json: { ...base, [name]: bad.value } },
                reject: true,
              });
            if (kind === 'number') {
              for (const raw of ['1e999', '-1e999', '123456789012345678901234567890'])
                add(`body ${name}=${raw} (raw JSON)`, {
                  body: {
                    raw: JSON.stringify({ ...base, [name]: 0 }).replace(`"${name}":0`, `"${name}":${raw}`),
                    type: 'application/json',
                  },
                  reject: true,
                });
            }
          }
          const firstText = Object.keys(props).find((n) => kindOf(n, resolve(props[n])) === 'text') ?? 'x';
          add('1.1 MB string', {
            body: { json: { ...base, [firstText]: 'x'.repeat(1_100_000) } },
            reject: true,
          });
          add('deeply nested value', {
            body: { json: { ...base, [firstText]: JSON.parse('{"a":'.repeat(200) + '1' + '}'.repeat(200)) } },
            reject: true,
          });
          add('5000-deep arrays', {
            body: {
              raw: `{"${firstText}": ${'['.repeat(5000)}${']'.repeat(5000)}}`,
              type: 'application/json',
            },
            reject: true,
          });
          add('100000-deep arrays', {
            body: { raw: `${'['.repeat(100_000)}${']'.repeat(100_000)}`, type: 'application/json' },
            reject: true,
          });
          add('malformed JSON', { body: { raw: '{"title": ', type: 'application/json' }, reject: true });
          add('trailing garbage', {
            body: { raw: `${JSON.stringify(base)}xyz`, type: 'application/json' },
            reject: true,
          });
          add('top-level array', { body: { json: [base] }, reject: true });
          add('top-level null', { body: { raw: 'null', type: 'application/json' }, reject: true });
          add('top-level string', { body: { raw: '"hello"', type: 'application/json' }, reject: true });
          add('top-level number', { body: { raw: '42', type: 'application/json' }, reject: true });
          const [pre, post] = JSON.stringify({ ...base, [firstText]: '@@' }).split('"@@"');
          const invalidUtf8 = Buffer.concat([
            Buffer.from(`${pre}"A`),
            Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0xf8, 0x88, 0x80, 0x80, 0x80]),
            Buffer.from(`"${post}`),
          ]);
          add('invalid UTF-8 in a string', {
            body: { raw: invalidUtf8, type: 'application/json' },
            reject: true,
          });
          add('UTF-16 body', {
            body: { raw: Buffer.from(JSON.stringify(base), 'utf16le'), type: 'application/json' },
            reject: true,
          });
          add('latin1 charset', {
            body: { raw: JSON.stringify(base), type: 'application/json; charset=latin1' },
            reject: true,
          });
          add('gzip encoding that is not gzip', {
            body: {
              raw: JSON.stringify(base),
              type: 'application/json',
              headers: { 'Content-Encoding': 'gzip' },
            },
            reject: true,
          });
          add('unknown encoding', {
            body: {
              raw: JSON.stringify(base),
              type: 'application/json',
              headers: { 'Content-Encoding': 'br, x-evil' },
            },
            reject: true,
          });
        }

        // 4. bodies of a type the route does not take (every write route)
        if (method !== 'GET') {
          const json = JSON.stringify(validBody && 'json' in validBody ? validBody.json : { version: 1 });
          add('text/plain body', { body: { raw: json, type: 'text/plain' }, reject: true });
          add('XML body', {
            body: {
              raw: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
              type: 'application/xml',
            },
            reject: true,
          });
          add('form-encoded body', {
            body: { raw: 'version=1&comment=x', type: 'application/x-www-form-urlencoded' },
            reject: true,
          });
          add('octet-stream body', {
            body: { raw: Buffer.from(json), type: 'application/octet-stream' },
            reject: true,
          });
          if (!multipart)
            add('multipart body', { body: { multipartFields: { version: '1', title: 'x' } }, reject: true });
        }

        // 5. uploads
        if (multipart) {
          const isImport = path === '/api/imports';
          const big = isImport ? 5 * 1024 * 1024 + 1 : 10 * 1024 * 1024 + 1;
          const ext = isImport ? 'xlsx' : 'png';
          const up = (
            name: string,
            files: { name: string; content: Buffer; type?: string }[],
            field?: string,
          ) => add(name, { body: { multipart: { files, field } }, reject: true });
          add('no file', { body: { multipartFields: { note: 'x' } }, reject: true });
          add('no body at all', { body: undefined, reject: true });
          up('file under another field name', [{ name: `a.${ext}`, content: PNG }], 'upload');
          up('two files', [
            { name: `a.${ext}`, content: PNG },
            { name: `b.${ext}`, content: PNG },
          ]);
          up('empty file', [{ name: `empty.${ext}`, content: Buffer.alloc(0) }]);
          up('random bytes', [
            {
              name: `random.${ext}`,
              content: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
            },
          ]);
          up('truncated zip', [
            {
              name: `broken.${ext}`,
              content: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 0x41)]),
            },
          ]);
          up('zip that is not a workbook', [
            { name: `x.${ext}`, content: Buffer.from('UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==', 'base64') },
          ]);
          up('executable named .pdf', [
            {
              name: 'invoice.pdf',
              content: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300)]),
              type: 'application/pdf',
            },
          ]);
          up('HTML named .png', [
            {
              name: 'x.png',
              content: Buffer.from('<html><script>alert(1)</script></html>'),
              type: 'image/png',
            },
          ]);
          up('SVG with script', [
            {
              name: 'x.svg',
              content: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
              type: 'image/svg+xml',
            },
          ]);
          up('PNG named .xlsx', [{ name: 'x.xlsx', content: PNG, type: XLSX_TYPE }]);
          for (const name of [
            '../../../../etc/passwd',
            '..\\..\\windows\\win.ini',
            '/etc/passwd.xlsx',
            'C:\\boot.ini',
            'a\u0000.exe',
            'CON',
            '😀𠀀.exe',
            `${'长'.repeat(3000)}.bin`,
            '.htaccess',
            '',
          ])
            up(`corrupt file named ${JSON.stringify(name).slice(0, 30)}`, [
              { name, content: Buffer.from('not a real file') },
            ]);
          up('oversized file', [{ name: `big.${ext}`, content: Buffer.alloc(big, 0x50) }]);
          add('broken multipart', {
            body: {
              raw: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\nPK',
              type: 'multipart/form-data; boundary=xyz',
            },
            reject: true,
          });
          add('multipart without boundary', {
            body: { raw: 'garbage', type: 'multipart/form-data' },
            reject: true,
          });
          add('multipart with an empty boundary', {
            body: { raw: '----\r\n', type: 'multipart/form-data; boundary=' },
            reject: true,
          });
          add('JSON instead of multipart', { body: { json: { file: 'x' } }, reject: true });
        }
      }
    }
    return { cases, login };
  }

  const send = (c: Case): Promise<Response> => {
    const agent = agents[c.actor];
    const m = c.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    let r = agent[m](c.url);
    const b = c.body;
    if (!b) return r;
    if ('json' in b) return r.send(b.json as object);
    if ('raw' in b) {
      if (b.type) r = r.set('Content-Type', b.type);
      for (const [k, v] of Object.entries(b.headers ?? {})) r = r.set(k, v);
      return r.send(b.raw as string);
    }
    if ('multipartFields' in b) {
      for (const [k, v] of Object.entries(b.multipartFields)) r = r.field(k, v);
      return r;
    }
    for (const file of b.multipart.files)
      r = r.attach(b.multipart.field ?? 'file', file.content, {
        filename: file.name,
        contentType: file.type ?? 'application/octet-stream',
      });
    return r;
  };

  const problemsOf = (c: Case, res: Response): string[] => {
    const p: string[] = [];
    const body = res.body as { code?: unknown; message?: unknown; statusCode?: unknown };
    const shown = () => `${c.name} → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`;
    if (res.status >= 500) p.push(`5xx: ${shown()}`);
    else if (c.reject && (res.status < 400 || res.status >= 500)) p.push(`accepted: ${shown()}`);
    if (res.status >= 400) {
      if (typeof body?.code !== 'string' || typeof body?.message !== 'string')
        p.push(`no {code, message}: ${shown()}`);
      if (!/application\/json/.test(res.headers['content-type'] ?? '')) p.push(`not JSON: ${shown()}`);
      if (/at \w+ \(|QueryFailedError|node_modules|SELECT /.test(JSON.stringify(res.body)))
        p.push(`leaks internals: ${shown()}`);
    }
    return p;
  };

  async function checksum(): Promise<Record<string, string>> {
    const tables: { name: string }[] = await t.ds.query(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    const out: Record<string, string> = {};
    for (const { name } of tables) {
      const cols: { c: string }[] = await t.ds.query(
        `SELECT column_name AS c FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
        [name],
      );
      const keep = cols
        .map((x) => x.c)
        .filter((c) => !(name === 'sessions' && (c === 'last_seen_at' || c === 'expires_at')));
      const list = keep.map((c) => `"${c}"`).join(', ');
      const [{ n, sum }] = await t.ds.query(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(r::text, E'\\n' ORDER BY r::text), '')) AS sum FROM (SELECT ${list} FROM "${name}") r`,
      );
      out[name] = `${n}:${sum}`;
    }
    return out;
  }

  it('refuses every bad request with a 4xx {code, message}, never a 5xx, and changes nothing', async () => {
    const { cases } = buildCorpus();
    // the session's own routes last: a logout that went through would end the session the others use
    const authLast = (c: Case) => (/ \/api\/auth\//.test(c.name) ? 1 : 0);
    const rejected = cases.filter((c) => c.reject).sort((a, b) => authLast(a) - authLast(b));
    corpusSize.rejected = rejected.length;
    // every route of the document is in the corpus
    const routes = new Set(
      Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)),
    );
    const covered = new Set(cases.map((c) => c.name.split(':')[0]));
    covered.add('POST /api/auth/login');
    expect([...routes].filter((r) => !covered.has(r))).toEqual([]);

    const before = await checksum();
    const problems: string[] = [];
    const statuses: Record<string, number> = {};
    const check = async (c: Case) => {
      const res = await send(c);
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      problems.push(...problemsOf(c, res));
    };
    // four at a time (none of them may change anything), the session's own routes last and one by one
    await inParallel(
      rejected.filter((c) => !authLast(c)),
      4,
      check,
    );
    for (const c of rejected.filter(authLast)) await check(c);
    const after = await checksum();
    const changed = Object.keys(before).filter((k) => before[k] !== after[k]);
    process.stdout.write(
      `\nhostile input: ${rejected.length} rejected-set requests over ${routes.size} routes; statuses ${JSON.stringify(statuses)}\n`,
    );
    expect(problems).toEqual([]);
    expect(changed).toEqual([]);
    expect(rejected.length).toBeGreaterThanOrEqual(500);
  }, 300_000);

  it('answers odd but acceptable requests without a 5xx', async () => {
    const { cases } = buildCorpus();
    // at most three per route: on the document exports each one renders a file
    const perRoute: Record<string, number> = {};
    const accepted = cases.filter((c) => {
      if (c.reject) return false;
      const route = c.name.split(':')[0];
      perRoute[route] = (perRoute[route] ?? 0) + 1;
      return perRoute[route] <= 3;
    });
    corpusSize.accepted = accepted.length;
    const problems: string[] = [];
    await inParallel(accepted, 4, async (c) => {
      problems.push(...problemsOf(c, await send(c)));
    });
    expect(problems).toEqual([]);
  }, 120_000);

  it('refuses bad login bodies with a 4xx (outside the checksum: failed logins are counted and audited)', async () => {
    const { login } = buildCorpus();
    corpusSize.login = login.length;
    const problems: string[] = [];
    for (const c of login) {
      const res = await request(t.http)
        .post('/api/auth/login')
        .set('Content-Type', c.body && 'raw' in c.body && c.body.type ? c.body.type : 'application/json')
        .send(
          c.body && 'json' in c.body
            ? (c.body.json as object)
            : c.body && 'raw' in c.body
              ? (c.body.raw as string)
              : '',
        );
      problems.push(...problemsOf({ ...c, reject: true }, res));
    }
    for (const [username, password] of [
      ["' OR '1'='1' --", 'x'],
      ['admin\u0000', 'x'],
      ['𠀀😀', 'x'],
      ['<script>', '"; DROP TABLE people;--'],
    ]) {
      const res = await request(t.http).post('/api/auth/login').send({ username, password });
      problems.push(
        ...problemsOf(
          { name: `login ${username}`, method: 'POST', url: '/api/auth/login', actor: 'admin', reject: true },
          res,
        ),
      );
    }
    expect(problems).toEqual([]);
    process.stdout.write(
      `hostile input corpus: ${corpusSize.rejected + corpusSize.accepted + login.length + 4} requests (${corpusSize.rejected} must be refused, ${corpusSize.accepted} may be accepted, ${login.length + 4} login)\n`,
    );
  }, 120_000);

  it('gives back stored text exactly as sent, as JSON that a browser will not sniff', async () => {
    const { leader, staff } = agents;
    const created = await leader
      .post('/api/tasks')
      .send(buildTask(f, { title: STORED_TEXT.slice(0, 300), requirement: `${STORED_TEXT}\n第二行\t制表` }));
    expect(created.status).toBe(201);
    const got = await staff.get(`/api/tasks/${created.body.id}`).expect(200);
    expect(got.body.title).toBe(STORED_TEXT.slice(0, 300));
    expect(got.body.requirement).toBe(`${STORED_TEXT}\n第二行\t制表`);
    expect(got.headers['content-type']).toMatch(/^application\/json; charset=utf-8/);
    expect(got.headers['x-content-type-options']).toBe('nosniff');

    const rep = await staff.post(`/api/tasks/${created.body.id}/reports`).send({
      period: PERIOD,
      reportedState: 'in_progress',
      progress: 5,
      achievements: STORED_TEXT,
      problems: '"\'`',
    });
    expect(rep.status).toBe(201);
    const back = await staff.get(`/api/reports/${rep.body.id}`).expect(200);
    expect(back.body.achievements).toBe(STORED_TEXT);
    expect(back.body.problems).toBe('"\'`');

    const meeting = await leader.post('/api/meetings').send({ title: STORED_TEXT.slice(0, 200) });
    expect(meeting.status).toBe(201);
    expect((await leader.get(`/api/meetings/${meeting.body.id}`).expect(200)).body.title).toBe(
      STORED_TEXT.slice(0, 200),
    );

    const search = await staff.get(`/api/tasks?q=${encodeURIComponent('𠀀𠀁')}`).expect(200);
    expect(search.body.items.map((x: { id: string }) => x.id)).toContain(created.body.id);

    // a hostile file name is kept as its last segment, printable, and served as a download
    const att = await staff
      .post(`/api/reports/${rep.body.id}/attachments`)
      .attach('file', PNG, { filename: '../../etc/<script>😀𠀀.png', contentType: 'image/png' });
    expect(att.status).toBe(201);
    expect(att.body.fileName).not.toMatch(/[/\\<>]/);
    const file = await staff.get(`/api/attachments/${att.body.id}`).expect(200);
    expect(file.headers['content-disposition']).toMatch(/^attachment;/);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
  });
});
