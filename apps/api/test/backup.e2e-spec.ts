import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { adminQuery, onServer, SERVER_URL, withDatabase } from './database-url';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { seedDemo } from '../src/seed/demo-seed';

const ROOT = resolve(__dirname, '../../..');

// npm run backup / restore round trip: what the backup held comes back exactly, later changes are gone.
describe('backup and restore', () => {
  // pg_dump needs a real server; on the embedded fallback the data folder itself is the backup.
  const server = onServer();
  const name = `luoshi_backup_${process.pid}_${Date.now()}`;
  const url = withDatabase(SERVER_URL, name);
  const checksum = async () => {
    const c = new Client({ connectionString: url });
    await c.connect();
    try {
      const tables = ['tasks', 'milestones', 'progress_reports', 'people', 'units', 'audit_events'];
      const out: string[] = [];
      for (const t of tables)
        out.push(
          (
            await c.query(
              `SELECT md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) AS h FROM ${t} x`,
            )
          ).rows[0].h,
        );
      return out.join('/');
    } finally {
      await c.end();
    }
  };

  beforeAll(async () => {
    if (!server) return;
    await adminQuery(SERVER_URL, `CREATE DATABASE ${name}`);
    const ds = new DataSource(dataSourceOptions(url, 1));
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    await ds.transaction((m) => seedDemo(m, { password: 'backup-pass-1', today: '2026-11-29' }));
    await ds.destroy();
  });
  afterAll(async () => {
    if (server) await adminQuery(SERVER_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('restores exactly what was backed up', async () => {
    if (!server) return;
    const before = await checksum();
    const file = join(mkdtempSync(join(tmpdir(), 'luoshi-backup-')), 'b.dump');
    const env = { ...process.env, DATABASE_URL: url };
    const b = spawnSync('node', ['scripts/backup.mjs', '--file', file], { cwd: ROOT, env, encoding: 'utf8' });
    expect(b.status).toBe(0);
    const c = new Client({ connectionString: url });
    await c.connect();
    await c.query(`UPDATE tasks SET title = title || '（改）'`);
    await c.query(`DELETE FROM milestones WHERE ctid IN (SELECT ctid FROM milestones LIMIT 10)`);
    await c.end();
    expect(await checksum()).not.toBe(before);
    const r = spawnSync('node', ['scripts/restore.mjs', file], { cwd: ROOT, env, encoding: 'utf8' });
    expect([r.status, r.stderr]).toEqual([0, expect.any(String)]);
    expect(await checksum()).toBe(before);
  });

  it('refuses to run without DATABASE_URL or without a file', () => {
    if (!server) return;
    const env = { ...process.env };
    delete env.DATABASE_URL;
    expect(spawnSync('node', ['scripts/backup.mjs'], { cwd: ROOT, env }).status).toBe(2);
    expect(
      spawnSync('node', ['scripts/restore.mjs', '/nonexistent.dump'], {
        cwd: ROOT,
        env: { ...env, DATABASE_URL: url },
      }).status,
    ).toBe(2);
  });
});
