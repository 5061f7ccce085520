import { addDays, TASK_SORTS, todayIn, type TaskDetail, type TaskListItem } from '@plan/contracts';
import type TestAgent from 'supertest/lib/agent';
import {
  MILESTONE_COLUMNS,
  MILESTONE_JSON,
  toMilestoneView,
} from '../src/modules/milestones/milestone.mapper';
import {
  REPORT_COLUMNS,
  REPORT_JOINS,
  REPORT_JSON,
  toReportView,
} from '../src/modules/reports/report.mapper';
import { TaskStatusService } from '../src/modules/tasks/task-status.service';
import {
  LIST_COLUMNS,
  LIST_ITEM_JSON,
  LIST_JOINS,
  toTaskListItem,
} from '../src/modules/tasks/tasks.repository';
import { WorkspacesRepository } from '../src/modules/workspaces/workspaces.repository';
import { createTestApp, loginAs, type TestApp } from './app';
import { randomTools } from './factories/random';
import { createWorkspace, resetDatabase, type Fixture } from './factories/workspace.factory';

// The task list and the task page are written as JSON by PostgreSQL and sent as they come. Here each JSON
// fragment is held equal to its mapper twin (the plain columns mapped in Node) on every row of random data:
// odd text, nulls, archived tasks, microsecond timestamps, attachments; and the API's answers to the objects
// the mappers build. A failure prints the seed; JSON_SQL_SEED=<n> replays it.
const SEED = Number(process.env.JSON_SQL_SEED) || Math.floor(Math.random() * 1e9);
const TASKS = 60;

const { rnd, int, pick } = randomTools(SEED);

// Text JSON must escape, and text it must not mangle.
const ODD_TEXT = [
  '普通任务',
  'quote " backslash \\ slash /',
  'tab\tnewline\nreturn\r',
  'emoji 😀 and U+20000 𠀀',
  'line separator \u2028 paragraph \u2029',
  '</script><script>alert(1)</script>',
  '\u0001\u001f control',
  '',
];
// Timestamps with microseconds: JSON must truncate them to milliseconds as a JavaScript Date does.
const ODD_TIMES = [
  '2026-03-04 05:06:07.999999+00',
  '2026-12-31 23:59:59.000500+08',
  '2025-01-01 00:00:00+00',
  '2026-06-15 12:00:00.123456-05',
];
const SECTORS = ['manufacturing', 'energy', 'education', 'government_services'];
const REGIONS = ['000000', '110000', '440000'];

