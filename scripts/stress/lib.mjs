/* global fetch, AbortSignal, URL */
// Shared helpers of the stress runs (npm run test:stress): build, databases, the real API process, HTTP clients.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleepMs } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const API_MAIN = join(ROOT, 'apps/api/dist/apps/api/src/main.js');
export const DEMO_PASSWORD = 'luoshi-demo';
export const ADMIN_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const require = createRequire(join(ROOT, 'apps/api/package.json'));
export const pg = require('pg');
export const ExcelJS = require('exceljs');

export const sleep = (ms) => sleepMs(ms);
// What must never appear in the app's logs (checked by logs.mjs), and every app process's output.
export const SECRETS = new Set([DEMO_PASSWORD]);
export const OUTPUTS = [];
export const log = (...a) => console.log(`[stress ${new Date().toISOString().slice(11, 19)}]`, ...a);

export function ensureBuilt({ force = false } = {}) {
  if (!force && existsSync(API_MAIN)) return;
  log('building contracts and API…');
  for (const ws of ['@plan/contracts', '@luoshi/api']) {
    const r = spawnSync('npm', ['run', 'build', '-w', ws], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`npm run build -w ${ws} failed`);
  }
}

export const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;
export function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function adminQuery(url, sql, params) {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows;
  } finally {
    await c.end();
  }
}

// A fresh database of our own; drop() removes it.
export async function createDatabase(adminUrl, name) {
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  await adminQuery(adminUrl, `CREATE DATABASE ${quoteIdent(name)}`);
  const url = withDatabase(adminUrl, name);
  return {
    url,
    name,
    drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
    // an owner connection for checks (the app itself may run as a role under row-level security)
    query: (sql, params) => adminQuery(url, sql, params),
  };
}

export const freePort = () =>
  new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });

// Starts the built API the way production does. Output is kept (for the log checks).
export async function startApp({ databaseUrl, port, env = {}, healthTimeoutMs = 120_000, seed = true }) {
  port ??= await freePort();
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: seed ? 'true' : 'false',
      DEMO_PASSWORD,
      LOG_LEVEL: 'info',
      // many clients log in from one address within seconds
      LOGIN_RATE_LIMIT: '1000000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = [];
  child.stdout.on('data', (c) => output.push(c));
  child.stderr.on('data', (c) => output.push(c));
  let exited = null;
  const exit = new Promise((r) =>
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      OUTPUTS.push(Buffer.concat(output).toString('utf8'));
      r(exited);
    }),
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  const app = {
    baseUrl,
    port,
    child,
    exit,
    get exited() {
      return exited;
    },
    output: () => Buffer.concat(output).toString('utf8'),
    kill9: async () => {
      if (exited) return exited;
      child.kill('SIGKILL');
      return exit;
    },
    stop: async () => {
      if (exited) return exited;
      child.kill('SIGTERM');
      const done = await Promise.race([exit, sleep(30_000).then(() => null)]);
      if (!done) {
        child.kill('SIGKILL');
        return exit;
      }
      return done;
    },
  };
  const started = Date.now();
  while (Date.now() - started < healthTimeoutMs) {
    if (exited) break;
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return app;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  await app.stop();
  throw new Error(`the app did not become healthy:\n${app.output().slice(-4000)}`);
}

// One logged-in user: the session cookie and the CSRF token go with every request.
export class Client {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
    this.cookie = '';
    this.csrf = null;
    this.me = null;
  }

  async login(username, password = DEMO_PASSWORD) {
    const res = await this.request('POST', '/api/auth/login', { username, password });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    this.me = res.body;
    this.csrf = res.body?.csrfToken ?? null;
    if (this.csrf) SECRETS.add(this.csrf);
    SECRETS.add(password);
    return this;
  }

  // { status, body, headers, ms }; status 0 when the connection failed.
  async request(method, path, body, { timeoutMs = 60_000, raw = false, headers = {} } = {}) {
    const h = { ...headers };
    if (this.cookie) h.Cookie = this.cookie;
    if (this.csrf && method !== 'GET') h['X-CSRF-Token'] = this.csrf;
    let payload;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      h['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const started = Date.now();
    try {
      const res = await fetch(this.baseUrl + path, {
        method,
        headers: h,
        body: payload,
        signal: AbortSignal.timeout(timeoutMs),
      });
      const cookies = res.headers.getSetCookie?.() ?? [];
      const session = cookies.map((c) => c.split(';')[0]).find((c) => c.startsWith('luoshi_session='));
      if (session) {
        this.cookie = session;
        SECRETS.add(session.slice('luoshi_session='.length));
      }
      let parsed = null;
      if (raw) parsed = Buffer.from(await res.arrayBuffer());
      else {
        const text = await res.text();
        try {
          parsed = text ? JSON.parse(text) : null;
        } catch {
          parsed = text;
        }
      }
      return { status: res.status, body: parsed, headers: res.headers, ms: Date.now() - started };
    } catch (e) {
      return { status: 0, body: null, error: e.cause?.code ?? e.name ?? String(e), ms: Date.now() - started };
    }
  }
}

// YYYY-MM of a date in Asia/Shanghai, and the months before it.
export function periodsBack(n) {
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
  let [y, m] = today.split('-').map(Number);
  const out = [];
  for (let i = 0; i < n; i++) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m -= 1;
    if (m === 0) {
      m = 12;
      y -= 1;
    }
  }
  return out;
}

export const pick = (list) => list[Math.floor(Math.random() * list.length)];

export class Tally {
  constructor() {
    this.attempted = 0;
    this.ok = 0;
    this.conflict = 0;
    this.other4xx = 0;
    this.server = 0;
    this.network = 0;
    this.codes = {};
    this.byOp = {};
    this.fiveHundreds = [];
  }

  add(label, res) {
    this.attempted++;
    const key = `${res.status}${res.status >= 400 && res.body?.code ? ` ${res.body.code}` : ''}`;
    this.codes[key] = (this.codes[key] ?? 0) + 1;
    const op = (this.byOp[label] ??= {});
    op[res.status] = (op[res.status] ?? 0) + 1;
    if (res.status >= 200 && res.status < 300) this.ok++;
    else if (res.status === 409) this.conflict++;
    else if (res.status >= 400 && res.status < 500) this.other4xx++;
    else if (res.status >= 500) {
      this.server++;
      if (this.fiveHundreds.length < 10)
        this.fiveHundreds.push(`${label} → ${res.status} ${JSON.stringify(res.body)}`);
    } else this.network++;
  }

  line() {
    return `writes attempted ${this.attempted}, 2xx ${this.ok}, 409 ${this.conflict}, other 4xx ${this.other4xx}, 5xx ${this.server}, no answer ${this.network}`;
  }
}
