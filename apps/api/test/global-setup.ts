import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { EMBEDDED_POOL_SIZE, startEmbeddedDatabase } from '../src/database/embedded-database';
import { adminQuery, SERVER_URL, serverReachable, withDatabase } from './database-url';

// A database of our own per run: nothing depends on what an earlier run left behind.
export default async function globalSetup(): Promise<void> {
  let url: string;
  if (await serverReachable(SERVER_URL)) {
    const name = `luoshi_e2e_${process.pid}_${Date.now()}`;
    await adminQuery(SERVER_URL, `CREATE DATABASE ${name}`);
    url = withDatabase(SERVER_URL, name);
    process.env.E2E_DROP_DATABASE = name;
  } else {
    process.stdout.write(
      '\nNo PostgreSQL reachable at DATABASE_URL: running the end-to-end suite on the embedded database (PGlite).\n',
    );
    const db = await startEmbeddedDatabase(mkdtempSync(join(tmpdir(), 'luoshi-e2e-')));
    process.env.E2E_POOL_SIZE = String(EMBEDDED_POOL_SIZE);
    process.env.E2E_EMBEDDED = '1';
    (globalThis as { __EMBEDDED__?: typeof db }).__EMBEDDED__ = db;
    url = db.url;
  }
  const ds = new DataSource(dataSourceOptions(url, 1));
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
  process.env.E2E_DATABASE_URL = url;
}
