// npm test: every suite, in order; stops at the first that fails.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);

const suites = [
  ['contracts (unit)', ['run', 'test', '-w', '@plan/contracts']],
  ['api (unit)', ['run', 'test', '-w', '@luoshi/api']],
  ['api (end-to-end, PostgreSQL)', ['run', 'test:e2e', '-w', '@luoshi/api']],
  ['web (components)', ['run', 'test', '-w', '@luoshi/web']],
  // Builds the web app afresh (the browser suite then uses it) and fails over the dashboard's budget.
  ['web (bundle budget)', ['run', 'test:bundle', '-w', '@luoshi/web']],
  ['web (browser)', ['run', 'test:e2e', '-w', '@luoshi/web']],
];

const results = [];
for (const [name, args] of suites) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  process.stdout.write(`\n=== ${name} ===\n`);
  const started = Date.now();
  const r = spawnSync('npm', args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  results.push([name, r.status === 0, ((Date.now() - started) / 1000).toFixed(1)]);
  if (r.status !== 0) break;
}
process.stdout.write('\n');
for (const [name, ok, secs] of results)
  process.stdout.write(`${ok ? 'PASS' : 'FAIL'}  ${name}  (${secs} s)\n`);
const failed = results.filter((r) => !r[1]).length;
process.exit(failed || results.length === 0 ? 1 : 0);
