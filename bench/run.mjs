#!/usr/bin/env node
// npm run bench [-- options]: the national-scale load test.
//
// Creates and seeds the database if needed, builds, starts the API the way production does
// (node apps/api/dist/.../main.js), then measures every endpoint the issue names with autocannon at 1 and
// 16 connections, next to two floors taken in the same run on the same machine: GET /api/health (what the
// framework costs) and the dashboard's aggregate SQL sent straight through pg (what the database costs).
// Prints one table and writes it as JSON to bench/results/latest.json.
//
// It is a measurement: it exits 0 when targets fail, and non-zero only when the harness itself cannot run.
//
// Options:
//   --reseed             seed the national workspace again (deletes it first)
//   --seed N             seed number for the national data set (default: the seed CLI's default)
//   --no-build           skip `npm run build` (uses the current dist)
//   --duration S         measured seconds per run (default 10)
//   --warmup S           warm-up seconds before each run (default 3)
//   --connections A,B    connection counts (default 1,16)
//   --only a,b           run only these scenarios (keys: health, db-floor, dash, dash-region, dash-sector,
//                        dash-measure-region, list-first, list-deep, list-random, detail, detail-random,
//                        file-report, export)
//   --keep-reports       keep the draft reports filed during the run (default: delete them afterwards,
//                        so every run starts from the same data)
//   --no-cold            do not mark task statuses stale before start (skips the "first request of the
//                        day" measurement)
//   --no-explain         skip the per-query breakdown and EXPLAIN ANALYZE (bench/results/explain.txt)
// Environment: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/luoshi_bench),
//              DEMO_PASSWORD (default luoshi-demo).

/* global fetch, AbortSignal -- Node 20 globals */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setInterval, clearInterval, setTimeout, clearTimeout } from 'node:timers';
import { fileURLToPath, URL } from 'node:url';
import { createRequire } from 'node:module';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(ROOT, 'bench/results');
const API_DIST = join(ROOT, 'apps/api/dist/apps/api/src');
const MAIN = join(API_DIST, 'main.js');
const SEED_CLI = join(API_DIST, 'cli/seed.js');
// CommonJS packages (autocannon, pg) and the compiled API resolve from the repository root.
const require = createRequire(join(ROOT, 'package.json'));
const autocannon = require('autocannon');
const pg = require('pg');

const WORKSPACE = 'national';
const EXPECTED_TASKS = 100_000;
const DEEP_ROW = 50_000;
const WALK_LIMIT = 200;
// Fixed filters, so runs compare: Guangdong is one of the larger provinces, manufacturing the largest sector.
const REGION = '440000';
const SECTOR = 'manufacturing';
const MEASURE = 'pilots';
const MB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------- options

function parseArgs(argv) {
  const o = {
    reseed: false,
    seed: null,
    build: true,
    duration: 10,
    warmup: 3,
    connections: [1, 16],
    only: null,
    keepReports: false,
    cold: true,
    explain: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new HarnessError(`${flag} needs a value`);
      return v;
    };
    const number = () => {
      const n = Number(value());
      if (!Number.isFinite(n) || n <= 0) throw new HarnessError(`${flag} must be a positive number`);
      return n;
    };
    switch (flag) {
      case '--reseed':
        o.reseed = true;
        break;
      case '--seed':
        o.seed = String(Math.trunc(number()));
        break;
      case '--no-build':
        o.build = false;
        break;
      case '--duration':
        o.duration = number();
        break;
      case '--warmup':
        o.warmup = number();
        break;
      case '--connections':
        o.connections = value()
          .split(',')
          .map((s) => {
            const n = Number(s);
            if (!Number.isInteger(n) || n < 1) throw new HarnessError(`bad connection count "${s}"`);
            return n;
          });
        break;
      case '--only':
        o.only = new Set(value().split(','));
        break;
      case '--keep-reports':
        o.keepReports = true;
        break;
      case '--no-cold':
        o.cold = false;
        break;
      case '--no-explain':
        o.explain = false;
        break;
      case '--help':
      case '-h':
        console.log(
          readFileSync(fileURLToPath(import.meta.url), 'utf8')
            .split('\n')
            .slice(1, 27)
            .join('\n')
            .replace(/^\/\/ ?/gm, ''),
        );
        process.exit(0);
        break;
      default:
        throw new HarnessError(`unknown option ${argv[i]} (see --help)`);
    }
  }
  return o;
}

class HarnessError extends Error {}

// ---------------------------------------------------------------------------------------------- helpers

const log = (...a) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const round = (x, d = 1) =>
  x === null || x === undefined || Number.isNaN(x) ? null : Math.round(x * 10 ** d) / 10 ** d;

// Nearest-rank percentile over a sorted array of milliseconds.
function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function stats(latencies) {
  const s = Float64Array.from(latencies).sort();
  return {
    n: s.length,
    p50: percentile(s, 50),
    p95: percentile(s, 95),
    p99: percentile(s, 99),
    max: s.length ? s[s.length - 1] : null,
  };
}

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

function runQuiet(cmd, args, env = process.env) {
  const started = performance.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * MB });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0) {
    throw new HarnessError(
      `${cmd} ${args.join(' ')} failed (exit ${r.status}):\n${out.split('\n').slice(-40).join('\n')}`,
    );
  }
  return { out, seconds: (performance.now() - started) / 1000 };
}

// The server's resident set, from the kernel: what the machine actually pays, not V8's heap view.
function rssMb(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

// Samples every 100 ms for the server's whole life; each phase keeps its own peak.
function rssSampler(pid) {
  const phases = new Map();
  let phase = 'start';
  let overall = 0;
  const sample = () => {
    const v = rssMb(pid);
    if (v === null) return;
    overall = Math.max(overall, v);
    phases.set(phase, Math.max(phases.get(phase) ?? 0, v));
  };
  const timer = setInterval(sample, 100);
  sample();
  return {
    phase(name) {
      sample();
      phase = name;
      phases.set(name, rssMb(pid) ?? 0);
    },
    peak: (name) => phases.get(name) ?? null,
    overall: () => overall,
    stop: () => clearInterval(timer),
  };
}

// ---------------------------------------------------------------------------------------------- database

function adminUrl(url) {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}

async function ensureDatabase(url) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new HarnessError(`unexpected database name "${name}"`);
  const admin = new pg.Client({ connectionString: adminUrl(url) });
  await admin.connect();
  try {
    const { rows } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rows.length === 0) {
      log(`creating database ${name}`);
      await admin.query(`CREATE DATABASE "${name}"`);
      return true;
    }
    return false;
  } finally {
    await admin.end();
  }
}

async function findWorkspace(db) {
  const {
    rows: [t],
  } = await db.query(`SELECT to_regclass('public.workspaces') IS NOT NULL AS ok`);
  if (!t.ok) return null;
  const { rows } = await db.query(
    `SELECT id, timezone, reporting_cadence AS cadence, report_due_day AS "dueDay" FROM workspaces WHERE code = $1`,
    [WORKSPACE],
  );
  return rows[0] ?? null;
}

