#!/usr/bin/env node
// npm run test:stress [-- part …]: load, faults and shutdown against the real built API process.
//
//   concurrency  32 clients × 30 s on the same 5 tasks: nothing lost, nothing doubled, never a 5xx
//   crash        kill -9 during a large import and during report filing: all or nothing, no lost write
//   pg-restart   a private PostgreSQL cluster stopped and started under load: 503 while down, back ≤ 5 s
//   shutdown     SIGTERM with a request in flight: it completes, new connections are refused, exit 0
//   logs         the app's output of every run above holds no password, session cookie or CSRF token
//
// Each part gets its own database (on DATABASE_URL's server, default postgres@127.0.0.1:5432; the
// pg-restart part starts its own cluster and never touches the shared server). Exits non-zero on any
// violation. Options: --no-build (use the current dist), --seconds N (concurrency duration).
import { concurrency } from './concurrency.mjs';
import { crash } from './crash.mjs';
import { pgRestart } from './pg-restart.mjs';
import { shutdown } from './shutdown.mjs';
import { checkLogs } from './logs.mjs';
import { ADMIN_URL, createDatabase, ensureBuilt, log, startApp } from './lib.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const parts = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--seconds')));
const want = (p) => parts.length === 0 || parts.includes(p);

const results = [];
const cleanups = [];

async function withApp(name, fn, env = {}) {
  const db = await createDatabase(ADMIN_URL, `luoshi_stress_${name}_${process.pid}`);
  cleanups.push(() => db.drop());
  const app = await startApp({ databaseUrl: db.url, env });
  try {
    return await fn({ app, db });
  } finally {
    await app.stop();
  }
}

async function main() {
  ensureBuilt({ force: !flag('--no-build') });
  if (want('concurrency'))
    results.push(
      await withApp('conc', (ctx) => concurrency({ ...ctx, seconds: Number(value('--seconds', 30)) })),
    );
  if (want('crash')) results.push(await crash());
  if (want('pg-restart')) results.push(await pgRestart());
  if (want('shutdown')) results.push(await shutdown());
  if (want('logs')) results.push(checkLogs());
}

let fatal = null;
try {
  await main();
} catch (e) {
  fatal = e;
} finally {
  for (const c of cleanups.reverse()) await c().catch((e) => log(`cleanup: ${e.message}`));
}
console.log('\n==== stress summary ====');
for (const r of results) {
  console.log(`${r.violations.length ? 'FAIL' : 'PASS'}  ${r.name}: ${r.summary}`);
  for (const v of r.violations.slice(0, 30)) console.log(`      ✗ ${v}`);
}
if (fatal) console.log(`ERROR ${fatal.stack ?? fatal}`);
process.exit(fatal || results.some((r) => r.violations.length) || results.length === 0 ? 1 : 0);
