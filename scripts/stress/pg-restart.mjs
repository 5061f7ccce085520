// PostgreSQL stopped and started under load — on a private cluster in a temp directory (never the
// machine's shared server): while it is down requests fail fast with 503 (readiness 503, liveness 200);
// once it is back the app recovers by itself within 5 s. Prints the measured recovery time.
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, createDatabase, freePort, log, sleep, startApp } from './lib.mjs';

const RECOVERY_LIMIT_MS = 5000;

function pgBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) throw new Error('no PostgreSQL binaries in /usr/lib/postgresql');
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin/initdb')))
    .sort((a, b) => Number(b) - Number(a));
  if (!versions.length) throw new Error('no initdb under /usr/lib/postgresql/*/bin');
  return join(base, versions[0], 'bin');
}

// A throwaway cluster. initdb refuses root: run the server tools as the postgres user then.
function privateCluster() {
  const bin = pgBin();
  const dir = mkdtempSync(join(tmpdir(), 'luoshi-pg-'));
  const asRoot = process.getuid?.() === 0;
  const uid = asRoot ? Number(spawnSync('id', ['-u', 'postgres']).stdout.toString().trim()) : null;
  const gid = asRoot ? Number(spawnSync('id', ['-g', 'postgres']).stdout.toString().trim()) : null;
  if (asRoot) chownSync(dir, uid, gid);
  const run = (tool, args) => {
    const cmd = asRoot ? 'runuser' : join(bin, tool);
    const full = asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args;
    const r = spawnSync(cmd, full, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${r.stderr || r.stdout}`);
    return r.stdout;
  };
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
  let port = null;
  const cluster = {
    dir,
    get url() {
      return `postgres://postgres@127.0.0.1:${port}/postgres`;
    },
    start: async () => {
      port ??= await freePort();
      run('pg_ctl', [
        '-D',
        data,
        '-l',
        join(dir, 'server.log'),
        '-w',
        '-t',
        '60',
        '-o',
        `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`,
        'start',
      ]);
    },
    stop: (mode = 'fast') => run('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']),
    destroy: () => {
      try {
        cluster.stop('immediate');
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return cluster;
}

export async function pgRestart({ downSeconds = 3 } = {}) {
  const violations = [];
  const cluster = privateCluster();
  let app = null;
  let summary = '';
  try {
    await cluster.start();
    log(`pg-restart: private cluster at ${cluster.url} (${cluster.dir})`);
    const db = await createDatabase(cluster.url, 'luoshi_restart');
    app = await startApp({ databaseUrl: db.url });
    const clients = await Promise.all(
      Array.from({ length: 8 }, () => new Client(app.baseUrl).login('staff')),
    );
    const taskId = (await clients[0].request('GET', '/api/tasks?limit=1')).body.items[0].id;

    const phase = { name: 'before' };
    const seen = []; // { phase, status, code, ms }
    let stop = false;
    const load = async (c, n) => {
      while (!stop) {
        const res =
          n % 2
            ? await c.request('GET', '/api/tasks?limit=5', undefined, { timeoutMs: 20_000 })
            : await c.request(
                'PATCH',
                `/api/tasks/${taskId}`,
                { version: 1, title: 'x' },
                { timeoutMs: 20_000 },
              );
        seen.push({
          phase: phase.name,
          status: res.status,
          code: res.body?.code,
          ms: res.ms,
          error: res.error,
        });
        await sleep(50);
      }
    };
    const loads = clients.map((c, n) => load(c, n));
    await sleep(2000);

    phase.name = 'down';
    const stopped = Date.now();
    cluster.stop('fast');
    log(`pg-restart: PostgreSQL stopped (${Date.now() - stopped} ms)`);
    await sleep(500);
    const probe = new Client(app.baseUrl);
    const ready = await probe.request('GET', '/api/health', undefined, { timeoutMs: 10_000 });
    const live = await probe.request('GET', '/api/health/live');
    if (ready.status !== 503)
      violations.push(`readiness while the database is down: ${ready.status}, expected 503`);
    if (live.status !== 200)
      violations.push(`liveness while the database is down: ${live.status}, expected 200`);
    await sleep(downSeconds * 1000);

    phase.name = 'recovering';
    await cluster.start();
    const up = Date.now();
    let recovered = null;
    while (Date.now() - up < 30_000) {
      const h = await probe.request('GET', '/api/health', undefined, { timeoutMs: 5000 });
      const r = await clients[1].request('GET', '/api/tasks?limit=1', undefined, { timeoutMs: 5000 });
      if (h.status === 200 && r.status === 200) {
        recovered = Date.now() - up;
        break;
      }
      await sleep(50);
    }
    phase.name = 'after';
    await sleep(2000);
    stop = true;
    await Promise.all(loads);

    const down = seen.filter((s) => s.phase === 'down');
    const bad = seen.filter((s) => s.status >= 500 && s.status !== 503);
    const noAnswer = seen.filter((s) => s.status === 0);
    const downSlow = down.filter((s) => s.ms > 6000);
    const after = seen.filter((s) => s.phase === 'after');
    const count = (list, pred) => list.filter(pred).length;
    if (recovered === null) violations.push('the app did not recover within 30 s of PostgreSQL being back');
    else if (recovered > RECOVERY_LIMIT_MS)
      violations.push(`recovery took ${recovered} ms (limit ${RECOVERY_LIMIT_MS} ms)`);
    if (bad.length) {
      violations.push(`${bad.length} answers 5xx other than 503: ${JSON.stringify(bad.slice(0, 3))}`);
      const errors = app
        .output()
        .split('\n')
        .filter((l) => l.includes('request failed'));
      for (const e of errors.slice(0, 3)) violations.push(`  app log: ${e.slice(0, 700)}`);
    }
    if (noAnswer.length)
      violations.push(`${noAnswer.length} requests got no answer: ${JSON.stringify(noAnswer.slice(0, 3))}`);
    if (!down.some((s) => s.status === 503))
      violations.push('no request was answered 503 while the database was down');
    if (downSlow.length)
      violations.push(`${downSlow.length} requests took over 6 s while the database was down`);
    if (count(after, (s) => s.status >= 500))
      violations.push(`5xx after recovery: ${count(after, (s) => s.status >= 500)}`);
    const maxDown = Math.max(0, ...down.map((s) => s.ms));
    summary =
      `recovered ${recovered} ms after PostgreSQL was back (limit ${RECOVERY_LIMIT_MS}); while down: ${down.length} requests, ` +
      `${count(down, (s) => s.status === 503)} × 503, slowest ${maxDown} ms; readiness ${ready.status}, liveness ${live.status}; ` +
      `${seen.length} requests in all, ${bad.length} other 5xx`;
    log(`pg-restart: ${summary}`);
  } finally {
    if (app) await app.stop();
    cluster.destroy();
  }
  return { name: 'PostgreSQL restart', violations, summary };
}