async function datasetCounts(db, ws) {
  const one = async (sql) => (await db.query(sql, [ws])).rows[0].n;
  return {
    tasks: await one(`SELECT count(*)::int AS n FROM tasks WHERE workspace_id = $1`),
    milestones: await one(`SELECT count(*)::int AS n FROM milestones WHERE workspace_id = $1`),
    reports: await one(`SELECT count(*)::int AS n FROM progress_reports WHERE workspace_id = $1`),
    units: await one(`SELECT count(*)::int AS n FROM units WHERE workspace_id = $1`),
    people: await one(`SELECT count(*)::int AS n FROM people WHERE workspace_id = $1`),
    regions: await one(`SELECT count(DISTINCT region_code)::int AS n FROM tasks WHERE workspace_id = $1`),
    sectors: await one(
      `SELECT count(DISTINCT sector_code)::int AS n FROM task_sectors WHERE workspace_id = $1`,
    ),
    measures: await one(`SELECT count(*)::int AS n FROM measures WHERE workspace_id = $1`),
    auditEvents: await one(`SELECT count(*)::int AS n FROM audit_events WHERE workspace_id = $1`),
  };
}

// CPU seconds the process has used so far (user + system), from /proc/<pid>/stat at 100 ticks a second.
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

// autocannon drops the requests still in flight when a run ends, but the server goes on working on them.
// Wait until the database has no active statement from anyone else in this database (the server) and the
// server's CPU is idle, so the next run does not pay for the last one's leftovers (reported as "drain").
async function settle(db, pid) {
  const t = performance.now();
  while (performance.now() - t < 180_000) {
    const {
      rows: [{ n }],
    } = await db.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND state = 'active' AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
    );
    const cpu = cpuSeconds(pid);
    await sleep(300);
    if (n === 0 && cpuSeconds(pid) - cpu < 0.03) break;
  }
  return performance.now() - t;
}

// ---------------------------------------------------------------------------------------------- the compiled API

// The SQL the dashboard really sends, taken from the compiled repository rather than copied here, so the
// database floor follows the code when the lead changes it.
function loadApi() {
  require('reflect-metadata');
  const contracts = require('@plan/contracts');
  const { DashboardRepository } = require(join(API_DIST, 'modules/dashboard/dashboard.repository.js'));
  const { DashboardService } = require(join(API_DIST, 'modules/dashboard/dashboard.service.js'));
  const { TasksRepository } = require(join(API_DIST, 'modules/tasks/tasks.repository.js'));
  const { decodeCursor, encodeCursor } = require(join(API_DIST, 'modules/tasks/task-cursor.js'));
  const { TaskStatusService } = require(join(API_DIST, 'modules/tasks/task-status.service.js'));
  return {
    contracts,
    DashboardRepository,
    DashboardService,
    TasksRepository,
    TaskStatusService,
    decodeCursor,
    encodeCursor,
  };
}

// As DashboardService.summaryWith() computes it: the latest closed period is the "reports missing" window.
function dashboardWindow(api, settings) {
  const { contracts: c } = api;
  const today = c.todayIn(settings.timezone);
  const period = c.latestClosedPeriod(today, settings.cadence, settings.dueDay);
  return {
    today,
    window: {
      period,
      start: c.periodStart(period, settings.cadence),
      end: c.periodEnd(period, settings.cadence),
    },
  };
}

// A stand-in for TypeORM's manager/DataSource: records each statement, optionally runs it through pg.
function recorder(client) {
  const calls = [];
  const query = async (sql, params = []) => {
    if (!client) {
      // capture only: one empty-ish row keeps callers that read rows[0] going
      calls.push({ sql, params });
      return [{ n: 0 }];
    }
    const t = performance.now();
    const r = await client.query(sql, params);
    calls.push({ sql, params, ms: performance.now() - t, rows: r.rowCount, bytes: null });
    return r.rows;
  };
  return { calls, query, manager: { query } };
}

async function floorSql(api, ws, settings) {
  const rec = recorder(null);
  const repo = new api.DashboardRepository(rec);
  await repo.counts(ws, {}, dashboardWindow(api, settings).window, rec.manager);
  if (rec.calls.length !== 1) throw new HarnessError('could not capture the dashboard aggregate SQL');
  return rec.calls[0];
}

// ---------------------------------------------------------------------------------------------- load

// One measurement: a warm-up run, then `between()` (the harness waits for the server to go idle, so the
// measured window does not pay for requests the warm-up left in flight), then the measured run with
// `probe` sampling around it. Latency percentiles are computed here from every 2xx response time, because
// autocannon's summary has p97.5 but no p95.
async function load({
  url,
  connections,
  duration,
  warmup,
  headers = {},
  method = 'GET',
  requests,
  between,
  probe,
}) {
  const opts = {
    url,
    connections,
    method,
    headers,
    requests,
    // a slow endpoint must show up as latency, not as a client-side timeout
    timeout: 120,
  };
  // autocannon copies keys even when undefined, which would replace its own defaults
  for (const k of Object.keys(opts)) if (opts[k] === undefined) delete opts[k];
  await autocannon({ ...opts, duration: warmup });
  if (between) await between();
  const latencies = [];
  probe?.start();
  const instance = autocannon({ ...opts, duration });
  instance.on('response', (_client, status, _bytes, ms) => {
    if (status >= 200 && status < 300) latencies.push(ms);
  });
  const r = await instance;
  const sampled = probe?.stop();
  const s = stats(latencies);
  const ok = r['2xx'];
  return {
    ...s,
    ok,
    rps: ok / r.duration,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    statusCodes: r.statusCodeStats,
    seconds: r.duration,
    ...sampled,
  };
}

