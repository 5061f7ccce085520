/* global URL, URLSearchParams, location, performance */
// The dashboard's speed over the demo data: a cold browser cache (a fresh context each time), the app
// already running. Times are the page's own clock from the start of the navigation.
import { availableParallelism, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { DashboardPage, FIGURE_KEYS } from './pages/dashboard.page.mjs';
import { loginViaApi } from './support/api.mjs';
import { assert } from './support/expect.mjs';

const INTERACTIVE_BUDGET_MS = 1500;
// The median of a few cold loads: one slow load on a busy machine is noise, a slow median is not.
const LOADS = 3;
// The budget is reported against, not asserted: on a 2-core machine shared with other jobs every
// step takes 3-4 times as long, so a wall-clock limit would fail with the load, not the code.

const sinceNavigation = (page) => page.evaluate(() => Math.round(performance.now()));

const coldLoad = async (ctx, measure) => {
  const context = await ctx.newContext();
  await loginViaApi(context, ctx.baseUrl, 'leader');
  const page = await context.newPage();
  const dashboard = new DashboardPage(page);
  const scripts = [];
  page.on('response', (res) => {
    if (res.request().resourceType() === 'script') scripts.push(res);
  });

  await page.goto('/');
  await dashboard.cards.nth(FIGURE_KEYS.length - 1).waitFor();
  const figures = await sinceNavigation(page);

  // The first control of the filter bar: choosing a measure must reach the app (the URL follows).
  await dashboard.filterSelect('measure').selectOption(measure);
  await page.waitForFunction((code) => new URLSearchParams(location.search).get('measure') === code, measure);
  const interactive = await sinceNavigation(page);

  // For the record: when the filtered figures and the lazily loaded charts were there.
  await dashboard.waitForLoaded();
  await page.getByTestId('chart-measure-status').locator('.recharts-bar-rectangle').first().waitFor();
  const charts = await sinceNavigation(page);

  // Where the time went: when the main requests had answered.
  const answered = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) =>
        /\/api\/(auth\/me|dashboard\/summary)|\/(DashboardPage|DashboardCharts)-.*\.js$/.test(e.name),
      )
      .map(
        (e) =>
          `${new URL(e.name).pathname
            .split('/')
            .pop()
            .replace(/-[\w-]{8}\.js$/, '')} ${Math.round(e.responseEnd)}`,
      ),
  );
  const bodies = await Promise.all(scripts.map((res) => res.body()));
  const gzipKb = bodies.reduce((sum, body) => sum + gzipSync(body).length, 0) / 1000;
  await context.close();
  return { figures, interactive, charts, answered, files: scripts.length, gzipKb };
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
        ctx.note(
          `load ${i + 1}: figures ${load.figures} ms, filter responded ${load.interactive} ms, ` +
            `charts ${load.charts} ms; answered: ${load.answered.join(', ')}`,
        );
      }
      const { files, gzipKb } = loads[0];
      ctx.note(`${files} JS files fetched, ${gzipKb.toFixed(1)} kB gzip`);
      const median = loads.map((l) => l.interactive).sort((a, b) => a - b)[Math.floor(LOADS / 2)];
      ctx.note(
        `interactive after ${median} ms (median of ${LOADS} cold loads; budget ${INTERACTIVE_BUDGET_MS} ms)`,
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
