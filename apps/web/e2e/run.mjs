/* global AbortSignal, URL, fetch, setTimeout, clearTimeout, window, document */
// Browser tests for the built app: `npm run test:e2e -w @luoshi/web` (or `node apps/web/e2e/run.mjs`).
// A tiny runner instead of @playwright/test (not installed): playwright-core drives Debian's chromium.
//
//   node apps/web/e2e/run.mjs [filter]   runs only the tests whose name contains `filter`
//
// It builds the app if needed, gives it its own database (or the embedded one when no PostgreSQL
// answers), starts it with the demo seed, runs every e2e/*.spec.mjs and prints `N passed, M failed`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const E2E_DIR = dirname(fileURLToPath(import.meta.url));
const WEB_DIR = resolve(E2E_DIR, '..');
const REPO = resolve(WEB_DIR, '../..');
const API_MAIN = join(REPO, 'apps/api/dist/apps/api/src/main.js');
const WEB_INDEX = join(WEB_DIR, 'dist/index.html');
const SCREENSHOT_DIR = join(E2E_DIR, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';
const DEMO_PASSWORD = 'luoshi-demo';
const HEALTH_TIMEOUT_MS = 90_000;
const TEST_TIMEOUT_MS = Number(process.env.E2E_TEST_TIMEOUT_MS) || 60_000;
const ACTION_TIMEOUT_MS = 15_000;
const VIEWPORT = { width: 1366, height: 768 };
const LOCALE = 'zh-CN';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const require = createRequire(join(WEB_DIR, 'package.json'));
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const { chromium } = require('playwright-core');
const pg = require('pg');

const log = (...args) => console.log(...args);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// Build, database, app process

const ensureBuilt = () => {
  if (existsSync(API_MAIN) && existsSync(WEB_INDEX)) return;
  log('The built app is missing: running `npm run build` at the repository root…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(API_MAIN) || !existsSync(WEB_INDEX)) {
    throw new Error(`npm run build failed (exit ${result.status ?? result.signal})`);
  }
};

const withDatabase = (url, name) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

// Creates luoshi_web_e2e_<pid>; returns null when no PostgreSQL server answers.
const createDatabase = async () => {
  const adminUrl = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const name = `luoshi_web_e2e_${process.pid}`;
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    log(`No PostgreSQL server at ${redact(adminUrl)} (${error.code ?? error.message}).`);
    return null;
  }
  try {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
  } finally {
    await client.end();
  }
  const url = withDatabase(adminUrl, name);
  return {
    url,
    name,
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
};

const redact = (url) => {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
};

const freePort = () =>
  new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });

const startApp = async ({ databaseUrl, dataDir }) => {
  const port = await freePort();
  const env = {
    ...process.env,
    PORT: String(port),
    SEED_DEMO: 'true',
    DEMO_PASSWORD,
    WEB_DIST: join(WEB_DIR, 'dist'),
    // Every test logs in, all from 127.0.0.1: a faster app runs more than the default 20 logins a
    // minute. The limit itself is tested by the API's end-to-end tests.
    LOGIN_RATE_LIMIT: '1000',
  };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else {
    delete env.DATABASE_URL;
    env.DATA_DIR = dataDir;
  }
  const child = spawn(process.execPath, [API_MAIN], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = [];
  child.stdout.on('data', (chunk) => output.push(chunk));
  child.stderr.on('data', (chunk) => output.push(chunk));
  let exited = null;
  const exit = new Promise((r) =>
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      r(exited);
    }),
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  const app = {
    baseUrl,
    output: () => Buffer.concat(output).toString('utf8'),
    stop: async () => {
      if (exited) return;
      child.kill('SIGTERM');
      const done = await Promise.race([exit, sleep(5000).then(() => null)]);
      if (!done) {
        log('The app did not stop within 5 s of SIGTERM: sending SIGKILL.');
        child.kill('SIGKILL');
        await exit;
      }
    },
  };

  const started = Date.now();
  while (Date.now() - started < HEALTH_TIMEOUT_MS) {
    if (exited) break;
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) {
        log(`App ready at ${baseUrl} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        return app;
      }
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  const why = exited
    ? `the app exited (code ${exited.code}, signal ${exited.signal})`
    : `GET /api/health did not answer 200 within ${HEALTH_TIMEOUT_MS / 1000} s`;
  await app.stop();
  log('----- app output -----');
  log(app.output());
  log('----------------------');
  throw new Error(`Could not start the app: ${why}`);
};

// ---------------------------------------------------------------------------------------------
// Test helpers handed to every test

const slug = (name) =>
  name
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100) || 'screenshot';

const screenshot = async (page, name) => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${slug(name)}.png`);
  await page.setViewportSize(VIEWPORT);
  await page.screenshot({ path: file, fullPage: false });
  return file;
};

let axeScript = null;
const axeSource = () => (axeScript ??= readFileSync(AXE_PATH, 'utf8'));

// Serious and critical axe-core violations on the page as it is now.
const axe = async (page, options = {}) => {
  const loaded = await page.evaluate(() => typeof window.axe !== 'undefined');
  // Evaluated over the DevTools protocol rather than page.addScriptTag: the app's CSP
  // (script-src 'self') rightly blocks inline <script> tags, and that must stay so.
  if (!loaded) await page.evaluate(axeSource());
  const results = await page.evaluate(
    (runOptions) => window.axe.run(document, { resultTypes: ['violations'], ...runOptions }),
    options,
  );
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
    }));
  // For information only: the moderate and minor findings, as "impact id ×nodes".
  serious.lesser = results.violations
    .filter((v) => v.impact !== 'serious' && v.impact !== 'critical')
    .map((v) => `${v.impact} ${v.id} ×${v.nodes.length}`);
  return serious;
};

