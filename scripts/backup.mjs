// npm run backup [-- --file path]: a pg_dump (custom format) of DATABASE_URL.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error(
    'DATABASE_URL is not set. For the embedded database, stop the app and copy its DATA_DIR folder instead.',
  );
  process.exit(2);
}
const i = process.argv.indexOf('--file');
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const file = resolve(i > 0 ? process.argv[i + 1] : `backups/luoshi-${stamp}.dump`);
mkdirSync(dirname(file), { recursive: true });
const r = spawnSync('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, url], {
  stdio: 'inherit',
});
if (r.error)
  console.error(
    `pg_dump could not run (${r.error.message}); install the PostgreSQL client: apt-get install postgresql-client`,
  );
if (r.status !== 0) process.exit(r.status ?? 1);
console.log(`Backup written to ${file}`);
