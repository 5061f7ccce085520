/* global PerformanceObserver, URL, URLSearchParams, document, location, performance, window */
// The dashboard's speed over the demo data: a cold browser cache (a fresh context each time), the app
// already running. Times are the page's own clock from the start of the navigation, read in the page
// when the condition first holds (checked every animation frame), not when the test hears of it.
import { availableParallelism, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { DashboardPage, FIGURE_KEYS } from './pages/dashboard.page.mjs';
import { loginViaApi } from './support/api.mjs';
import { assert } from './support/expect.mjs';

const INTERACTIVE_BUDGET_MS = 1500;
// The median of a few cold loads: one slow load on a busy machine is noise, a slow median is not.
// DASHBOARD_SPEED_LOADS=9 for a steadier figure when comparing changes.
const LOADS = Number(process.env.DASHBOARD_SPEED_LOADS) || 3;
// The budget is reported against, not asserted: on a 2-core machine shared with other jobs every
// step takes 3-4 times as long, so a wall-clock limit would fail with the load, not the code.

// `page.waitForFunction(fn)` for an `fn` that answers the page's clock once its condition holds:
// the time it first held (checked every animation frame).
const timeWhen = async (page, fn, arg) => (await page.waitForFunction(fn, arg)).jsonValue();

// Every task that kept the page's main thread busy for 50 ms or more, from the start of the load
// (observed from before the page's own scripts run; not the app's code, so its CSP does not apply).
const recordLongTasks = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__longTasks.push({ start: Math.round(entry.startTime), duration: Math.round(entry.duration) });
  }).observe({ type: 'longtask', buffered: true });
};

const coldLoad = async (ctx, measure) => {
  const context = await ctx.newContext();
  await context.addInitScript(recordLongTasks);
  await loginViaApi(context, ctx.baseUrl, 'leader');
  const page = await context.newPage();
  const dashboard = new DashboardPage(page);
  const scripts = [];
  page.on('response', (res) => {
    if (res.request().resourceType() === 'script') scripts.push(res);
  });
  // Each API request once: the boot script's early ones taken over, none sent again by the app.
  const requested = new Map();
  page.on('request', (req) => {
    const { pathname, search } = new URL(req.url());
    if (pathname.startsWith('/api/'))
      requested.set(pathname + search, (requested.get(pathname + search) ?? 0) + 1);
  });

  // Not waiting for the load event: the figures may well come first.
  await page.goto('/', { waitUntil: 'commit' });
  // Every headline figure rendered and visible (the skeleton's blocks are not .figure-card).
  const figures = await timeWhen(
    page,
    ({ selector, count }) => {
      const cards = document.querySelectorAll(selector);
      return cards.length >= count && cards[count - 1].checkVisibility() && Math.round(performance.now());
    },
    { selector: dashboard.cardSelector(), count: FIGURE_KEYS.length },
  );

  // The first control of the filter bar, chosen as soon as the figures are there: choosing a measure
  // must reach the app. The URL follows at once (the router renders the new location as a transition),
  // so the app has answered when it has acted on the filter: rendered it and asked for the figures.
  await dashboard.filterSelect('measure').selectOption(measure);
  const urlFollowed = await timeWhen(
    page,
    (code) => new URLSearchParams(location.search).get('measure') === code && Math.round(performance.now()),
    measure,
  );
  const interactive = await timeWhen(
    page,
    (path) => {
      const sent = performance.getEntriesByType('resource').find((e) => e.name.endsWith(path));
      return sent !== undefined && Math.round(sent.startTime);
    },
    `/api/dashboard/summary?measure=${measure}`,
  );
  const longTasks = (await page.evaluate(() => window.__longTasks)).filter((t) => t.start < interactive);

  // For the record: when the filtered figures and the lazily loaded charts were there.
  await dashboard.waitForLoaded();
  const charts = await timeWhen(
    page,
    () =>
      document.querySelector('[data-testid="chart-measure-status"] .recharts-bar-rectangle') &&
      Math.round(performance.now()),
  );

  // Where the time went: when the main requests had answered.
  const answered = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) =>
        /\/api\/(auth\/me|dashboard\/summary)|\/assets\/(index|DashboardPage|DashboardCharts|dashboard)-[\w-]{8}\.js$/.test(
          e.name,
        ),
      )
      .map(
        (e) =>
          `${new URL(e.name).pathname
            .split('/')
            .pop()
            .replace(/-[\w-]{8}\.js$/, '')} ${Math.round(e.responseEnd)}`,
      ),
  );
  for (const url of ['/api/auth/me', '/api/dashboard/summary', `/api/dashboard/summary?measure=${measure}`])
    assert.equal(requested.get(url), 1, `${url} was requested ${requested.get(url) ?? 0} times`);
  const bodies = await Promise.all(scripts.map((res) => res.body()));
  const gzipKb = bodies.reduce((sum, body) => sum + gzipSync(body).length, 0) / 1000;
  await context.close();
  return { figures, urlFollowed, interactive, charts, answered, longTasks, files: scripts.length, gzipKb };
};

export const tests = [
  {
    name: 'dashboard: a cold load shows the figures and answers a filter (time to interactive measured)',
    run: async (ctx) => {
      await loginViaApi(ctx.context, ctx.baseUrl, 'leader');
      // The server is warm (as for any user but the first of the day); the browser is not.
      const warm = await ctx.context.request.get(`${ctx.baseUrl}/api/dashboard/summary`);
      assert.equal(warm.status(), 200);
      const measure = (await warm.json()).byMeasure[0].code;

      const loads = [];
      for (let i = 0; i < LOADS; i += 1) {
        const load = await coldLoad(ctx, measure);
        loads.push(load);
        const blocked = load.longTasks.map((t) => `${t.start}+${t.duration}`).join(' ');
        ctx.note(
          `load ${i + 1}: figures ${load.figures} ms, filter responded ${load.interactive} ms ` +
            `(URL ${load.urlFollowed} ms), ` +
            `charts ${load.charts} ms; answered: ${load.answered.join(', ')}; ` +
            `long tasks before the filter responded (start+ms): ${blocked || 'none'}`,
        );
      }
      const { files, gzipKb } = loads[0];
      ctx.note(`${files} JS files fetched, ${gzipKb.toFixed(1)} kB gzip`);
      const medianOf = (key) => loads.map((l) => l[key]).sort((a, b) => a - b)[Math.floor(LOADS / 2)];
      const median = medianOf('interactive');
      ctx.note(
        `interactive after ${median} ms (median of ${LOADS} cold loads; budget ${INTERACTIVE_BUDGET_MS} ms); ` +
          `figures ${medianOf('figures')} ms, charts ${medianOf('charts')} ms`,
      );
      // Measured and reported, not asserted: a wall-clock limit in a test fails with the machine's load,
      // not with the code (speed is judged in benchmarks; see the README).
      ctx.note(
        median <= INTERACTIVE_BUDGET_MS
          ? `within the ${INTERACTIVE_BUDGET_MS} ms budget`
          : `OVER the ${INTERACTIVE_BUDGET_MS} ms budget (load ${(loadavg()[0] / availableParallelism()).toFixed(1)} per core)`,
      );
    },
  },
];