describe(`JSON written by PostgreSQL equals the mappers' objects (seed ${SEED})`, () => {
  let t: TestApp;
  let f: Fixture;
  let leader: TestAgent;
  let ws: string;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.ds);
    f = await createWorkspace(t.ds, 'ws-json', 'JSON');
    ws = f.workspaceId;
    leader = await loginAs(t, 'ws-json-leader');
    const today = todayIn('Asia/Shanghai');
    const units = [f.units.ndrc, f.units.miit, f.units.gd];
    for (let i = 0; i < TASKS; i++) {
      const startDate = addDays(today, int(-400, 30));
      const [{ id }] = await t.ds.query(
        `INSERT INTO tasks (workspace_id, code, title, requirement, measure_id, region_code, lead_unit_id, responsible_person_id,
                            start_date, due_date, suspended_reason, archived_at, created_at, updated_at, created_by_id, updated_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
        [
          ws,
          `J-${String(i).padStart(3, '0')}`,
          pick(ODD_TEXT) || `任务 ${i}`,
          pick(ODD_TEXT),
          pick(Object.values(f.measures)),
          pick(REGIONS),
          pick(units),
          pick([f.people.staff, f.people.head]),
          startDate,
          rnd() < 0.2 ? null : addDays(startDate, int(0, 500)),
          rnd() < 0.2 ? pick(ODD_TEXT) : null,
          rnd() < 0.1 ? pick(ODD_TIMES) : null,
          pick(ODD_TIMES),
          rnd() < 0.5 ? pick(ODD_TIMES) : new Date(),
          rnd() < 0.7 ? f.people.leader : null,
          rnd() < 0.5 ? f.people.head : null,
        ],
      );
      for (const s of SECTORS.filter(() => rnd() < 0.4))
        await t.ds.query(
          `INSERT INTO task_sectors (task_id, sector_code, workspace_id) VALUES ($1, $2, $3)`,
          [id, s, ws],
        );
      for (const u of units.filter(() => rnd() < 0.3))
        await t.ds.query(`INSERT INTO task_units (task_id, unit_id, workspace_id) VALUES ($1, $2, $3)`, [
          id,
          u,
          ws,
        ]);
      for (let k = int(0, 4); k > 0; k--)
        await t.ds.query(
          `INSERT INTO milestones (workspace_id, task_id, title, due_date, weight, done_date, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
          [
            ws,
            id,
            pick(ODD_TEXT) || '节点',
            addDays(startDate, int(0, 300)),
            pick([0.5, 1, 1.25, 2, 3, 0.1]),
            rnd() < 0.4 ? addDays(startDate, int(0, 300)) : null,
            pick(ODD_TIMES),
          ],
        );
      for (let k = int(0, 3); k > 0; k--) {
        const status = pick(['draft', 'submitted', 'approved', 'returned']);
        const reviewed = status === 'approved' || status === 'returned';
        const [{ id: reportId }] = await t.ds
          .query(
            `INSERT INTO progress_reports (workspace_id, task_id, period, reported_state, progress, achievements, problems, next_steps,
                                         suspended_reason, status, author_id, submitted_at, reviewed_by_id, reviewed_at, review_comment,
                                         created_at, updated_at)
           VALUES ($1, $2, $3, 'in_progress', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15) RETURNING id`,
            [
              ws,
              id,
              `2025-${String(k + int(0, 8)).padStart(2, '0')}`,
              int(0, 99),
              pick(ODD_TEXT),
              pick(ODD_TEXT),
              pick(ODD_TEXT),
              rnd() < 0.2 ? pick(ODD_TEXT) : null,
              status,
              f.people.staff,
              status === 'draft' ? null : pick(ODD_TIMES),
              reviewed ? f.people.head : null,
              reviewed ? pick(ODD_TIMES) : null,
              reviewed && rnd() < 0.5 ? pick(ODD_TEXT) : null,
              pick(ODD_TIMES),
            ],
          )
          .catch(() => [{ id: null }]); // a period already filed for the task: the unique index refuses it
        if (!reportId) continue;
        for (let a = int(0, 2) * (rnd() < 0.4 ? 1 : 0); a > 0; a--)
          await t.ds.query(
            `INSERT INTO report_attachments (workspace_id, report_id, file_name, content_type, size, sha256, content, uploaded_by_id, created_at)
             VALUES ($1, $2, $3, 'application/pdf', $4, repeat('a', 64), '\\x00'::bytea, $5, $6)`,
            [
              ws,
              reportId,
              pick(['进展报告.pdf', 'quote " name.pdf', '😀 𠀀.pdf']),
              int(1, 9e6),
              f.people.staff,
              pick(ODD_TIMES),
            ],
          );
        if (status === 'approved')
          await t.ds.query(`UPDATE tasks SET latest_report_id = $2 WHERE id = $1`, [id, reportId]);
      }
    }
    // the day's status pass ends before any test: a pass started by a test's first request would rewrite,
    // in the background, the status a test has just set by hand
    const settings = await t.app.get(WorkspacesRepository).settings(ws, t.ds.manager);
    await t.app.get(TaskStatusService).ensureFreshWith(settings, true);
  }, 120_000);
  afterAll(() => t.app.close());

  // Both forms of the same rows, side by side.
  async function pairs(
    select: string,
    from: string,
  ): Promise<{ json: unknown; row: Record<string, unknown> }[]> {
    const rows: Record<string, unknown>[] = await t.ds.query(
      `SELECT (${select})::text AS "__json", ${from}`,
      [ws],
    );
    expect(rows.length).toBeGreaterThan(0);
    return rows.map(({ __json, ...row }) => ({ json: JSON.parse(__json as string), row }));
  }

  it('a list item: LIST_ITEM_JSON equals toTaskListItem on every task', async () => {
    const rows = await pairs(LIST_ITEM_JSON, `${LIST_COLUMNS} ${LIST_JOINS} WHERE t.workspace_id = $1`);
    expect(rows).toHaveLength(TASKS);
    for (const { json, row } of rows) expect(json).toStrictEqual(toTaskListItem(row));
    // the data reached the cases the JSON must get right
    const items = rows.map((r) => r.json as TaskListItem);
    expect(items.some((x) => x.archivedAt !== null)).toBe(true);
    expect(items.some((x) => x.dueDate === null)).toBe(true);
    expect(items.some((x) => x.sectors.length === 0) && items.some((x) => x.sectors.length > 1)).toBe(true);
    expect(items.some((x) => x.title.includes('\u2028'))).toBe(true);
  });

  // task_list_items (migration AddTaskListItems) keeps each task's item, rewritten by triggers in the writing
  // transaction: it must equal the mapper's object for every task, after every kind of change it shows.
  async function expectKeptItemsCurrent(): Promise<void> {
    const rows = await pairs(
      'li.json',
      `${LIST_COLUMNS} ${LIST_JOINS} JOIN task_list_items li ON li.task_id = t.id WHERE t.workspace_id = $1`,
    );
    expect(rows).toHaveLength(TASKS);
    for (const { json, row } of rows) expect(json).toStrictEqual(toTaskListItem(row));
  }

  it('a kept list item (task_list_items) equals toTaskListItem after each kind of change it shows', async () => {
    await expectKeptItemsCurrent();
    const [a, b] = await t.ds.query(`SELECT id FROM tasks WHERE workspace_id = $1 ORDER BY code LIMIT 2`, [
      ws,
    ]);
    // each change alone, then every item checked: a later change must not hide a missed one
    const changes: [string, unknown[]][] = [
      [`UPDATE tasks SET title = '新标题 "引号"', progress = 42, status_light = 'red' WHERE id = $1`, [a.id]],
      [`DELETE FROM task_sectors WHERE task_id = $1`, [a.id]],
      [`DELETE FROM task_sectors WHERE task_id = $1`, [b.id]],
      [
        `INSERT INTO task_sectors (task_id, sector_code, workspace_id) VALUES ($1, 'energy', $2), ($1, 'education', $2)`,
        [b.id, ws],
      ],
      [
        `UPDATE task_sectors SET sector_code = 'manufacturing' WHERE task_id = $1 AND sector_code = 'energy'`,
        [b.id],
      ],
      [`UPDATE units SET name_zh = name_zh || '（新）' WHERE workspace_id = $1`, [ws]],
      [`UPDATE people SET display_name = display_name || ' 二' WHERE workspace_id = $1`, [ws]],
      [`UPDATE measures SET name_en = name_en || ' (new)' WHERE workspace_id = $1`, [ws]],
    ];
    for (const [sql, params] of changes) {
      await t.ds.query(sql, params);
      await expectKeptItemsCurrent();
    }
    const [item] = await t.ds.query(`SELECT json FROM task_list_items WHERE task_id = $1`, [a.id]);
    expect(JSON.parse(item.json)).toMatchObject({ title: '新标题 "引号"', progress: 42, sectors: [] });
    // the status set by hand above (red while behind by 0 days) is put right for the tests that follow
    const settings = await t.app.get(WorkspacesRepository).settings(ws, t.ds.manager);
    await t.ds.transaction((m) => t.app.get(TaskStatusService).refresh(m, settings, [a.id]));
  });

  it('a milestone: MILESTONE_JSON equals toMilestoneView on every milestone', async () => {
    const rows = await pairs(
      MILESTONE_JSON,
      `${MILESTONE_COLUMNS} FROM milestones ms WHERE ms.workspace_id = $1`,
    );
    for (const { json, row } of rows) expect(json).toStrictEqual(toMilestoneView(row));
    expect(rows.some((r) => (r.json as { createdAt: string }).createdAt.endsWith('.999Z'))).toBe(true);
  });

  it('a report: REPORT_JSON equals toReportView on every report, attachments included', async () => {
    const rows = await pairs(REPORT_JSON, `${REPORT_COLUMNS} ${REPORT_JOINS} WHERE pr.workspace_id = $1`);
    for (const { json, row } of rows) expect(json).toStrictEqual(toReportView(row));
    const reports = rows.map((r) => r.json as { attachments: unknown[]; reviewedBy: unknown });
    expect(reports.some((r) => r.attachments.length > 0)).toBe(true);
    expect(reports.some((r) => r.reviewedBy === null) && reports.some((r) => r.reviewedBy !== null)).toBe(
      true,
    );
  });

  it('GET /api/tasks/:id answers the task page the mappers build, for every task', async () => {
    const rows = await t.ds.query(
      `SELECT ${LIST_COLUMNS}, t.requirement, t.latest_report_id AS "latestReportId",
              cb.id AS "createdById", cb.display_name AS "createdByName", ub.id AS "updatedById", ub.display_name AS "updatedByName"
         ${LIST_JOINS} LEFT JOIN people cb ON cb.id = t.created_by_id LEFT JOIN people ub ON ub.id = t.updated_by_id
        WHERE t.workspace_id = $1`,
      [ws],
    );
    let withReport = 0;
    for (const r of rows) {
      const milestones = await t.ds.query(
        `SELECT ${MILESTONE_COLUMNS} FROM milestones ms WHERE ms.task_id = $1 ORDER BY ms.due_date, ms.created_at, ms.id`,
        [r.id],
      );
      const units = await t.ds.query(
        `SELECT u.id, u.name_zh AS "nameZh", u.name_en AS "nameEn" FROM task_units tu JOIN units u ON u.id = tu.unit_id
          WHERE tu.task_id = $1 ORDER BY u.code`,
        [r.id],
      );
      const [report] = await t.ds.query(`SELECT ${REPORT_COLUMNS} ${REPORT_JOINS} WHERE pr.id = $1`, [
        r.latestReportId,
      ]);
      if (report) withReport++;
      const expected: TaskDetail = {
        ...toTaskListItem(r),
        requirement: r.requirement,
        cooperatingUnits: units,
        milestones: milestones.map(toMilestoneView),
        latestApprovedReport: report ? toReportView(report) : null,
        createdBy: r.createdById ? { id: r.createdById, displayName: r.createdByName } : null,
        updatedBy: r.updatedById ? { id: r.updatedById, displayName: r.updatedByName } : null,
      };
      const res = await leader.get(`/api/tasks/${r.id}`).expect(200);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(res.body).toStrictEqual(expected);
    }
    expect(withReport).toBeGreaterThan(0);
  }, 60_000);

  it.each(TASK_SORTS.filter((s) => ['code', '-dueDate', 'gap', '-updatedAt'].includes(s)))(
    "GET /api/tasks sorted by %s: every page, by cursor, holds the mappers' items in order",
    async (sort) => {
      const seen: TaskListItem[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `sort=${sort}&limit=7&archived=include${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const res = await leader.get(`/api/tasks?${query}`).expect(200);
        expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
        expect(Object.keys(res.body)).toEqual(['items', 'nextCursor', 'total']);
        expect(res.body.total).toBe(TASKS);
        seen.push(...res.body.items);
        cursor = res.body.nextCursor;
      } while (cursor);
      const rows = await t.ds.query(`SELECT ${LIST_COLUMNS} ${LIST_JOINS} WHERE t.workspace_id = $1`, [ws]);
      const byId = new Map(rows.map((r: Record<string, unknown>) => [r.id, toTaskListItem(r)]));
      expect(seen).toHaveLength(TASKS);
      for (const item of seen) expect(item).toStrictEqual(byId.get(item.id));
      expect(new Set(seen.map((x) => x.id)).size).toBe(TASKS);
    },
  );

  it('an empty page is an empty list', async () => {
    const res = await leader.get('/api/tasks?region=310000').expect(200);
    expect(res.body).toStrictEqual({ items: [], nextCursor: null, total: 0 });
  });
});
