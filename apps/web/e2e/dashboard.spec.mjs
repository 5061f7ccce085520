/* global URL, document, window */
// The manager's dashboard over the demo workspace: every panel, drill-downs, URL state, errors, a11y.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DashboardPage, FIGURE_KEYS, PANELS } from './pages/dashboard.page.mjs';
import { TasksPage } from './pages/tasks.page.mjs';
import { loginViaApi } from './support/api.mjs';
import { assert, eventually, parseCount } from './support/expect.mjs';
import { t } from './support/i18n.mjs';

const ZH = 'zh-CN';
const GUANGDONG = '440000';
const SCREENSHOT_DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));

// i18n keys that leaked into the page, or unfilled {{values}}.
const RAW_KEY =
  /\b(?:common|auth|tasks|dashboard):[\w.-]+|\b(?:figures|regions|heatmap|trend|lagging|milestones|measures|filter|state|light|chart)\.[A-Za-z_-]+\b|\{\{/;

const assertPageIsClean = async (page) => {
  const text = await page.locator('body').innerText();
  const leak = text.match(RAW_KEY);
  assert.equal(leak, null, `untranslated text on ${page.url()}: "${leak?.[0]}"`);
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  assert.ok(scrollWidth <= clientWidth, `${page.url()} scrolls sideways: ${scrollWidth} > ${clientWidth} px`);
};

// The runner's screenshot() shows the window; this one the whole page.
const fullPageScreenshot = async (page, name) => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}${name}.png`, fullPage: true });
};

const openDashboard = async ({ context, baseUrl, newPage }, search = '') => {
  await loginViaApi(context, baseUrl, 'leader');
  const page = await newPage();
  const dashboard = new DashboardPage(page);
  const answered = dashboard.waitForSummary();
  await dashboard.goto(search);
  const summary = await (await answered).json();
  await dashboard.waitForLoaded();
  return { page, dashboard, summary };
};

export const tests = [
  {
    name: 'dashboard: the leader sees every panel filled with the demo data',
    run: async (ctx) => {
      const { page, dashboard, summary } = await openDashboard(ctx);
      const { totals } = summary;

      // Headline figures: one card each, the numbers of the summary, and they add up.
      assert.equal(await dashboard.cards.count(), FIGURE_KEYS.length);
      const values = {};
      for (const key of FIGURE_KEYS) values[key] = await dashboard.value(key);
      assert.ok(values.tasks > 0, 'the demo workspace has no tasks');
      assert.equal(values.tasks, totals.tasks);
      assert.equal(values.reportsMissing, totals.reportsMissing);
      const states = ['completed', 'onTrack', 'ahead', 'behind', 'overdue', 'notStarted', 'suspended'];
      assert.equal(
        states.reduce((sum, key) => sum + values[key], 0),
        values.tasks,
        `the state figures do not add up to the task total: ${JSON.stringify(values)}`,
      );
      assert.match(await dashboard.shown('completed'), /%$/);
      assert.equal(
        await dashboard.drillDown('reportsMissing').getAttribute('href'),
        `/reporting?period=${summary.period}`,
      );

      for (const name of PANELS) {
        const panel = dashboard.panel(name);
        await panel.waitFor();
        assert.ok(await panel.getByRole('heading', { level: 2 }).isVisible(), `panel ${name} has no heading`);
      }

      // Charts drew something (the recharts module loads lazily), each with a text alternative.
      const measures = page.getByTestId('chart-measure-status');
      await eventually(async () =>
        assert.ok((await measures.locator('.recharts-bar-rectangle').count()) >= 10),
      );
      assert.equal(await measures.locator('table tbody tr').count(), summary.byMeasure.length);
      const trend = page.getByTestId('chart-trend');
      await eventually(async () => assert.equal(await trend.locator('.recharts-line').count(), 3));
      // The ranking is below the fold: drawn when it is scrolled near.
      await dashboard.panel('regions').getByRole('heading', { level: 3 }).scrollIntoViewIfNeeded();
      const ranking = page.getByTestId('chart-region-ranking');
      const provincesWithTasks = summary.byRegion.filter((r) => r.code !== '000000' && r.tasks > 0);
      await eventually(async () =>
        assert.equal(await ranking.locator('.recharts-bar-rectangle').count(), provincesWithTasks.length),
      );

      // The tile map: 34 tiles, linked where there are tasks, named in Chinese with their value.
      assert.equal(await dashboard.tileMap.locator('li').count(), 34);
      assert.equal(await dashboard.tileMap.locator('a').count(), provincesWithTasks.length);
      const guangdong = dashboard.tile(GUANGDONG);
      assert.equal(await guangdong.locator('.dash-tile__name').innerText(), '广东');
      // Named by its visible text first (short name and value), then what the value measures.
      const name = /^广东\s*[\d.]+%\s*（广东省，慢序时及逾期占比，\d+项任务）$/;
      assert.equal(await dashboard.tileMap.getByRole('link', { name }).count(), 1);

      const heatRows = page.getByTestId('sector-measure-heatmap').locator('tbody tr');
      assert.equal(await heatRows.count(), summary.bySector.filter((s) => s.tasks > 0).length);
      assert.ok((await dashboard.panel('milestones').locator('li').count()) > 0, 'no upcoming milestones');
      const lagging = dashboard.panel('lagging').locator('tbody tr');
      assert.ok((await lagging.count()) > 0, 'no behind or overdue tasks listed');
      assert.match(await lagging.first().innerText(), new RegExp(t(ZH, 'dashboard:light.red')));

      ctx.note(`figures: ${JSON.stringify(values)}`);
      await assertPageIsClean(page);
      await ctx.screenshot(page, 'dashboard-full');
      await fullPageScreenshot(page, 'dashboard-lower');
    },
  },

  {
    name: 'dashboard: a province tile drills down to the task list of that province',
    run: async (ctx) => {
      const { page, dashboard } = await openDashboard(ctx);
      const tile = dashboard.tile(GUANGDONG);
      const tasks = parseCount(await tile.getAttribute('data-tasks'));
      assert.ok(tasks > 0, '广东 should have demo tasks');
      assert.ok((await tile.textContent()).includes(`${tasks}项任务`));

      // By keyboard: the tile is a focusable link.
      await tile.focus();
      await page.keyboard.press('Enter');
      await eventually(() => {
        const url = new URL(page.url());
        assert.equal(url.pathname, '/tasks');
        assert.equal(url.searchParams.get('region'), GUANGDONG);
      });
      const list = new TasksPage(page);
      await list.waitForList();
      assert.equal(await list.total(), tasks, 'the list total differs from the tile');
      ctx.note(`广东: ${tasks} tasks on the tile and in the list`);
    },
  },

  {
    name: 'dashboard: a segment of the measure chart drills down to its tasks',
    run: async (ctx) => {
      const { page, dashboard, summary } = await openDashboard(ctx);
      // Bars are drawn per state in legend order; behind is the fifth.
      const behindBars = page.getByTestId('chart-measure-status').locator('.recharts-bar').nth(4);
      await behindBars.locator('.recharts-bar-rectangle').first().click();
      let measure;
      await eventually(() => {
        const url = new URL(page.url());
        assert.equal(url.pathname, '/tasks');
        assert.equal(url.searchParams.get('state'), 'behind');
        measure = summary.byMeasure.find((m) => m.code === url.searchParams.get('measure'));
        assert.ok(measure, `no measure in ${url.search}`);
      });
      const list = new TasksPage(page);
      await list.waitForList();
      assert.equal(
        await list.total(),
        measure.behind,
        `${measure.code}: the list total differs from the bar`,
      );

      // The table view offers the same drill-down to the keyboard.
      await page.goBack();
      await dashboard.waitForLoaded();
      await dashboard.tableToggle.click();
      assert.equal(await dashboard.tableToggle.getAttribute('aria-pressed'), 'true');
      const link = dashboard
        .panel('measures')
        .locator(`a[href="/tasks?measure=${measure.code}&state=behind"]`);
      assert.equal(parseCount(await link.innerText()), measure.behind);
    },
  },

  {
    name: 'dashboard: filters and the map metric are kept in the URL and survive a reload',
    run: async (ctx) => {
      const { page, dashboard, summary } = await openDashboard(ctx);
      const all = summary.totals.tasks;

      // A filter: the summary is asked again with it, and every figure follows.
      const measure = summary.byMeasure[0];
      const refetched = dashboard.waitForSummary((url) => url.searchParams.get('measure') === measure.code);
      await dashboard.filterSelect('measure').selectOption(measure.code);
      const filtered = await (await refetched).json();
      await eventually(() => assert.equal(new URL(page.url()).searchParams.get('measure'), measure.code));
      await dashboard.waitForLoaded();
      assert.equal(filtered.totals.tasks, measure.tasks);
      await eventually(async () => assert.equal(await dashboard.value('tasks'), measure.tasks));
      assert.ok(measure.tasks < all);
      assert.equal(
        await dashboard.drillDown('overdue').getAttribute('href'),
        `/tasks?measure=${measure.code}&state=overdue`,
      );

      // The chart's own control: colour the map by average progress.
      await dashboard.metricRadio('averageProgress').click();
      await eventually(async () =>
        assert.equal(await dashboard.metricRadio('averageProgress').isChecked(), true),
      );
      await eventually(() => assert.equal(new URL(page.url()).searchParams.get('metric'), 'averageProgress'));
      const metricLabel = t(ZH, 'dashboard:regions.metrics.averageProgress');
      const firstTile = dashboard.tileMap.locator('a').first();
      await eventually(async () => assert.ok((await firstTile.textContent()).includes(metricLabel)));

      const reloaded = dashboard.waitForSummary((url) => url.searchParams.get('measure') === measure.code);
      await page.reload();
      await reloaded;
      await dashboard.waitForLoaded();
      const url = new URL(page.url());
      assert.equal(url.searchParams.get('metric'), 'averageProgress');
      assert.equal(url.searchParams.get('measure'), measure.code);
      assert.equal(await dashboard.filterSelect('measure').inputValue(), measure.code);
      assert.equal(await dashboard.metricRadio('averageProgress').isChecked(), true);
      assert.equal(await dashboard.value('tasks'), measure.tasks);
      assert.ok((await firstTile.textContent()).includes(metricLabel));
      await ctx.screenshot(page, 'dashboard-filtered');

      // Clearing brings everything back.
      await dashboard.resetButton.click();
      await eventually(() => assert.equal(new URL(page.url()).searchParams.get('measure'), null));
      await dashboard.waitForLoaded();
      await eventually(async () => assert.equal(await dashboard.value('tasks'), all));
    },
  },

  {
    name: 'dashboard: a filter matching nothing says so and can be cleared',
    run: async (ctx) => {
      // 西藏 has no demo tasks.
      const { page, dashboard, summary } = await openDashboard(ctx, '?region=540000');
      assert.equal(summary.totals.tasks, 0);
      await dashboard.emptyState.waitFor();
      assert.equal(await dashboard.value('tasks'), 0);
      assert.equal(await dashboard.panel('regions').count(), 0);
      await assertPageIsClean(page);
      await page
        .getByRole('status')
        .filter({ has: dashboard.emptyState })
        .getByRole('button', { name: t(ZH, 'dashboard:filter.reset'), exact: true })
        .click();
      await eventually(() => assert.equal(new URL(page.url()).search, ''));
      await dashboard.waitForLoaded();
      assert.ok((await dashboard.value('tasks')) > 0);
    },
  },

  {
    name: 'dashboard: a failed summary shows an error with a retry that recovers',
    run: async (ctx) => {
      await loginViaApi(ctx.context, ctx.baseUrl, 'leader');
      const page = await ctx.newPage();
      const dashboard = new DashboardPage(page);
      // 429: not retried by the client, so the error shows at once.
      let failing = true;
      await page.route('**/api/dashboard/summary**', (route) =>
        failing
          ? route.fulfill({
              status: 429,
              contentType: 'application/json',
              body: JSON.stringify({ statusCode: 429, code: 'RATE_LIMITED', message: 'slow down' }),
            })
          : route.continue(),
      );
      await page.goto('/');
      const alert = page.getByRole('alert');
      await alert.waitFor();
      // The code has its own words; the HTTP status's are the fallback for codes without.
      assert.match(await alert.innerText(), new RegExp(t(ZH, 'common:apiError.RATE_LIMITED')));
      failing = false;
      await alert.getByRole('button', { name: t(ZH, 'common:state.retry'), exact: true }).click();
      await dashboard.waitForLoaded();
      assert.ok((await dashboard.value('tasks')) > 0);
      assert.equal(await page.getByRole('alert').count(), 0);
    },
  },

  {
    name: 'dashboard: axe finds no serious or critical violations',
    run: async (ctx) => {
      const { page, dashboard } = await openDashboard(ctx);
      await page.waitForLoadState('networkidle');
      const results = { dashboard: await ctx.axe(page) };
      await dashboard.tableToggle.click();
      results['dashboard, table view'] = await ctx.axe(page);
      await dashboard.filterSelect('state').selectOption('overdue');
      await dashboard.waitForLoaded();
      results['dashboard, filtered'] = await ctx.axe(page);

      const lines = [];
      for (const [name, violations] of Object.entries(results)) {
        const lesser = violations.lesser?.length ? ` (also ${violations.lesser.join(', ')})` : '';
        ctx.note(`axe ${name}: ${violations.length} serious/critical${lesser}`);
        for (const v of violations) {
          lines.push(`${name}: [${v.impact}] ${v.id} — ${v.help}`);
          for (const n of v.nodes.slice(0, 5)) lines.push(`    ${n.target} ${n.summary}`);
        }
      }
      assert.equal(lines.length, 0, `axe violations:\n${lines.join('\n')}`);
      await page.evaluate(() => window.scrollTo(0, 0));
    },
  },
];
