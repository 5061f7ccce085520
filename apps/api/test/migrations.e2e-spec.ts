import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { MIGRATIONS } from '../src/database/migration-list';
import { adminQuery, onServer, SERVER_URL, withDatabase } from './database-url';

// Up, all the way down, up again; then the entities must match the schema the migrations built.
describe('migrations', () => {
  const name = `luoshi_mig_${process.pid}_${Date.now()}`;
  const server = onServer();
  let url = process.env.E2E_DATABASE_URL as string;
  let ds: DataSource;

  beforeAll(async () => {
    if (server) {
      await adminQuery(SERVER_URL, `CREATE DATABASE ${name}`);
      url = withDatabase(SERVER_URL, name);
    }
    ds = new DataSource(dataSourceOptions(url, 1));
    await ds.initialize();
  });

  afterAll(async () => {
    await ds.destroy();
    if (server) await adminQuery(SERVER_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  const tables = async () =>
    (
      await ds.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`,
      )
    ).map((r: { tablename: string }) => r.tablename);

  it('runs up, reverts every migration, and runs up again with no drift', async () => {
    if (server) await ds.runMigrations({ transaction: 'each' });
    const first = await tables();
    expect(first).toEqual(
      expect.arrayContaining([
        'workspaces',
        'measures',
        'regions',
        'sectors',
        'units',
        'people',
        'sessions',
        'tasks',
        'task_sectors',
        'task_units',
        'milestones',
        'progress_reports',
        'audit_events',
      ]),
    );
    if (!server) return; // the shared embedded database holds the other suites' data; down/up runs on the real server
    for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual([]);
    await ds.runMigrations({ transaction: 'each' });
    expect(await tables()).toEqual(first);
    expect((await ds.query(`SELECT count(*)::int AS n FROM regions`))[0].n).toBe(35);
    const drift = await ds.driver.createSchemaBuilder().log();
    expect(drift.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('enforces the constraints in the database itself', async () => {
    if (!server) return;
    const [{ id: ws }] = await ds.query(`INSERT INTO workspaces (code, name) VALUES ('c', 'c') RETURNING id`);
    const [{ id: m }] = await ds.query(
      `INSERT INTO measures (workspace_id, code, sort_order, name_zh, name_en) VALUES ($1, 'policy', 1, 'a', 'a') RETURNING id`,
      [ws],
    );
    const [{ id: u }] = await ds.query(
      `INSERT INTO units (workspace_id, code, name_zh, name_en, region_code, level) VALUES ($1, 'u', 'u', 'u', '000000', 'central') RETURNING id`,
      [ws],
    );
    const [{ id: p }] = await ds.query(
      `INSERT INTO people (workspace_id, unit_id, username, display_name, role, password_hash) VALUES ($1, $2, 'p', 'p', 'staff', 'x') RETURNING id`,
      [ws, u],
    );
    const task = (code: string, extra = '', vals: unknown[] = []) =>
      ds.query(
        `INSERT INTO tasks (workspace_id, code, title, measure_id, region_code, lead_unit_id, responsible_person_id, start_date, due_date${extra ? ', ' + extra : ''})
         VALUES ($1, $2, 't', $3, '000000', $4, $5, '2026-01-01', $6${vals.map((_, i) => `, $${7 + i}`).join('')}) RETURNING id`,
        [ws, code, m, u, p, '2026-12-31', ...vals],
      );
    const [{ id: t }] = await task('A');
    await expect(task('A')).rejects.toThrow(/uq_tasks_workspace_code/);
    await expect(task('B', 'progress', [101])).rejects.toThrow(/ck_tasks_progress/);
    await expect(ds.query(`UPDATE tasks SET due_date = '2025-01-01' WHERE id = $1`, [t])).rejects.toThrow(
      /ck_tasks_dates/,
    );
    const report = (status: string) =>
      ds.query(
        `INSERT INTO progress_reports (workspace_id, task_id, period, reported_state, progress, status, author_id) VALUES ($1, $2, '2026-05', 'in_progress', 10, $3, $4)`,
        [ws, t, status, p],
      );
    await report('returned');
    await report('returned');
    await report('submitted');
    await expect(report('draft')).rejects.toThrow(/uq_progress_reports_task_period_live/);
    await expect(
      ds.query(
        `INSERT INTO progress_reports (workspace_id, task_id, period, reported_state, progress, author_id) VALUES ($1, $2, '2026-13', 'in_progress', 10, $3)`,
        [ws, t, p],
      ),
    ).rejects.toThrow(/ck_progress_reports_period/);
    await expect(ds.query(`UPDATE milestones SET weight = 0`)).resolves.toBeDefined();
  });
});
