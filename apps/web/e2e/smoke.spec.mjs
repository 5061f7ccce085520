/* global URL, document */
// Smoke flows over the demo workspace: log in, list, detail, dashboard, language, errors, a11y, filters.
import { AppShell, NAV_KEYS } from './pages/app-shell.page.mjs';
import { DashboardPage, FIGURE_KEYS } from './pages/dashboard.page.mjs';
import { LoginPage } from './pages/login.page.mjs';
import { TaskDetailPage } from './pages/task-detail.page.mjs';
import { TasksPage } from './pages/tasks.page.mjs';
import { DEMO_PASSWORD, loginViaApi, setMyLocale } from './support/api.mjs';
import { assert, eventually } from './support/expect.mjs';
import { pattern, patterns, t } from './support/i18n.mjs';

const ZH = 'zh-CN';
const EN = 'en';

// i18n keys that leaked into the page ("tasks:detail.none", "nav.tasks") or unfilled {{values}}.
const RAW_KEY =
  /\b(?:common|auth|tasks|dashboard):[\w.-]+|\b(?:nav|list|filter|column|detail|figures|state|light|sentence|login|apiError|httpError|milestone|reportedState|sort|language|role|user)\.[A-Za-z_-]+\b|\{\{/;

// No leaked i18n keys, and nothing wider than the 1366 px window (wide tables scroll in their own box).
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

const pathOf = (page) => new URL(page.url()).pathname;

// A logged-in page in the test's context, via the API (the login form has its own test).
const loggedInPage = async ({ context, baseUrl, newPage }, username = 'leader') => {
  await loginViaApi(context, baseUrl, username);
  return newPage();
};

const openFirstTask = async (page) => {
  const tasks = new TasksPage(page);
  await tasks.goto();
  const [first] = await tasks.rowData();
  assert.ok(first, 'the task list is empty');
  await tasks.rows.first().getByRole('link', { name: first.title, exact: true }).click();
  const detail = new TaskDetailPage(page);
  await detail.waitForLoaded();
  return { first, detail };
};

export const tests = [
  {
    name: 'smoke: the leader logs in through the form and sees the demo tasks',
    run: async ({ newPage, screenshot }) => {
      const page = await newPage();
      await page.goto('/tasks');
      // Not logged in: sent to /login, and back to /tasks afterwards.
      await eventually(() => assert.equal(pathOf(page), '/login'));
      const login = new LoginPage(page);
      await login.heading.waitFor();
      await login.login('leader', DEMO_PASSWORD);

      const shell = new AppShell(page);
      await shell.nav.waitFor();
      await eventually(() => assert.equal(pathOf(page), '/tasks'));
      const tasks = new TasksPage(page);
      await tasks.heading.waitFor();
      await tasks.waitForList();

      const rows = await tasks.rows.count();
      const total = await tasks.total();
      assert.ok(rows > 0, 'no task rows');
      assert.ok(total >= rows, `total ${total} < ${rows} rows shown`);
      const userMenu = page.getByRole('group', { name: t(ZH, 'user.label') });
      assert.ok(
        (await userMenu.innerText()).includes(t(ZH, 'role.leader')),
        'the user menu does not show 领导',
      );
      await assertPageIsClean(page);
      await screenshot(page, 'tasks');
    },
  },

  {
    name: "smoke: a task's page shows its title, lead unit and status sentence",
    run: async (ctx) => {
      const page = await loggedInPage(ctx);
      const { first, detail } = await openFirstTask(page);

      assert.match(pathOf(page), /^\/tasks\/[^/]+$/);
      assert.equal((await detail.heading.innerText()).trim(), first.title);
      assert.equal((await detail.field('leadUnit').innerText()).trim(), first.leadUnit);
      assert.ok(first.leadUnit.length > 0, 'empty lead unit');

      const sentence = (await detail.statusSentence.innerText()).trim();
      const sentences = patterns(ZH, 'tasks:sentence');
      assert.ok(
        sentences.some((p) => p.test(sentence)),
        `status sentence "${sentence}" is none of the tasks:sentence.* strings`,
      );
      assert.equal((await detail.stateLabel.innerText()).trim(), first.state);
      assert.ok((await page.title()).includes(first.title), `document title "${await page.title()}"`);
      await assertPageIsClean(page);
      await ctx.screenshot(page, 'task-detail');
    },
  },

  {
    name: 'smoke: the dashboard shows the figure cards',
    run: async (ctx) => {
      const page = await loggedInPage(ctx);
      const dashboard = new DashboardPage(page);
      await dashboard.goto();
      await dashboard.heading.waitFor();

      assert.equal(await dashboard.cards.count(), FIGURE_KEYS.length);
      const values = {};
      for (const key of FIGURE_KEYS) values[key] = await dashboard.value(key);
      assert.ok(values.tasks > 0, 'the task total is 0');
      for (const key of FIGURE_KEYS.slice(1)) {
        assert.ok(values[key] <= values.tasks, `${key} (${values[key]}) > tasks (${values.tasks})`);
      }
      assert.match(
        await page.getByText(pattern(ZH, 'dashboard:asOf')).innerText(),
        pattern(ZH, 'dashboard:asOf'),
      );
      ctx.note(`figures: ${JSON.stringify(values)}`);
      await assertPageIsClean(page);
      await ctx.screenshot(page, 'dashboard');
    },
  },

  {
    name: 'smoke: dashboard figures drill down to task lists with the same counts',
    run: async (ctx) => {
      const page = await loggedInPage(ctx);
      const dashboard = new DashboardPage(page);
      const tasks = new TasksPage(page);
      for (const [key, search] of [
        ['tasks', ''],
        ['overdue', '?state=overdue'],
        ['behind', '?state=behind'],
      ]) {
        await dashboard.goto();
        const figure = await dashboard.value(key);
        await dashboard.drillDown(key).click();
        await eventually(() => assert.equal(new URL(page.url()).search, search));
        await tasks.waitForList();
        assert.equal(await tasks.total(), figure, `${key}: the list total differs from the figure`);
      }
    },
  },

  {
    name: 'smoke: switching to English relabels the navigation and survives a reload',
    run: async (ctx) => {
      // viewer, not leader: the choice is saved to the profile, and other tests log in as leader.
      const page = await loggedInPage(ctx, 'viewer');
      try {
        await page.goto('/tasks');
        const shell = new AppShell(page, ZH);
        await shell.nav.waitFor();
        // a viewer's navigation: only what a read-only role may use
        const viewerNav = NAV_KEYS.filter((k) => k === 'dashboard' || k === 'tasks');
        const zhLabels = viewerNav.map((k) => t(ZH, `nav.${k}`));
        const enLabels = viewerNav.map((k) => t(EN, `nav.${k}`));
        assert.deepEqual(await shell.navLabels(), zhLabels);
        assert.equal(await shell.languageButton(ZH).getAttribute('aria-pressed'), 'true');

        await shell.switchLanguage(EN);
        await eventually(async () => assert.deepEqual(await shell.navLabels(), enLabels));
        assert.equal(await page.locator('html').getAttribute('lang'), 'en');
        await new TasksPage(page, EN).heading.waitFor();

        await page.reload();
        await shell.nav.waitFor();
        await eventually(async () => assert.deepEqual(await shell.navLabels(), enLabels));
        assert.equal(await shell.languageButton(EN).getAttribute('aria-pressed'), 'true');
        const tasksEn = new TasksPage(page, EN);
        await tasksEn.waitForList();
        assert.ok((await tasksEn.rows.count()) > 0);
        await assertPageIsClean(page);
        await ctx.screenshot(page, 'tasks-en');

        // The other pages follow, for a look at the English screens.
        const [first] = await tasksEn.rowData();
        await tasksEn.rows.first().getByRole('link', { name: first.title, exact: true }).click();
        const detailEn = new TaskDetailPage(page, EN);
        await detailEn.waitForLoaded();
        assert.equal((await detailEn.field('leadUnit').innerText()).trim(), first.leadUnit);
        await assertPageIsClean(page);
        await ctx.screenshot(page, 'task-detail-en');
        await shell.navLink('dashboard', EN).click();
        const dashboardEn = new DashboardPage(page, EN);
        await dashboardEn.figures.waitFor();
        assert.equal(await dashboardEn.cards.count(), FIGURE_KEYS.length);
        await assertPageIsClean(page);
        await ctx.screenshot(page, 'dashboard-en');

        await shell.switchLanguage(ZH);
        await eventually(async () => assert.deepEqual(await shell.navLabels(), zhLabels));
        await page.reload();
        await shell.nav.waitFor();
        await eventually(async () => assert.deepEqual(await shell.navLabels(), zhLabels));
        assert.equal(await page.locator('html').getAttribute('lang'), ZH);
      } finally {
        await setMyLocale(ctx.context, ctx.baseUrl, ZH).catch(() => {});
      }
    },
  },

  {
    name: 'smoke: a wrong password shows the translated error and stays on /login',
    run: async ({ newPage, screenshot }) => {
      const page = await newPage();
      const login = new LoginPage(page);
      await login.goto();
      const answer = page.waitForResponse((res) => res.url().endsWith('/api/auth/login'));
      await login.login('leader', 'not-the-password');
      const res = await answer;
      assert.equal(res.status(), 401);
      const raw = (await res.json()).message;

      await login.error.waitFor();
      assert.equal((await login.error.innerText()).trim(), t(ZH, 'apiError.AUTH_INVALID_CREDENTIALS'));
      if (raw)
        assert.ok(!(await page.locator('body').innerText()).includes(raw), 'the raw API message is shown');
      assert.equal(await login.password.getAttribute('aria-invalid'), 'true');
      assert.equal(pathOf(page), '/login');
      assert.equal(await page.getByRole('navigation').count(), 0, 'the app shell appeared');
      await assertPageIsClean(page);
      await screenshot(page, 'login-error');
    },
  },

  {
    name: 'smoke: axe finds no serious or critical violations on login, tasks, task detail, dashboard',
    run: async (ctx) => {
      const { axe, note } = ctx;
      const results = {};

      const anonymous = await ctx.newPage({ isolated: true });
      const login = new LoginPage(anonymous);
      await login.goto();
      results.login = await axe(anonymous);

      const page = await loggedInPage(ctx);
      const tasks = new TasksPage(page);
      await tasks.goto();
      await page.waitForLoadState('networkidle');
      results.tasks = await axe(page);

      await openFirstTask(page);
      await page.waitForLoadState('networkidle');
      results['task detail'] = await axe(page);

      const dashboard = new DashboardPage(page);
      await dashboard.goto();
      await page.waitForLoadState('networkidle');
      results.dashboard = await axe(page);

      const lines = [];
      for (const [name, violations] of Object.entries(results)) {
        const lesser = violations.lesser?.length ? ` (also ${violations.lesser.join(', ')})` : '';
        note(`axe ${name}: ${violations.length} serious/critical${lesser}`);
        for (const v of violations) {
          lines.push(`${name}: [${v.impact}] ${v.id} — ${v.help}`);
          for (const n of v.nodes.slice(0, 5)) lines.push(`    ${n.target}`);
        }
      }
      assert.equal(lines.length, 0, `axe violations:\n${lines.join('\n')}`);
    },
  },

  {
    name: 'smoke: the state filter narrows the list and is kept in the URL after a reload',
    run: async (ctx) => {
      const page = await loggedInPage(ctx);
      const tasks = new TasksPage(page);
      await tasks.goto();
      const all = await tasks.total();
      const overdue = t(ZH, 'tasks:state.overdue');

      const fetched = page.waitForResponse(
        (res) => res.url().includes('/api/tasks?') && res.url().includes('state=overdue'),
      );
      await tasks.filterSelect('state').selectOption({ label: overdue });
      await fetched;
      await eventually(() => assert.equal(new URL(page.url()).searchParams.get('state'), 'overdue'));
      await tasks.waitForList();

      const checkFiltered = async () => {
        const filtered = await tasks.total();
        assert.ok(filtered > 0, 'the demo data should include overdue tasks');
        assert.ok(filtered < all, `the filter did not narrow the list (${filtered} of ${all})`);
        const rows = await tasks.rowData();
        assert.ok(rows.length > 0);
        const others = rows.filter((r) => r.state !== overdue);
        assert.equal(others.length, 0, `rows not ${overdue}: ${others.map((r) => `${r.code} ${r.state}`)}`);
        return filtered;
      };
      const filtered = await checkFiltered();
      ctx.note(`overdue: ${filtered} of ${all} tasks`);

      await page.reload();
      await tasks.waitForList();
      assert.equal(new URL(page.url()).searchParams.get('state'), 'overdue');
      assert.equal(await tasks.filterSelect('state').inputValue(), 'overdue');
      assert.equal(await checkFiltered(), filtered);
      await assertPageIsClean(page);
      await ctx.screenshot(page, 'tasks-overdue');

      // Clearing the filters brings the whole list back.
      await page.getByRole('button', { name: t(ZH, 'tasks:filter.reset'), exact: true }).click();
      await eventually(() => assert.equal(new URL(page.url()).search, ''));
      await tasks.waitForList();
      await eventually(async () => assert.equal(await tasks.total(), all));
    },
  },
];
