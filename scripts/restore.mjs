// npm run restore -- <file>: replaces everything in DATABASE_URL with the backup, in one transaction.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const url = process.env.DATABASE_URL;
const file = process.argv[2];
if (!url || !file || !existsSync(file)) {
  console.error('Usage: DATABASE_URL=postgres://… npm run restore -- <backup file>');
  process.exit(2);
}
const r = spawnSync(
  'pg_restore',
  [
    '--clean',
    '--if-exists',
    '--no-owner',
    '--no-privileges',
    '--single-transaction',
    '--exit-on-error',
    `--dbname=${url}`,
    file,
  ],
  { stdio: 'inherit' },
);
if (r.error)
  console.error(
    `pg_restore could not run (${r.error.message}); install the PostgreSQL client: apt-get install postgresql-client`,
  );
if (r.status !== 0) process.exit(r.status ?? 1);
console.log(`Restored ${file} into the database`);
