// SIGTERM with a request in flight: the request completes with 200, a new connection is refused while it
// runs, and the process exits 0. The request is held in flight by a table lock taken on an owner connection.
import { connect } from 'node:net';
import { ADMIN_URL, Client, createDatabase, log, pg, sleep, startApp } from './lib.mjs';

const tryConnect = (port) =>
  new Promise((resolve) => {
    const s = connect(port, '127.0.0.1');
    s.on('connect', () => {
      s.destroy();
      resolve('connected');
    });
    s.on('error', (e) => resolve(e.code ?? e.message));
  });

export async function shutdown() {
  const violations = [];
  const db = await createDatabase(ADMIN_URL, `luoshi_stress_shutdown_${process.pid}`);
  const app = await startApp({ databaseUrl: db.url });
  const owner = new pg.Client({ connectionString: db.url });
  await owner.connect();
  let summary = '';
  try {
    const staff = await new Client(app.baseUrl).login('staff');
    await staff.request('GET', '/api/tasks?limit=1'); // the day's status refresh, before the lock
    await owner.query('BEGIN');
    await owner.query('LOCK TABLE tasks IN ACCESS EXCLUSIVE MODE');
    const slow = staff.request('GET', '/api/tasks?limit=5', undefined, { timeoutMs: 60_000 });
    // wait until the app's query is queued behind the lock
    const waitStart = Date.now();
    for (;;) {
      const [{ n }] = (
        await owner.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        )
      ).rows;
      if (n > 0) break;
      if (Date.now() - waitStart > 15_000) throw new Error('the request never reached the database');
      await sleep(20);
    }
    const sigterm = Date.now();
    app.child.kill('SIGTERM');
    await sleep(500);
    const during = await tryConnect(app.port);
    if (during !== 'ECONNREFUSED')
      violations.push(`a new connection during shutdown: ${during} (expected ECONNREFUSED)`);
    if (app.exited)
      violations.push(`the process exited with the request still in flight (${JSON.stringify(app.exited)})`);
    await sleep(1000);
    await owner.query('COMMIT');
    const res = await slow;
    if (res.status !== 200)
      violations.push(`the request in flight got ${res.status} ${JSON.stringify(res.body)?.slice(0, 200)}`);
    const exit = await Promise.race([app.exit, sleep(30_000).then(() => null)]);
    const stoppedIn = Date.now() - sigterm;
    if (!exit) violations.push('the process did not exit within 30 s of SIGTERM');
    else if (exit.code !== 0)
      violations.push(`the process exited with ${JSON.stringify(exit)}, expected code 0`);
    summary = `request in flight → ${res.status} (${res.ms} ms); new connection during shutdown → ${during}; exit ${JSON.stringify(exit)} ${stoppedIn} ms after SIGTERM`;
    log(`shutdown: ${summary}`);
  } finally {
    await owner.end().catch(() => undefined);
    await app.stop();
    await db.drop();
  }
  return { name: 'graceful shutdown', violations, summary };
}
