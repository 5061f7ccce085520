import { MigrationInterface, QueryRunner } from 'typeorm';

const CURRENT = `NULLIF(current_setting('app.workspace_id', true), '')::uuid`;
const month = (d: string) => `(extract(year FROM ${d})::int * 12 + extract(month FROM ${d})::int - 1)`;
const periodMonth = (p: string) => `(substr(${p}, 1, 4)::int * 12 + substr(${p}, 6, 2)::int - 1)`;
// JavaScript's round1() (Math.round(x * 10) / 10) on a float8, as tenths
const tenths = (x: string) => `floor((${x}) * 10 + 0.5)::int`;

// The dashboard's progress trend, kept per task as steps by month (year * 12 + month - 1), so a summary sums a
// few rows per task instead of re-running window functions over every milestone and approved report. At a
// task's start month, or the later month the step happens in (nothing counts before the task starts):
//   started         1 at the start month;
//   expected_tenths the change a milestone makes to the task's expected progress (its weight share due so
//                   far, in tenths as computeScheduleStatus rounds it), milestones in due order;
//   actual          the change in progress from one approved report of the task to the next, by period;
//   completed       the same for "the report says completed" (0 or 1);
//   actual_only     the actual steps again for a long-term task without milestones (it has no expected
//                   progress: the trend counts its actual instead);
//   elapsed         on the start month's row: the task has no milestones and a due date, so its expected
//                   progress is the elapsed share of [start, due], computed for each period end when read.
// Rewritten, in the writing transaction, by statement triggers on every change to what it reads: a task's
// dates, its milestones, its approved reports. The rewrite first locks the tasks (FOR NO KEY UPDATE, as an
// UPDATE of them would), in id order, so concurrent rewrites of one task take turns and each reads what the
// one before it committed. DashboardRepository.trend() reads it; dashboard-fast-path.e2e-spec holds the
// figures equal to computeScheduleStatus and the rows equal to a fresh rewrite after every kind of change.
const RENDER = `
  DECLARE ids uuid[];
  BEGIN
    ids := ARRAY(SELECT id FROM tasks WHERE id = ANY(p_task_ids) ORDER BY id FOR NO KEY UPDATE);
    DELETE FROM task_trend_steps WHERE task_id = ANY(p_task_ids);
    IF cardinality(ids) = 0 THEN RETURN; END IF;
    INSERT INTO task_trend_steps (task_id, month, workspace_id, started, expected_tenths, actual, completed, actual_only, elapsed)
    WITH t AS (
      SELECT id, workspace_id, due_date, ${month('start_date')} AS sm,
             EXISTS (SELECT 1 FROM milestones x WHERE x.task_id = tasks.id) AS has_ms
        FROM tasks WHERE id = ANY(ids)),
    ms AS (
      SELECT task_id, ${month('due_date')} AS mo,
             COALESCE(sum(weight) OVER (PARTITION BY task_id ORDER BY due_date, id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)::float8 AS before,
             sum(weight) OVER (PARTITION BY task_id ORDER BY due_date, id ROWS UNBOUNDED PRECEDING)::float8 AS upto,
             sum(weight) OVER (PARTITION BY task_id)::float8 AS total
        FROM milestones WHERE task_id = ANY(ids)),
    rs AS (
      SELECT task_id, ${periodMonth('period')} AS mo,
             progress - COALESCE(lag(progress) OVER w, 0) AS dp,
             (reported_state = 'completed')::int - COALESCE(lag((reported_state = 'completed')::int) OVER w, 0) AS dc
        FROM progress_reports WHERE task_id = ANY(ids) AND status = 'approved'
      WINDOW w AS (PARTITION BY task_id ORDER BY period)),
    parts (task_id, mo, started, ex, ac, dn, ao, elapsed) AS (
      SELECT t.id, t.sm, 1, 0, 0, 0, 0, NOT t.has_ms AND t.due_date IS NOT NULL FROM t
      UNION ALL
      SELECT t.id, greatest(ms.mo, t.sm), 0, ${tenths('100 * ms.upto / ms.total')} - ${tenths('100 * ms.before / ms.total')}, 0, 0, 0, false
        FROM ms JOIN t ON t.id = ms.task_id
      UNION ALL
      SELECT t.id, greatest(rs.mo, t.sm), 0, 0, rs.dp, rs.dc, CASE WHEN NOT t.has_ms AND t.due_date IS NULL THEN rs.dp ELSE 0 END, false
        FROM rs JOIN t ON t.id = rs.task_id)
    SELECT p.task_id, p.mo, t.workspace_id, sum(p.started)::int, sum(p.ex)::int, sum(p.ac)::int, sum(p.dn)::int, sum(p.ao)::int,
           bool_or(p.elapsed)
      FROM parts p JOIN t ON t.id = p.task_id
     GROUP BY p.task_id, p.mo, t.workspace_id
    HAVING sum(p.started) <> 0 OR sum(p.ex) <> 0 OR sum(p.ac) <> 0 OR sum(p.dn) <> 0 OR sum(p.ao) <> 0
     ORDER BY p.task_id, p.mo;
  END`;

