import { MigrationInterface, QueryRunner } from 'typeorm';

const CURRENT = `NULLIF(current_setting('app.workspace_id', true), '')::uuid`;
const iso = (c: string) => `to_char(${c} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const date = (c: string) => `to_char(${c}, 'YYYY-MM-DD')`;

// The task list's item, as the API sends it (the same object as toTaskListItem; json-sql.e2e-spec holds
// them equal), written when the task or anything it shows changes rather than on every page read: a page
// of 50 costs PostgreSQL ~0.5 ms instead of ~2 ms. Statement triggers with transition tables keep it, in the
// writing transaction: on tasks (insert, update), on their sectors, and on the names it shows (units,
// people, measures, regions). Rows are written in task-id order, so two renders lock them in the same order.
const RENDER = `
  INSERT INTO task_list_items (task_id, workspace_id, json)
  SELECT t.id, t.workspace_id, json_build_object('id', t.id, 'code', t.code, 'title', t.title,
    'measure', json_build_object('code', m.code, 'nameZh', m.name_zh, 'nameEn', m.name_en),
    'region', json_build_object('code', r.code, 'nameZh', r.name_zh, 'nameEn', r.name_en),
    'sectors', ARRAY(SELECT ts.sector_code FROM task_sectors ts WHERE ts.task_id = t.id ORDER BY ts.sector_code),
    'leadUnit', json_build_object('id', u.id, 'nameZh', u.name_zh, 'nameEn', u.name_en),
    'responsiblePerson', json_build_object('id', p.id, 'displayName', p.display_name),
    'startDate', ${date('t.start_date')}, 'dueDate', ${date('t.due_date')}, 'progress', t.progress,
    'reportedState', t.reported_state, 'suspendedReason', t.suspended_reason,
    'status', json_build_object('expected', t.status_expected::float8, 'actual', t.progress, 'gap', t.status_gap::float8,
                                'daysLate', t.status_days_late, 'state', t.status_state, 'light', t.status_light),
    'sourceMeetingId', t.source_meeting_id, 'version', t.version, 'archivedAt', ${iso('t.archived_at')},
    'createdAt', ${iso('t.created_at')}, 'updatedAt', ${iso('t.updated_at')})::text
    FROM tasks t
    JOIN measures m ON m.id = t.measure_id
    JOIN regions r ON r.code = t.region_code
    JOIN units u ON u.id = t.lead_unit_id
    JOIN people p ON p.id = t.responsible_person_id
   WHERE t.id = ANY(p_task_ids)
   ORDER BY t.id
  ON CONFLICT (task_id) DO UPDATE SET json = EXCLUDED.json, workspace_id = EXCLUDED.workspace_id`;

// A bulk load (the seed) sets this for its transaction, writes every row and its statuses, then writes its
// tasks' items once (luoshi_render_task_items): the triggers would write each item once per statement that
// touches the task (its insert, its sectors, its status).
export const DEFER_LIST_ITEMS = 'luoshi.defer_list_items';

// trigger → (transition table, the task ids its rows name)
const TRIGGERS: { table: string; event: 'INSERT' | 'UPDATE' | 'DELETE'; tasks: string }[] = [
  { table: 'tasks', event: 'INSERT', tasks: 'SELECT id FROM new_rows' },
  { table: 'tasks', event: 'UPDATE', tasks: 'SELECT id FROM new_rows' },
  { table: 'task_sectors', event: 'INSERT', tasks: 'SELECT DISTINCT task_id FROM new_rows' },
  { table: 'task_sectors', event: 'DELETE', tasks: 'SELECT DISTINCT task_id FROM old_rows' },
  {
    table: 'task_sectors',
    event: 'UPDATE',
    tasks: 'SELECT task_id FROM new_rows UNION SELECT task_id FROM old_rows',
  },
  {
    table: 'units',
    event: 'UPDATE',
    tasks: `SELECT t.id FROM tasks t JOIN new_rows n ON n.id = t.lead_unit_id JOIN old_rows o ON o.id = n.id
             WHERE (n.name_zh, n.name_en) IS DISTINCT FROM (o.name_zh, o.name_en)`,
  },
  {
    table: 'people',
    event: 'UPDATE',
    tasks: `SELECT t.id FROM tasks t JOIN new_rows n ON n.id = t.responsible_person_id JOIN old_rows o ON o.id = n.id
             WHERE n.display_name IS DISTINCT FROM o.display_name`,
  },
  {
    table: 'measures',
    event: 'UPDATE',
    tasks: `SELECT t.id FROM tasks t JOIN new_rows n ON n.id = t.measure_id JOIN old_rows o ON o.id = n.id
             WHERE (n.code, n.name_zh, n.name_en) IS DISTINCT FROM (o.code, o.name_zh, o.name_en)`,
  },
  {
    table: 'regions',
    event: 'UPDATE',
    tasks: `SELECT t.id FROM tasks t JOIN new_rows n ON n.code = t.region_code JOIN old_rows o ON o.code = n.code
             WHERE (n.name_zh, n.name_en) IS DISTINCT FROM (o.name_zh, o.name_en)`,
  },
];

const triggerName = (t: (typeof TRIGGERS)[number]) => `tr_${t.table}_list_items_${t.event.toLowerCase()}`;

export class AddTaskListItems1795957000000 implements MigrationInterface {
  name = 'AddTaskListItems1795957000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE task_list_items (
      task_id uuid PRIMARY KEY REFERENCES tasks (id) ON DELETE CASCADE,
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      json text NOT NULL)`);
    await q.query(`CREATE INDEX ix_task_list_items_workspace ON task_list_items (workspace_id)`);
    await q.query(`ALTER TABLE task_list_items ENABLE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY workspace_isolation ON task_list_items USING (workspace_id = ${CURRENT}) WITH CHECK (workspace_id = ${CURRENT})`,
    );
    // PL/pgSQL: its statement is planned once per connection (a SQL function's, on every call before PG 18)
    await q.query(`CREATE FUNCTION luoshi_render_task_items(p_task_ids uuid[]) RETURNS void
      LANGUAGE plpgsql SET search_path = public, pg_temp AS $$ BEGIN ${RENDER}; END $$`);
    for (const t of TRIGGERS) {
      const fn = `${triggerName(t)}_fn`;
      const transition =
        t.event === 'INSERT'
          ? 'NEW TABLE AS new_rows'
          : t.event === 'DELETE'
            ? 'OLD TABLE AS old_rows'
            : 'OLD TABLE AS old_rows NEW TABLE AS new_rows';
      await q.query(`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
        BEGIN
          IF current_setting('${DEFER_LIST_ITEMS}', true) = 'on' THEN RETURN NULL; END IF;
          PERFORM luoshi_render_task_items(ARRAY(${t.tasks}));
          RETURN NULL;
        END $$`);
      await q.query(`CREATE TRIGGER ${triggerName(t)} AFTER ${t.event} ON ${t.table}
        REFERENCING ${transition} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
    }
    await q.query(`SELECT luoshi_render_task_items(ARRAY(SELECT id FROM tasks))`);
    await q.query(`ANALYZE task_list_items`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const t of TRIGGERS) {
      await q.query(`DROP TRIGGER ${triggerName(t)} ON ${t.table}`);
      await q.query(`DROP FUNCTION ${triggerName(t)}_fn()`);
    }
    await q.query(`DROP FUNCTION luoshi_render_task_items(uuid[])`);
    await q.query(`DROP TABLE task_list_items`);
  }
}