// Chromium logs every 4xx fetch as "Failed to load resource" at error level; an expected 401 (not
// logged in, wrong password) is not an app error. 5xx answers fail the test through the response hook.
const IGNORED_CONSOLE_ERROR = /^Failed to load resource: the server responded with a status of 4\d\d\b/;

const runTest = async (browser, baseUrl, test) => {
  const contexts = [];
  const problems = [];
  const notes = [];

  const watch = (page) => {
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const text = msg.text();
      if (IGNORED_CONSOLE_ERROR.test(text)) return;
      const where = msg.location()?.url ? ` (${msg.location().url})` : '';
      problems.push(`console.error: ${text}${where}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.stack || error.message}`));
    page.on('response', (res) => {
      if (res.status() >= 500) problems.push(`HTTP ${res.status()} ${res.request().method()} ${res.url()}`);
    });
  };

  const newContext = async (options = {}) => {
    const context = await browser.newContext({
      baseURL: baseUrl,
      viewport: VIEWPORT,
      locale: LOCALE,
      timezoneId: 'Asia/Shanghai',
      ...options,
    });
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    context.setDefaultNavigationTimeout(30_000);
    context.on('page', watch);
    contexts.push(context);
    return context;
  };

  const defaultContext = await newContext();
  const newPage = async (options = {}) => {
    const context = options.isolated ? await newContext() : defaultContext;
    return context.newPage();
  };

  let error = null;
  try {
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`Timed out after ${TEST_TIMEOUT_MS / 1000} s`)),
        TEST_TIMEOUT_MS,
      );
    });
    try {
      await Promise.race([
        test.run({
          browser,
          baseUrl,
          context: defaultContext,
          newPage,
          newContext,
          screenshot,
          axe,
          note: (line) => notes.push(line),
        }),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
    }
  } catch (e) {
    error = e;
  }
  if (!error && problems.length) {
    error = new Error('The page reported problems:');
    error.stack = error.message;
  }
  if (error) {
    // Keep a picture of where it failed, next to the others.
    const pages = contexts.flatMap((c) => c.pages()).filter((p) => !p.isClosed());
    const last = pages.at(-1);
    if (last) await screenshot(last, `FAILED-${test.name}`).catch(() => {});
  }
  await Promise.all(contexts.map((c) => c.close().catch(() => {})));
  return { error, problems, notes };
};

const loadTests = async (filter) => {
  const files = readdirSync(E2E_DIR)
    .filter((f) => f.endsWith('.spec.mjs'))
    .sort();
  const tests = [];
  for (const file of files) {
    const mod = await import(pathToFileURL(join(E2E_DIR, file)).href);
    if (!Array.isArray(mod.tests)) throw new Error(`${file} does not export a \`tests\` array`);
    for (const test of mod.tests) {
      if (typeof test?.name !== 'string' || typeof test.run !== 'function') {
        throw new Error(`${file}: every test needs a name and a run function`);
      }
      if (!filter || test.name.includes(filter)) tests.push({ ...test, file });
    }
  }
  return tests;
};

const indent = (text, prefix = '    ') =>
  String(text)
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');

// ---------------------------------------------------------------------------------------------

const main = async () => {
  const filter = process.argv[2];
  const cleanups = [];
  let passed = 0;
  let failed = 0;
  let fatal = null;

  const cleanup = async () => {
    while (cleanups.length) {
      const fn = cleanups.pop();
      try {
        await fn();
      } catch (e) {
        console.error(`Cleanup failed: ${e.message}`);
      }
    }
  };
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (interrupted) process.exit(130);
      interrupted = true;
      log(`\n${signal}: cleaning up…`);
      void cleanup().finally(() => process.exit(130));
    });
  }

  try {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium fonts-noto-cjk`);
    }
    const tests = await loadTests(filter);
    if (tests.length === 0)
      throw new Error(filter ? `No test name contains "${filter}".` : 'No tests found.');
    ensureBuilt();

    const db = await createDatabase();
    let dataDir = null;
    if (db) {
      cleanups.push(() => db.drop());
      log(`Database ${db.name} created on ${new URL(db.url).host}`);
    } else {
      dataDir = mkdtempSync(join(tmpdir(), 'luoshi-web-e2e-'));
      cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
      log(`Running the app WITHOUT DATABASE_URL: embedded database in ${dataDir}`);
    }

    const app = await startApp({ databaseUrl: db?.url, dataDir });
    cleanups.push(() => app.stop());

    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    cleanups.push(() => browser.close());

    rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
    for (const test of tests) {
      const started = Date.now();
      const { error, problems, notes } = await runTest(browser, app.baseUrl, test);
      const ms = Date.now() - started;
      if (error) {
        failed += 1;
        log(`✗ ${test.name} (${ms} ms)`);
        log(indent(error.stack || error.message));
        for (const p of problems) log(indent(p));
      } else {
        passed += 1;
        log(`✓ ${test.name} (${ms} ms)`);
      }
      for (const n of notes) log(indent(n, '    · '));
    }
  } catch (e) {
    fatal = e;
  } finally {
    await cleanup();
  }
  if (fatal) console.error(`\n${fatal.stack || fatal.message}`);
  log(`${passed} passed, ${failed} failed`);
  process.exitCode = fatal || failed > 0 || passed === 0 ? 1 : 0;
};

await main();