// What the server and the database are doing during a measured run: CPU of the server process and of this
// database's backends (100% = one core), and what the busy backends wait on (pg_stat_activity every 250 ms:
// average number of backends per state/wait event; "CPU" = running, no wait event).
function probeFor(probeDb, serverPid) {
  let timer;
  let busy = false;
  let samples = 0;
  let counts = new Map();
  let t0 = 0;
  let cpu0 = 0;
  let pg0 = new Map();
  const backends = async () => {
    const { rows } = await probeDb.query(
      `SELECT pid, state, COALESCE(wait_event_type || ':' || wait_event, 'CPU') AS w FROM pg_stat_activity
        WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
    );
    return rows;
  };
  return {
    async prepare() {
      pg0 = new Map((await backends()).map((r) => [r.pid, cpuSeconds(r.pid)]));
    },
    start() {
      samples = 0;
      counts = new Map();
      t0 = performance.now();
      cpu0 = cpuSeconds(serverPid);
      timer = setInterval(async () => {
        if (busy) return;
        busy = true;
        try {
          const rows = await backends();
          samples++;
          for (const r of rows) {
            if (!pg0.has(r.pid)) pg0.set(r.pid, 0); // opened during the run: all its CPU is the run's
            if (r.state === 'idle') continue;
            const k = `${r.state === 'active' ? '' : `${r.state} `}${r.w}`;
            counts.set(k, (counts.get(k) ?? 0) + 1);
          }
        } catch {
          // a missed sample is fine
        } finally {
          busy = false;
        }
      }, 250);
    },
    stop() {
      clearInterval(timer);
      const wall = (performance.now() - t0) / 1000;
      let pgCpu = 0;
      for (const [pid, before] of pg0) pgCpu += Math.max(0, cpuSeconds(pid) - before);
      const waits = [...counts]
        .map(([k, v]) => [k, round(v / Math.max(1, samples), 2)])
        .sort((a, b) => b[1] - a[1]);
      return {
        nodeCpu: round((100 * (cpuSeconds(serverPid) - cpu0)) / wall, 0),
        pgCpu: round((100 * pgCpu) / wall, 0),
        dbBusy: round(
          waits.reduce((sum, [, v]) => sum + v, 0),
          1,
        ),
        waits: Object.fromEntries(waits.slice(0, 5)),
      };
    },
  };
}

// The database floor: the same aggregate SQL, closed loop, from N pooled clients.
async function dbLoad(url, q, connections, duration, warmup, probe) {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  const phase = async (seconds, record) => {
    const latencies = [];
    let errors = 0;
    let stop = false;
    const started = performance.now();
    const timer = setTimeout(() => (stop = true), seconds * 1000);
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (!stop) {
          const t = performance.now();
          try {
            await pool.query(q.sql, q.params);
            if (record) latencies.push(performance.now() - t);
          } catch {
            errors++;
          }
        }
      }),
    );
    clearTimeout(timer);
    return { latencies, errors, seconds: (performance.now() - started) / 1000 };
  };
  try {
    await phase(warmup, false);
    await probe?.prepare();
    probe?.start();
    const r = await phase(duration, true);
    const sampled = probe?.stop();
    const s = stats(r.latencies);
    return {
      ...s,
      ok: s.n,
      rps: s.n / r.seconds,
      non2xx: r.errors,
      errors: r.errors,
      timeouts: 0,
      seconds: r.seconds,
      ...sampled,
    };
  } finally {
    await pool.end();
  }
}

// ---------------------------------------------------------------------------------------------- the server

async function startServer(url, env, logName = 'server.log') {
  const port = await freePort();
  mkdirSync(RESULTS, { recursive: true });
  // The server logs every request (pino): to a file, so a full pipe can never stall it.
  const logPath = join(RESULTS, logName);
  const out = openSync(logPath, 'w');
  const spawned = performance.now();
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: url },
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  let exited = null;
  child.on('exit', (code, signal) => (exited = { code, signal }));
  const base = `http://127.0.0.1:${port}`;
  const sampler = rssSampler(child.pid);
  sampler.phase('start');
  for (;;) {
    if (exited) {
      sampler.stop();
      const tail = readFileSync(logPath, 'utf8').split('\n').slice(-30).join('\n');
      throw new HarnessError(`the server exited (${JSON.stringify(exited)}) before it was ready:\n${tail}`);
    }
    if (performance.now() - spawned > 180_000) {
      child.kill('SIGKILL');
      throw new HarnessError('the server was not ready within 180 s');
    }
    try {
      const r = await fetch(`${base}/api/health`);
      await r.arrayBuffer();
      if (r.status === 200) break;
    } catch {
      // not listening yet
    }
    await sleep(25);
  }
  const readyMs = performance.now() - spawned;
  const stop = async () => {
    sampler.stop();
    if (exited || child.killed) return;
    child.kill('SIGTERM');
    for (let i = 0; i < 100 && !exited; i++) await sleep(50);
    if (!exited) child.kill('SIGKILL');
  };
  return { base, pid: child.pid, readyMs, sampler, stop, logPath, exited: () => exited };
}

const csrfTokens = new Map();

async function login(base, username, password) {
  const r = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const text = await r.text();
  if (r.status !== 200)
    throw new HarnessError(`login as ${username} failed: ${r.status} ${text.slice(0, 200)}`);
  const cookie = r.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  if (!cookie) throw new HarnessError(`login as ${username} set no cookie`);
  // a write carries the session's CSRF token (sent in the login answer)
  const token = JSON.parse(text).csrfToken;
  if (token) csrfTokens.set(cookie, token);
  return cookie;
}

async function getJson(base, path, cookie) {
  const t = performance.now();
  const r = await fetch(base + path, { headers: { cookie } });
  const text = await r.text();
  const ms = performance.now() - t;
  if (r.status !== 200) throw new HarnessError(`GET ${path}: ${r.status} ${text.slice(0, 300)}`);
  return { body: JSON.parse(text), ms, bytes: Buffer.byteLength(text) };
}

// Walks the cursor chain from the top, WALK_LIMIT rows a page, to the cursor that starts at row DEEP_ROW.
async function deepCursor(base, cookie) {
  let cursor = null;
  const times = [];
  for (let rows = 0; rows < DEEP_ROW; rows += WALK_LIMIT) {
    const q = `/api/tasks?limit=${WALK_LIMIT}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const { body, ms } = await getJson(base, q, cookie);
    times.push(ms);
    if (!body.nextCursor)
      throw new HarnessError(
        `the task list ended after ${rows + body.items.length} rows, before row ${DEEP_ROW}`,
      );
    cursor = body.nextCursor;
  }
  return { cursor, pages: times.length, walk: stats(times) };
}

// (task, period) pairs the API will accept a new report for, each with the staff member who files it: staff of
// up to FILERS units (one person per unit, as at a reporting deadline when many units file at once), each
// for a live task their unit leads, the period not before the task's start nor after the current period, and
// no live report holding it yet. Current period first, spread over the table by hash so concurrent requests
// rarely queue on the same task lock.
const FILERS = 64;

async function filingPairs(db, ws, api, settings, count) {
  const today = api.contracts.todayIn(settings.timezone);
  const current = api.contracts.periodOf(today, settings.cadence);
  const { rows } = await db.query(
    `WITH filers AS (
       SELECT DISTINCT ON (s.unit_id) s.username, s.unit_id
         FROM people s
        WHERE s.workspace_id = $1 AND s.role = 'staff' AND s.active
        ORDER BY s.unit_id, s.username
        LIMIT $4)
     SELECT f.username, t.id, p.period
       FROM filers f
       JOIN tasks t ON t.workspace_id = $1 AND t.lead_unit_id = f.unit_id AND t.archived_at IS NULL
       CROSS JOIN LATERAL (
         SELECT to_char(d, 'YYYY-MM') AS period
           FROM generate_series(date_trunc('month', t.start_date), $2::date, interval '1 month') d) p
      WHERE NOT EXISTS (SELECT 1 FROM progress_reports pr
                         WHERE pr.task_id = t.id AND pr.period = p.period AND pr.status <> 'returned')
      ORDER BY p.period DESC, md5(t.id::text)
      LIMIT $3`,
    [ws, api.contracts.periodStart(current, settings.cadence), count, FILERS],
  );
  return rows.filter((r) => api.contracts.isPeriodForCadence(r.period, settings.cadence));
}

async function filerIds(db, ws, usernames) {
  const { rows } = await db.query(
    `SELECT id FROM people WHERE workspace_id = $1 AND username = ANY($2::text[])`,
    [ws, usernames],
  );
  return rows.map((r) => r.id);
}

// Sessions for the people who file (logged in once per run).
async function filerSessions(base, pairs, password, sessions) {
  for (const name of new Set(pairs.map((p) => p.username)))
    if (!sessions.has(name)) sessions.set(name, await login(base, name, password));
  return sessions;
}

// The ledger export: one request, time to last byte, the bytes, and the server's peak RSS meanwhile.
async function ledgerExport(base, cookie, server) {
  const path = '/api/exports/ledger.xlsx';
  const before = rssMb(server.pid);
  server.sampler.phase('export');
  const t = performance.now();
  let r;
  try {
    r = await fetch(base + path, { headers: { cookie }, signal: AbortSignal.timeout(300_000) });
  } catch (e) {
    return {
      available: true,
      ok: false,
      error: String(e),
      ms: performance.now() - t,
      before,
      peak: server.sampler.peak('export'),
    };
  }
  if (r.status === 404) {
    await r.arrayBuffer();
    return { available: false, status: 404, before };
  }
  let bytes = 0;
  let first = null;
  try {
    for await (const chunk of r.body) {
      if (first === null) first = performance.now() - t;
      bytes += chunk.length;
    }
  } catch (e) {
    return {
      available: true,
      ok: false,
      status: r.status,
      error: String(e),
      ms: performance.now() - t,
      bytes,
      before,
      peak: server.sampler.peak('export'),
    };
  }
  const ms = performance.now() - t;
  await sleep(200);
  return {
    available: true,
    ok: r.status === 200,
    status: r.status,
    contentType: r.headers.get('content-type'),
    ms,
    firstByteMs: first,
    bytes,
    before,
    peak: server.sampler.peak('export'),
  };
}

// ---------------------------------------------------------------------------------------------- breakdown

// Where the dashboard's time goes: each statement DashboardService.summaryWith() sends, timed one at a time
// through pg (median of 3), plus the trend computation in JS, and EXPLAIN ANALYZE for each into explain.txt.
async function breakdown(url, api, ws, settings, fixtures) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const lines = [];
  const out = { dashboard: {}, list: {}, detail: null };
  try {
    const { window, today } = dashboardWindow(api, settings);
    const filters = {
      'no filter': {},
      [`region=${REGION}`]: { region: [REGION] },
      [`sector=${SECTOR}`]: { sector: [SECTOR] },
      [`measure=${MEASURE}&region=${REGION}`]: { measure: [MEASURE], region: [REGION] },
    };
    const c = api.contracts;
    let firstTrend = c.periodOf(today, settings.cadence);
    const lastTrend = firstTrend;
    for (let k = 1; k < c.TREND_PERIODS; k++) firstTrend = c.previousPeriod(firstTrend, settings.cadence);
    const trendPeriods = c
      .periodsBetween(firstTrend, lastTrend, settings.cadence)
      .map((period) => ({ period, end: c.periodEnd(period, settings.cadence) }));
    // as the server runs them (DashboardService.summaryWith): JIT off
    await client.query('SET jit = off');
    const time3 = async (sql, params) => {
      const ms = [];
      let r;
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        r = await client.query(sql, params);
        ms.push(performance.now() - t);
      }
      ms.sort((a, b) => a - b);
      return { ms: ms[1], rows: r.rowCount, result: r.rows };
    };
    const explain = async (title, sql, params) => {
      const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
      lines.push(
        `==== ${title}`,
        sql.trim(),
        `-- params: ${JSON.stringify(params).slice(0, 300)}`,
        ...rows.map((r) => r['QUERY PLAN']),
        '',
      );
    };
    for (const [label, f] of Object.entries(filters)) {
      const rec = recorder(null);
      const repo = new api.DashboardRepository(rec);
      const names = ['counts', 'measures', 'regions', 'sectors', 'trend', 'upcomingMilestones', 'behind'];
      await repo.counts(ws, f, window, rec.manager);
      await repo.measures(ws, rec.manager);
      await repo.regions(rec.manager);
      await repo.sectors(rec.manager);
      // captured with an empty answer
      await repo.trend(ws, f, trendPeriods, settings.cadence, {
        query: async (sql, params) => (rec.calls.push({ sql, params }), []),
      });
      await repo.upcomingMilestones(
        ws,
        f,
        today,
        c.addDays(today, c.UPCOMING_MILESTONE_DAYS),
        c.DASHBOARD_LIST_LIMIT,
        rec.manager,
      );
      await repo.behind(ws, f, c.DASHBOARD_LIST_LIMIT, rec.manager);
      const parts = {};
      for (let i = 0; i < rec.calls.length; i++) {
        const { sql, params } = rec.calls[i];
        const t = await time3(sql, params);
        const part = { ms: round(t.ms), rows: t.rows };
        parts[names[i]] = part;
        if (label === 'no filter' || names[i] === 'trend' || names[i] === 'counts')
          await explain(`dashboard ${label}: ${names[i]}`, sql, params);
      }
      out.dashboard[label] = parts;
    }

    // the task list: first page and the deep page, each with its count(*)
    for (const [label, cursor] of [
      ['first page', null],
      [`row ${DEEP_ROW}`, fixtures.deepCursor],
    ]) {
      const rec = recorder(null);
      const repo = new api.TasksRepository(rec);
      const after = cursor ? api.decodeCursor('code', cursor) : null;
      await repo.list(ws, {}, 'code', c.TASK_LIST_DEFAULT_LIMIT, after);
      await repo.count(ws, {});
      const [list, count] = rec.calls;
      out.list[label] = {
        page: round((await time3(list.sql, list.params)).ms),
        count: round((await time3(count.sql, count.params)).ms),
      };
      await explain(`task list ${label}: page`, list.sql, list.params);
      if (!cursor) await explain('task list: count', count.sql, count.params);
    }

    // task detail: the statements TasksRepository.detail() sends, against the real database (a pool:
    // detail() sends three of them at once)
    const detailPool = new pg.Pool({ connectionString: url, max: 4 });
    const rec = recorder(detailPool);
    const repo = new api.TasksRepository({ manager: rec.manager, query: rec.query });
    await repo.detail(ws, fixtures.taskId, rec.manager);
    out.detail = rec.calls.map((x) => ({
      ms: round(x.ms),
      rows: x.rows,
      sql: x.sql.replace(/\s+/g, ' ').slice(0, 90),
    }));
    await explain('task detail: main row', rec.calls[0].sql, rec.calls[0].params);
    await detailPool.end();

    // how the daily status refresh (TaskStatusService) walks the tasks, one batch
    await explain(
      'daily status refresh: one batch of task ids',
      `SELECT id FROM tasks WHERE workspace_id = $1 AND id > $2::uuid ORDER BY id LIMIT 2000`,
      [ws, '00000000-0000-0000-0000-000000000000'],
    );
  } finally {
    await client.end();
  }
  writeFileSync(join(RESULTS, 'explain.txt'), lines.join('\n'));
  return out;
}

// The daily status refresh (TaskStatusService.ensureFresh) statement by statement. It runs the compiled
// service in a transaction that is rolled back, with a workspace clock one day off (a time zone whose date
// differs from the workspace's), so every task counts as stale without touching the data.
async function refreshBreakdown(url, api, ws, settings) {
  const c = api.contracts;
  const today = c.todayIn(settings.timezone);
  const timezone = ['Pacific/Kiritimati', 'Etc/GMT+12'].find((tz) => c.todayIn(tz) !== today);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const calls = [];
  const manager = {
    query: async (sql, params) => {
      const t = performance.now();
      const r = await client.query(sql, params);
      calls.push({ sql: sql.replace(/\s+/g, ' ').trim(), ms: performance.now() - t, rows: r.rowCount });
      return r.rows;
    },
  };
  const dataSource = {
    manager,
    query: manager.query,
    transaction: async (fn) => {
      await client.query('BEGIN');
      try {
        return await fn(manager);
      } finally {
        await client.query('ROLLBACK');
      }
    },
  };
  const workspaces = { settings: async () => ({ ...settings, id: ws, timezone }) };
  try {
    const service = new api.TaskStatusService(dataSource, workspaces);
    const before = (await client.query(`SELECT status_as_of FROM workspaces WHERE id = $1`, [ws])).rows[0];
    const t = performance.now();
    // the whole pass, waited for (the server runs it in the background)
    await service.ensureFresh(ws, true);
    const total = performance.now() - t;
    // the pass ends by marking the workspace refreshed for its (shifted) day, outside the rolled-back batches
    await client.query(`UPDATE workspaces SET status_as_of = $2 WHERE id = $1`, [ws, before.status_as_of]);
    const kinds = [
      ['task id batches', /ORDER BY id LIMIT/],
      ['mark workspace', /^UPDATE workspaces/],
      ['read mark', /SELECT to_char\(status_as_of/],
      ['UPDATE tasks', /^UPDATE tasks/],
      ['SELECT tasks', /FROM tasks WHERE id = ANY/],
      ['SELECT milestones', /FROM milestones/],
      ['SELECT reports', /FROM progress_reports/],
    ];
    const parts = {};
    for (const call of calls) {
      const kind = kinds.find(([, re]) => re.test(call.sql))?.[0] ?? 'other';
      const p = (parts[kind] ??= { n: 0, ms: 0 });
      p.n++;
      p.ms += call.ms;
    }
    for (const p of Object.values(parts)) p.ms = round(p.ms, 0);
    const sqlMs = calls.reduce((sum, x) => sum + x.ms, 0);
    return {
      asOf: c.todayIn(timezone),
      totalMs: round(total, 0),
      sqlMs: round(sqlMs, 0),
      jsMs: round(total - sqlMs, 0),
      parts,
    };
  } catch (e) {
    return { error: String(e) };
  } finally {
    await client.end();
    // the rolled-back UPDATEs left a dead version of every task row
    const v = new pg.Client({ connectionString: url });
    await v.connect();
    await v.query('VACUUM (ANALYZE) tasks');
    await v.end();
  }
}

// ---------------------------------------------------------------------------------------------- report

const TARGETS = {
  dash: { p95: 50, healthShare: 0.3 },
  list: { p95: 30 },
  detail: { p95: 20 },
  filing: { rps: 300 },
  export: { ms: 15_000, rssMb: 350 },
  startMs: 10_000,
};

function judge(row, health) {
  if (row.connections !== 16 || !row.kind) return { target: '', result: '' };
  const errs = row.non2xx + (row.errors ?? 0);
  const clean = errs === 0 && row.ok > 0;
  let target;
  let pass;
  switch (row.kind) {
    case 'dash': {
      target = `p95≤${TARGETS.dash.p95} & ≥${TARGETS.dash.healthShare * 100}% health`;
      pass =
        row.p95 !== null &&
        row.p95 <= TARGETS.dash.p95 &&
        health &&
        row.rps >= TARGETS.dash.healthShare * health.rps;
      break;
    }
    case 'list':
      target = `p95≤${TARGETS.list.p95} ms`;
      pass = row.p95 !== null && row.p95 <= TARGETS.list.p95;
      break;
    case 'detail':
      target = `p95≤${TARGETS.detail.p95} ms`;
      pass = row.p95 !== null && row.p95 <= TARGETS.detail.p95;
      break;
    case 'filing':
      target = `≥${TARGETS.filing.rps} req/s`;
      pass = row.rps >= TARGETS.filing.rps;
      break;
    default:
      return { target: '', result: '' };
  }
  const result =
    row.ok === 0 ? 'FAIL (none completed)' : pass && clean ? 'PASS' : clean ? 'FAIL' : 'FAIL (errors)';
  return { target, result };
}

function printTable(rows, duration) {
  const none = (r, f) => (r.ok === 0 && r.key !== 'export' ? `none in ${duration} s` : f(r));
  const cols = [
    ['endpoint', (r) => r.label, 'l'],
    ['conn', (r) => r.connections ?? '', 'r'],
    ['p50 ms', (r) => none(r, (x) => fmt(x.p50)), 'r'],
    ['p95 ms', (r) => (r.ok === 0 ? '' : fmt(r.p95)), 'r'],
    ['p99 ms', (r) => (r.ok === 0 ? '' : fmt(r.p99)), 'r'],
    ['req/s', (r) => fmt(r.rps), 'r'],
    ['non-2xx', (r) => (r.non2xx === undefined ? '' : r.non2xx + (r.errors ? `+${r.errors}err` : '')), 'r'],
    [
      'rps÷health',
      (r) =>
        r.healthRatio === undefined || r.healthRatio === null ? '' : `${(r.healthRatio * 100).toFixed(1)}%`,
      'r',
    ],
    [
      'p95÷db p95',
      (r) => (r.dbRatio === undefined || r.dbRatio === null ? '' : `${r.dbRatio.toFixed(1)}×`),
      'r',
    ],
    ['RSS MB', (r) => (r.rssMb ? Math.round(r.rssMb) : ''), 'r'],
    ['node%', (r) => r.nodeCpu ?? '', 'r'],
    ['pg%', (r) => r.pgCpu ?? '', 'r'],
    ['load', (r) => (r.load1 === undefined ? '' : r.load1.toFixed(1)), 'r'],
    ['target (16 conn)', (r) => r.target ?? '', 'l'],
    ['result', (r) => r.result ?? '', 'l'],
  ];
  const cells = rows.map((r) => cols.map(([, f]) => String(f(r))));
  const widths = cols.map(([h], i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (vals) =>
    vals
      .map((v, i) => (cols[i][2] === 'r' ? v.padStart(widths[i]) : v.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  console.log(line(cols.map(([h]) => h)));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}

function fmt(x) {
  if (x === null || x === undefined) return '';
  if (typeof x === 'string') return x;
  return x >= 100 ? x.toFixed(0) : x.toFixed(1);
}

// ---------------------------------------------------------------------------------------------- main

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const url = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/luoshi_bench';
  const password = process.env.DEMO_PASSWORD || 'luoshi-demo';
  const want = (key) => !opts.only || opts.only.has(key);
  const startedAt = new Date();
  const report = {
    startedAt: startedAt.toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryMb: Math.round(totalmem() / MB),
      node: process.version,
    },
    database: url.replace(/\/\/[^@/]*@/, '//***@'),
    options: { duration: opts.duration, warmup: opts.warmup, connections: opts.connections },
    notes: [],
  };
  mkdirSync(RESULTS, { recursive: true });

  // 1. build: everything `npm start` serves, so the numbers are for what ships
  if (opts.build) {
    log('building (npm run build) …');
    const b = runQuiet('npm', ['run', 'build']);
    report.build = { seconds: round(b.seconds) };
    log(`built in ${b.seconds.toFixed(1)} s`);
  } else if (!existsSync(MAIN)) {
    throw new HarnessError(`${MAIN} does not exist: run without --no-build`);
  }

  // 2. database and data
  await ensureDatabase(url);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    report.postgres = (await db.query('SHOW server_version')).rows[0].server_version;
    let ws = await findWorkspace(db);
    if (!ws || opts.reseed) {
      const args = [
        SEED_CLI,
        '--scale',
        'national',
        ...(ws ? ['--reset'] : []),
        ...(opts.seed ? ['--seed', opts.seed] : []),
      ];
      log(`seeding national scale (${args.slice(1).join(' ')}) …`);
      const s = runQuiet(process.execPath, args, {
        ...process.env,
        DATABASE_URL: url,
        DEMO_PASSWORD: password,
      });
      const summary = s.out.trim().split('\n').pop();
      log(summary);
      // Freshly bulk-loaded tables: give the planner statistics and the visibility map, as autovacuum
      // would within minutes, so the first runs do not measure a state production never stays in.
      const v = performance.now();
      await db.query(
        'VACUUM (ANALYZE) tasks, milestones, progress_reports, task_sectors, task_units, units, people, task_list_items, task_trend_steps',
      );
      report.seed = {
        ran: true,
        seconds: round(s.seconds),
        reportedSeconds: Number(/in ([\d.]+) s$/.exec(summary)?.[1] ?? NaN),
        summary,
        vacuumSeconds: round((performance.now() - v) / 1000),
        target: '< 180 s',
        result: s.seconds < 180 ? 'PASS' : 'FAIL',
      };
      ws = await findWorkspace(db);
      if (!ws) throw new HarnessError('seeding finished but the national workspace is missing');
    } else {
      report.seed = { ran: false, summary: 'workspace present, not reseeded (--reseed forces)' };
      log('national workspace present; not reseeding (--reseed forces)');
    }
    const wsId = ws.id;
    report.dataset = await datasetCounts(db, wsId);
    log(`dataset: ${JSON.stringify(report.dataset)}`);
    if (report.dataset.tasks !== EXPECTED_TASKS)
      report.notes.push(`dataset has ${report.dataset.tasks} tasks, not ${EXPECTED_TASKS}`);

    const api = loadApi();
    const settings = ws;

    // 3. the first request of a day starts the daily status pass over every task (TaskStatusService): clear
    // the workspace's mark of the last pass as midnight does, so that cost is measured rather than hidden by
    // an earlier run. (Rows with no status_as_of at all have never been computed, e.g. straight after the
    // seed: the first request computes those before answering.)
    if (opts.cold) {
      const r = await db.query(
        `UPDATE workspaces SET status_as_of = NULL WHERE id = $1 AND status_as_of IS NOT NULL`,
        [wsId],
      );
      // and let the refresh reuse the space of the row versions this just replaced, as it would daily
      await db.query('VACUUM tasks');
      log(`marked the workspace's statuses ${r.rowCount ? 'stale' : 'stale already'} (as at midnight)`);
    }

    // 4. start the server as production does and time it to the first healthy answer
    log('starting the server …');
    // the filing scenario logs in one staff member per filing unit: more logins than a person's rate
    const server = await startServer(url, { DEMO_PASSWORD: password, LOGIN_RATE_LIMIT: '1000' });
    report.startReadyMs = round(server.readyMs, 0);
    log(`ready in ${server.readyMs.toFixed(0)} ms (spawn → /api/health 200)`);
    const rows = [];
    let filedSince = null;
    // the people who file reports in the filing scenario, by username → session cookie
    const filers = new Map();
    let exportServer = null;
    // a second connection for sampling pg_stat_activity while the harness's own waits on other things
    const probeDb = new pg.Client({ connectionString: url });
    await probeDb.connect();
    try {
      const leader = await login(server.base, 'leader', password);

      // The first request after start starts the daily status refresh in the background (any endpoint
      // calling ensureFresh: a one-row task list is the cheapest), then the first dashboard pays cold caches.
      server.sampler.phase('first request');
      const refreshStarted = performance.now();
      const refresh = await getJson(server.base, '/api/tasks?limit=1', leader);
      const first = await getJson(server.base, '/api/dashboard/summary', leader);
      report.firstRequest = { ms: round(refresh.ms, 0), cold: opts.cold };
      // when the background pass has marked the workspace refreshed for today
      for (;;) {
        const {
          rows: [{ done }],
        } = await db.query(
          `SELECT status_as_of IS NOT DISTINCT FROM (now() AT TIME ZONE $2)::date AS done FROM workspaces WHERE id = $1`,
          [wsId, settings.timezone],
        );
        if (done || performance.now() - refreshStarted > 300_000) break;
        await sleep(200);
      }
      report.backgroundRefreshMs = round(performance.now() - refreshStarted, 0);
      log(
        `background status refresh finished ${(report.backgroundRefreshMs / 1000).toFixed(1)} s after the first request`,
      );
      report.firstDashboard = { ms: round(first.ms, 0), bytes: first.bytes, tasks: first.body.totals?.tasks };
      log(
        `first request (${opts.cold ? 'starts the daily status refresh in the background' : 'statuses already fresh'}): ${refresh.ms.toFixed(0)} ms`,
      );
      log(
        `first dashboard: ${first.ms.toFixed(0)} ms, ${(first.bytes / 1024).toFixed(0)} KB, totals.tasks=${first.body.totals?.tasks}`,
      );
      rows.push({
        key: 'first',
        label: `first request of the day${opts.cold ? ' (refresh starts in background)' : ' (warm)'}, GET /api/tasks?limit=1`,
        connections: 1,
        p50: refresh.ms,
        p95: null,
        p99: null,
        rps: null,
        non2xx: 0,
        rssMb: server.sampler.peak('first request'),
        load1: loadavg()[0],
      });
      rows.push({
        key: 'first-dash',
        label: 'dashboard summary, first after start',
        connections: 1,
        p50: first.ms,
        p95: null,
        p99: null,
        rps: null,
        non2xx: 0,
        rssMb: server.sampler.peak('first request'),
        load1: loadavg()[0],
      });
      if (opts.cold) {
        // the refresh rewrote every task row; settle as autovacuum would before measuring steady state
        await db.query('VACUUM (ANALYZE) tasks');
      }

      // fixtures
      const {
        rows: [task],
      } = await db.query(
        `SELECT t.id, t.code FROM tasks t WHERE t.workspace_id = $1 AND t.archived_at IS NULL AND t.latest_report_id IS NOT NULL
            AND EXISTS (SELECT 1 FROM milestones ms WHERE ms.task_id = t.id) ORDER BY t.code LIMIT 1`,
        [wsId],
      );
      const fixtures = { taskId: task.id, taskCode: task.code, deepCursor: null };
      // every live task, for the runs that ask for a different page or task each time (mostly not cached)
      const { rows: liveTasks } = await db.query(
        `SELECT id, code FROM tasks WHERE workspace_id = $1 AND archived_at IS NULL`,
        [wsId],
      );
      const randomTask = () => liveTasks[Math.floor(Math.random() * liveTasks.length)];
      if (want('list-deep') || (opts.explain && !opts.only)) {
        log(
          `walking the cursor chain to row ${DEEP_ROW} (${DEEP_ROW / WALK_LIMIT} pages of ${WALK_LIMIT}) …`,
        );
        server.sampler.phase('cursor walk');
        const walk = await deepCursor(server.base, leader);
        fixtures.deepCursor = walk.cursor;
        report.cursorWalk = {
          pages: walk.pages,
          limit: WALK_LIMIT,
          p50: round(walk.walk.p50),
          p95: round(walk.walk.p95),
          max: round(walk.walk.max),
        };
        log(
          `walked ${walk.pages} pages: p50 ${walk.walk.p50.toFixed(1)} ms, p95 ${walk.walk.p95.toFixed(1)} ms, max ${walk.walk.max.toFixed(1)} ms`,
        );
      }
      report.fixtures = {
        taskCode: fixtures.taskCode,
        taskId: fixtures.taskId,
        region: REGION,
        sector: SECTOR,
        measure: MEASURE,
      };

      const http = (key, label, kind, path, extra = {}) => ({ key, label, kind, path, ...extra });
      const scenarios = [
        http('health', 'GET /api/health (framework floor)', null, '/api/health', { anonymous: true }),
        { key: 'db-floor', label: 'dashboard aggregate SQL via pg (db floor)', db: true },
        http('dash', 'dashboard summary, no filter', 'dash', '/api/dashboard/summary'),
        http(
          'dash-region',
          `dashboard summary, region=${REGION}`,
          'dash',
          `/api/dashboard/summary?region=${REGION}`,
        ),
        http(
          'dash-sector',
          `dashboard summary, sector=${SECTOR}`,
          'dash',
          `/api/dashboard/summary?sector=${SECTOR}`,
        ),
        http(
          'dash-measure-region',
          `dashboard summary, measure=${MEASURE}+region`,
          'dash',
          `/api/dashboard/summary?measure=${MEASURE}&region=${REGION}`,
        ),
        http('list-first', 'task list, page 1 (50 rows)', 'list', '/api/tasks'),
        http('list-deep', `task list, row ${DEEP_ROW} by cursor (50 rows)`, 'list', null),
        http('list-random', 'task list, a random page (by cursor; mostly uncached)', 'list', null, {
          randomPath: () => {
            const t = randomTask();
            return `/api/tasks?cursor=${encodeURIComponent(api.encodeCursor('code', { value: t.code, id: t.id }))}`;
          },
        }),
        http('detail', `task detail (${fixtures.taskCode})`, 'detail', `/api/tasks/${fixtures.taskId}`),
        http('detail-random', 'task detail, a random task (mostly uncached)', 'detail', null, {
          randomPath: () => `/api/tasks/${randomTask().id}`,
        }),
        http('file-report', 'file a report (POST, audited)', 'filing', null),
      ];

      const health = {};
      const dbFloor = {};
      for (const sc of scenarios) {
        if (!want(sc.key)) continue;
        for (const connections of opts.connections) {
          const phase = `${sc.key}@${connections}`;
          const probe = probeFor(probeDb, server.pid);
          // the warm-up's leftovers are not this run's: wait for them, then sample from a quiet start
          const between = async () => {
            warmDrain = await settle(db, server.pid);
            await probe.prepare();
            server.sampler.phase(phase);
          };
          let warmDrain = 0;
          let r;
          let note;
          if (sc.db) {
            const q = await floorSql(api, wsId, settings);
            log(`${sc.label} @${connections} …`);
            r = await dbLoad(url, q, connections, opts.duration, opts.warmup, probe);
          } else if (sc.key === 'file-report') {
            // each request files a new report: the next (task, period) pair owed one, as a staff member of its unit
            const need = Math.ceil(2500 * (opts.duration + opts.warmup)) + 64;
            const pairs = await filingPairs(db, wsId, api, settings, need);
            await filerSessions(server.base, pairs, password, filers);
            if (filedSince === null) filedSince = (await db.query('SELECT now() AS t')).rows[0].t;
            let next = 0;
            let exhausted = 0;
            const requests = [
              {
                method: 'POST',
                setupRequest: (req) => {
                  if (next >= pairs.length) exhausted++;
                  const p = pairs[Math.min(next++, pairs.length - 1)];
                  const cookie = filers.get(p.username);
                  return {
                    ...req,
                    headers: { ...req.headers, cookie, 'x-csrf-token': csrfTokens.get(cookie) },
                    path: `/api/tasks/${p.id}/reports`,
                    body: JSON.stringify({
                      period: p.period,
                      reportedState: 'in_progress',
                      progress: 10,
                      submit: false,
                    }),
                  };
                },
              },
            ];
            log(`${sc.label} @${connections} (${pairs.length} fresh pairs) …`);
            r = await load({
              url: server.base,
              connections,
              duration: opts.duration,
              warmup: opts.warmup,
              headers: { 'content-type': 'application/json' },
              requests,
              between,
              probe,
            });
            if (exhausted) note = `ran out of fresh (task, period) pairs: ${exhausted} requests repeated one`;
          } else if (sc.randomPath) {
            log(`${sc.label} @${connections} …`);
            r = await load({
              url: server.base,
              connections,
              duration: opts.duration,
              warmup: opts.warmup,
              headers: { cookie: leader },
              requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: sc.randomPath() }) }],
              between,
              probe,
            });
          } else {
            const path =
              sc.key === 'list-deep'
                ? `/api/tasks?cursor=${encodeURIComponent(fixtures.deepCursor)}`
                : sc.path;
            log(`${sc.label} @${connections} …`);
            r = await load({
              url: server.base + path,
              connections,
              duration: opts.duration,
              warmup: opts.warmup,
              headers: sc.anonymous ? {} : { cookie: leader },
              between,
              probe,
            });
          }
          if (server.exited())
            throw new HarnessError(`the server died during ${phase}: see ${server.logPath}`);
          const rssPeak = sc.db ? null : server.sampler.peak(phase);
          const drainMs = await settle(db, server.pid);
          const row = {
            key: sc.key,
            kind: sc.kind,
            label: sc.label,
            connections,
            p50: r.p50,
            p95: r.p95,
            p99: r.p99,
            max: r.max,
            rps: r.rps,
            ok: r.ok,
            non2xx: r.non2xx,
            errors: r.errors,
            timeouts: r.timeouts,
            statusCodes: r.statusCodes,
            seconds: r.seconds,
            rssMb: rssPeak,
            nodeCpu: sc.db ? null : r.nodeCpu,
            pgCpu: r.pgCpu,
            dbBusy: r.dbBusy,
            waits: r.waits,
            load1: loadavg()[0],
            note,
            warmupDrainMs: round(warmDrain, 0),
            drainMs: round(drainMs, 0),
          };
          if (sc.key === 'health') health[connections] = row;
          if (sc.key === 'db-floor') dbFloor[connections] = row;
          rows.push(row);
          log(
            `  p50 ${fmt(r.p50)}  p95 ${fmt(r.p95)}  p99 ${fmt(r.p99)} ms  ${fmt(r.rps)} req/s  ${r.ok} ok  non-2xx ${r.non2xx}  errors ${r.errors}` +
              `  node ${r.nodeCpu ?? '-'}% pg ${r.pgCpu}% CPU  db busy ${r.dbBusy}  drain ${(warmDrain / 1000).toFixed(1)}+${(drainMs / 1000).toFixed(1)} s${note ? `  (${note})` : ''}`,
          );
        }
      }
      for (const row of rows) {
        if (row.key === 'first' || row.key === 'first-dash' || row.key === 'db-floor') continue;
        const h = health[row.connections];
        if (h && row.key !== 'health') row.healthRatio = row.rps / h.rps;
        const d = dbFloor[row.connections];
        if (row.kind === 'dash' && d && row.p95 !== null) row.dbRatio = row.p95 / d.p95;
        Object.assign(row, judge(row, h));
      }

      report.peakRssMb = round(server.sampler.overall(), 0);
      await server.stop();

      // The ledger export (another engineer is building it: a 404 is reported, not fatal), on a server of its
      // own: after the dashboard runs the old one holds hundreds of MB it never gives back, which would
      // hide what the export itself needs.
      if (want('export')) {
        log('ledger export (fresh server) …');
        exportServer = await startServer(url, { DEMO_PASSWORD: password }, 'server-export.log');
        const cookie = await login(exportServer.base, 'leader', password);
        // the day's status check, so the export pays only for itself
        await getJson(exportServer.base, '/api/tasks?limit=1', cookie);
        const e = await ledgerExport(exportServer.base, cookie, exportServer);
        report.export = e;
        const row = {
          key: 'export',
          kind: 'export',
          label: 'ledger export, all tasks (xlsx)',
          connections: 1,
          load1: loadavg()[0],
        };
        const target = `≤${TARGETS.export.ms / 1000} s & RSS≤${TARGETS.export.rssMb} MB`;
        if (!e.available) {
          Object.assign(row, { p50: 'n/a', target, result: 'not available (404)' });
        } else {
          const pass = e.ok && e.ms <= TARGETS.export.ms && e.peak <= TARGETS.export.rssMb;
          Object.assign(row, {
            p50: e.ms,
            non2xx: e.ok ? 0 : 1,
            rssMb: e.peak,
            target,
            result: e.ok
              ? pass
                ? 'PASS'
                : 'FAIL'
              : e.error
                ? 'FAIL (cut short)'
                : `FAIL (HTTP ${e.status})`,
            note: e.ok
              ? `${(e.bytes / MB).toFixed(1)} MB ${e.contentType?.split(';')[0] ?? ''} in ${(e.ms / 1000).toFixed(1)} s (first byte ${(e.firstByteMs / 1000).toFixed(1)} s); server RSS ${Math.round(e.before)} MB before, ${Math.round(e.peak)} MB peak`
              : `HTTP ${e.status ?? '—'}, ${e.error ?? 'failed'} after ${(e.ms / 1000).toFixed(1)} s and ${((e.bytes ?? 0) / MB).toFixed(1)} MB (see server-export.log)`,
          });
        }
        rows.push(row);
        log(e.available ? `  ${row.note ?? row.result}` : '  not available (404)');
        report.peakRssMb = round(Math.max(report.peakRssMb, exportServer.sampler.overall()), 0);
        await exportServer.stop();
      }

      if (opts.explain && !opts.only) {
        log('per-query breakdown and EXPLAIN ANALYZE …');
        report.breakdown = await breakdown(url, api, wsId, settings, fixtures);
        log('daily status refresh, statement by statement (rolled back) …');
        report.breakdown.statusRefresh = await refreshBreakdown(url, api, wsId, settings);
      }
    } finally {
      await server.stop();
      await exportServer?.stop();
      await probeDb.end();
      if (filedSince !== null && !opts.keepReports) {
        // put the data back as the seed left it, so the next run files the same pairs
        const del = await db.query(
          `WITH gone AS (DELETE FROM progress_reports WHERE workspace_id = $1 AND author_id = ANY($2::uuid[]) AND status = 'draft' AND created_at >= $3 RETURNING id)
           SELECT array_agg(id::text) AS ids, count(*)::int AS n FROM gone`,
          [wsId, await filerIds(db, wsId, [...filers.keys()]), filedSince],
        );
        const ids = del.rows[0].ids ?? [];
        const audit = await db.query(
          `DELETE FROM audit_events WHERE workspace_id = $1 AND entity = 'progress_report' AND entity_id = ANY($2::text[])`,
          [wsId, ids],
        );
        log(`cleaned up ${del.rows[0].n} filed draft reports and ${audit.rowCount} audit events`);
        report.filedReportsRemoved = del.rows[0].n;
      }
    }
    report.rows = rows;
  } finally {
    await db.end();
  }

  // 5. print and write
  const rows = report.rows;
  report.finishedAt = new Date().toISOString();
  const loads = rows.map((r) => r.load1).filter((x) => x !== undefined);
  report.loadavg = { min: round(Math.min(...loads)), max: round(Math.max(...loads)) };
  report.startReady = {
    ms: report.startReadyMs,
    target: `≤${TARGETS.startMs / 1000} s`,
    result: report.startReadyMs <= TARGETS.startMs ? 'PASS' : 'FAIL',
  };
  const failures = rows
    .filter((r) => typeof r.result === 'string' && r.result.startsWith('FAIL'))
    .map((r) => `${r.label} @${r.connections}`);
  if (report.startReady.result === 'FAIL') failures.push('start ready');
  if (report.seed.ran && report.seed.result === 'FAIL') failures.push('seed time');
  report.failures = failures;

  console.log('');
  console.log(
    `Luoshi national-scale bench — ${report.dataset.tasks.toLocaleString('en')} tasks, ${report.dataset.milestones.toLocaleString('en')} milestones, ${report.dataset.reports.toLocaleString('en')} reports; ${report.machine.cpus} CPUs, PostgreSQL ${report.postgres}, Node ${process.version}`,
  );
  console.log(
    `${opts.warmup} s warm-up + ${opts.duration} s per run; latencies of 2xx responses; "rps÷health" = req/s ÷ GET /api/health req/s at the same connections; "p95÷db p95" = p95 ÷ p95 of the dashboard aggregate SQL through pg (no filter) at the same connections; RSS = server peak during the run; node% / pg% = CPU of the server process / of this database's backends (100 = one core).`,
  );
  console.log('');
  printTable(rows, opts.duration);
  console.log('');
  const seedLine = report.seed.ran
    ? `${report.seed.seconds} s (${report.seed.summary}) + VACUUM ANALYZE ${report.seed.vacuumSeconds} s — target < 180 s: ${report.seed.result}`
    : report.seed.summary;
  console.log(
    `start ready (spawn → /api/health 200): ${(report.startReadyMs / 1000).toFixed(2)} s — target ${report.startReady.target}: ${report.startReady.result}`,
  );
  console.log(
    `first request after start${report.firstRequest?.cold ? ' (starts the daily status refresh in the background)' : ''}: ${(report.firstRequest.ms / 1000).toFixed(2)} s; first dashboard after it: ${(report.firstDashboard.ms / 1000).toFixed(2)} s; background refresh done after ${((report.backgroundRefreshMs ?? 0) / 1000).toFixed(1)} s`,
  );
  console.log(`seed: ${seedLine}`);
  if (report.build) console.log(`build: ${report.build.seconds} s`);
  console.log(`server peak RSS over the whole run: ${report.peakRssMb} MB`);
  console.log(
    `machine load average (1 min) during the run: ${report.loadavg.min}–${report.loadavg.max} on ${report.machine.cpus} CPUs${report.loadavg.max > report.machine.cpus ? ' — the machine was shared; treat differences under ~20% as noise' : ''}`,
  );
  for (const r of rows.filter((x) => x.note)) console.log(`note: ${r.label} @${r.connections}: ${r.note}`);
  for (const n of report.notes) console.log(`note: ${n}`);
  const top = Math.max(...opts.connections);
  console.log('');
  console.log(
    `Database backends during each ${top}-connection run (average number by state and wait event; CPU = running; the server's pool has ${process.env.DB_POOL_SIZE || 10}):`,
  );
  for (const r of rows.filter((x) => x.connections === top && x.waits)) {
    const w = Object.entries(r.waits)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    console.log(`  ${r.label}: ${w || 'none busy'}`);
  }
  if (report.breakdown) {
    console.log('');
    console.log('Dashboard, each statement alone through pg (ms, median of 3):');
    for (const [label, parts] of Object.entries(report.breakdown.dashboard)) {
      const p = Object.entries(parts)
        .map(([k, v]) => `${k} ${v.ms}`)
        .join(', ');
      console.log(`  ${label}: ${p}`);
    }
    for (const [label, v] of Object.entries(report.breakdown.list))
      console.log(
        `  task list ${label}: page ${v.page} ms (+ count(*) ${v.count} ms, once per filter and data revision)`,
      );
    console.log(`  task detail: ${report.breakdown.detail.map((d) => `${d.ms} ms`).join(' + ')}`);
    const sr = report.breakdown.statusRefresh;
    if (sr?.error) console.log(`  daily status refresh: could not be measured (${sr.error})`);
    else if (sr)
      console.log(
        `  daily status refresh of every task (background pass, rolled back): ${sr.totalMs} ms = SQL ${sr.sqlMs} ms (` +
          Object.entries(sr.parts)
            .map(([k, v]) => `${k} ${v.n}× ${v.ms} ms`)
            .join(', ') +
          `) + JS ${sr.jsMs} ms`,
      );
    console.log(`  EXPLAIN (ANALYZE, BUFFERS) of each: bench/results/explain.txt`);
  }
  console.log(failures.length ? `\nTargets missed: ${failures.join('; ')}` : '\nAll targets met.');
  // latest.json for tools, and a dated copy so a change can be compared with the run before it
  const json = JSON.stringify(report, null, 2) + '\n';
  const dated = `bench-${report.startedAt.replace(/[:.]/g, '-')}.json`;
  writeFileSync(join(RESULTS, 'latest.json'), json);
  writeFileSync(join(RESULTS, dated), json);
  console.log(`written: bench/results/latest.json and ${dated} (server logs: bench/results/server*.log)`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`bench failed: ${e instanceof HarnessError ? e.message : (e?.stack ?? e)}`);
    process.exit(1);
  },
);