// A bulk load (the seed) sets this for its transaction, writes every row, then rewrites its tasks' steps once
// (luoshi_render_task_trend) and unsets it: the triggers would otherwise rewrite each task once per batch.
export const DEFER_TREND_STEPS = 'luoshi.defer_trend_steps';

// An approved report's figures changed, or a report became or stopped being approved.
const APPROVED_CHANGED = `(o.status = 'approved' OR n.status = 'approved')
  AND (o.status, o.progress, o.reported_state, o.period, o.task_id) IS DISTINCT FROM (n.status, n.progress, n.reported_state, n.period, n.task_id)`;

// A milestone moved, or its date or weight changed.
const MILESTONE_CHANGED = `(o.task_id, o.due_date, o.weight) IS DISTINCT FROM (n.task_id, n.due_date, n.weight)`;

// trigger → the task ids its transition rows name
const TRIGGERS: { table: string; event: 'INSERT' | 'UPDATE' | 'DELETE'; tasks: string }[] = [
  { table: 'tasks', event: 'INSERT', tasks: 'SELECT id FROM new_rows' },
  {
    table: 'tasks',
    event: 'UPDATE',
    tasks: `SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
             WHERE (n.start_date, n.due_date IS NULL) IS DISTINCT FROM (o.start_date, o.due_date IS NULL)`,
  },
  { table: 'milestones', event: 'INSERT', tasks: 'SELECT DISTINCT task_id FROM new_rows' },
  { table: 'milestones', event: 'DELETE', tasks: 'SELECT DISTINCT task_id FROM old_rows' },
  {
    table: 'milestones',
    event: 'UPDATE',
    tasks: `SELECT n.task_id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE ${MILESTONE_CHANGED}
            UNION SELECT o.task_id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE ${MILESTONE_CHANGED}`,
  },
  {
    table: 'progress_reports',
    event: 'INSERT',
    tasks: `SELECT DISTINCT task_id FROM new_rows WHERE status = 'approved'`,
  },
  {
    table: 'progress_reports',
    event: 'DELETE',
    tasks: `SELECT DISTINCT task_id FROM old_rows WHERE status = 'approved'`,
  },
  {
    table: 'progress_reports',
    event: 'UPDATE',
    tasks: `SELECT n.task_id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE ${APPROVED_CHANGED}
            UNION SELECT o.task_id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE ${APPROVED_CHANGED}`,
  },
];

const triggerName = (t: (typeof TRIGGERS)[number]) => `tr_${t.table}_trend_steps_${t.event.toLowerCase()}`;

export class AddTaskTrendSteps1795958000000 implements MigrationInterface {
  name = 'AddTaskTrendSteps1795958000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE task_trend_steps (
      task_id uuid NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
      month int NOT NULL,
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      started int NOT NULL DEFAULT 0,
      expected_tenths int NOT NULL DEFAULT 0,
      actual int NOT NULL DEFAULT 0,
      completed int NOT NULL DEFAULT 0,
      actual_only int NOT NULL DEFAULT 0,
      elapsed boolean NOT NULL DEFAULT false,
      PRIMARY KEY (task_id, month))`);
    await q.query(`CREATE INDEX ix_task_trend_steps_workspace ON task_trend_steps (workspace_id)`);
    await q.query(`CREATE INDEX ix_task_trend_steps_elapsed ON task_trend_steps (task_id) WHERE elapsed`);
    await q.query(`ALTER TABLE task_trend_steps ENABLE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY workspace_isolation ON task_trend_steps USING (workspace_id = ${CURRENT}) WITH CHECK (workspace_id = ${CURRENT})`,
    );
    await q.query(`CREATE FUNCTION luoshi_render_task_trend(p_task_ids uuid[]) RETURNS void
      LANGUAGE plpgsql SET search_path = public, pg_temp AS $$ ${RENDER} $$`);
    for (const t of TRIGGERS) {
      const fn = `${triggerName(t)}_fn`;
      const transition =
        t.event === 'INSERT'
          ? 'NEW TABLE AS new_rows'
          : t.event === 'DELETE'
            ? 'OLD TABLE AS old_rows'
            : 'OLD TABLE AS old_rows NEW TABLE AS new_rows';
      await q.query(`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
        DECLARE ids uuid[];
        BEGIN
          IF current_setting('${DEFER_TREND_STEPS}', true) = 'on' THEN RETURN NULL; END IF;
          ids := ARRAY(${t.tasks});
          IF cardinality(ids) > 0 THEN PERFORM luoshi_render_task_trend(ids); END IF;
          RETURN NULL;
        END $$`);
      await q.query(`CREATE TRIGGER ${triggerName(t)} AFTER ${t.event} ON ${t.table}
        REFERENCING ${transition} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
    }
    await q.query(`SELECT luoshi_render_task_trend(ARRAY(SELECT id FROM tasks))`);
    await q.query(`ANALYZE task_trend_steps`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const t of TRIGGERS) {
      await q.query(`DROP TRIGGER ${triggerName(t)} ON ${t.table}`);
      await q.query(`DROP FUNCTION ${triggerName(t)}_fn()`);
    }
    await q.query(`DROP FUNCTION luoshi_render_task_trend(uuid[])`);
    await q.query(`DROP TABLE task_trend_steps`);
  }
}
