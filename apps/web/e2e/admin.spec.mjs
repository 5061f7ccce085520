/* global URL, document, fetch */
// The admin area: people, units, settings and the audit log, as the demo admin uses them.
import { AdminPage, ta } from './pages/admin.page.mjs';
import { AppShell } from './pages/app-shell.page.mjs';
import { LoginPage } from './pages/login.page.mjs';
import { loginViaApi } from './support/api.mjs';
import { assert, eventually } from './support/expect.mjs';
import { t } from './support/i18n.mjs';

const ZH = 'zh-CN';
const pathOf = (page) => new URL(page.url()).pathname;

const adminPage = async (ctx) => {
  await loginViaApi(ctx.context, ctx.baseUrl, 'admin');
  const page = await ctx.newPage();
  return { page, admin: new AdminPage(page) };
};

const assertNoSeriousAxe = async (ctx, page, name) => {
  const violations = await ctx.axe(page);
  ctx.note(`${name}: axe lesser findings ${violations.lesser.join(', ') || 'none'}`);
  assert.deepEqual([...violations], [], `${name}: ${JSON.stringify(violations, null, 2)}`);
};

// No page wider than the 1366 px window: wide tables scroll in their own box.
const assertNoSidewaysScroll = async (page) => {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  assert.ok(scrollWidth <= clientWidth, `${page.url()} scrolls sideways: ${scrollWidth} > ${clientWidth} px`);
};

const loginThroughForm = async (ctx, username, password) => {
  const page = await ctx.newPage({ isolated: true });
  const login = new LoginPage(page);
  await login.goto();
  const answer = page.waitForResponse((res) => res.url().endsWith('/api/auth/login'));
  await login.login(username, password);
  return { page, login, res: await answer };
};

export const tests = [
  {
    name: 'admin: creates a person who logs in; deactivated, they cannot; the audit log shows both',
    run: async (ctx) => {
      const { page, admin } = await adminPage(ctx);
      const username = `e2e-${Date.now().toString(36)}`;
      const displayName = '端到端测试员';
      const password = 'e2e-password-1';

      await page.goto('/admin');
      await eventually(() => assert.equal(pathOf(page), '/admin/units'));
      await admin.tab('people').click();
      await admin.sectionHeading('people').waitFor();
      const units = await page.evaluate(() => fetch('/api/units').then((r) => r.json()));
      const unit = units.find((u) => u.active);
      await admin.createPerson({ username, displayName, role: 'staff', unitName: unit.nameZh, password });
      await ctx.screenshot(page, 'admin-person-dialog');
      const created = await admin.saveDialog();
      assert.equal(created.status(), 201, await created.text());
      await admin.dialog.waitFor({ state: 'detached' });
      const row = admin.row(displayName);
      await row.waitFor();
      assert.ok((await row.innerText()).includes(admin.roleLabel('staff')));

      const first = await loginThroughForm(ctx, username, password);
      assert.equal(first.res.status(), 200);
      await new AppShell(first.page).nav.waitFor();

      const deactivated = page.waitForResponse((res) => res.url().includes('/api/people/'));
      await row
        .getByRole('button', { name: ta(ZH, 'people.deactivateLabel', { name: displayName }) })
        .click();
      assert.equal((await deactivated).status(), 200);
      await eventually(async () =>
        assert.ok(
          (await row.innerText()).includes(ta(ZH, 'common.inactive')),
          'the row is not marked 已停用',
        ),
      );
      // the open session ends too
      const after = await first.page.evaluate(() => fetch('/api/auth/me').then((r) => r.status));
      assert.equal(after, 401);

      const second = await loginThroughForm(ctx, username, password);
      assert.equal(second.res.status(), 401);
      await second.login.error.waitFor();
      assert.equal((await second.login.error.innerText()).trim(), t(ZH, 'apiError.AUTH_INVALID_CREDENTIALS'));
      assert.equal(pathOf(second.page), '/login');

      await admin.tab('audit').click();
      await admin.sectionHeading('audit').waitFor();
      await page.getByLabel(ta(ZH, 'audit.entity')).selectOption('person');
      await page.getByRole('button', { name: ta(ZH, 'audit.apply'), exact: true }).click();
      await eventually(() => assert.match(page.url(), /entity=person/));
      const events = page.locator('table.adm-audit tbody tr');
      await eventually(async () => {
        const text = await events.allInnerTexts();
        assert.ok(text[0]?.includes('person.deactivate'), `newest event: ${text[0]}`);
        assert.ok(
          text.some((line) => line.includes('person.create')),
          'no person.create event',
        );
      });
      await events
        .first()
        .getByRole('button', { name: ta(ZH, 'audit.showDiff') })
        .click();
      const diff = page.locator('.adm-diff');
      await diff.waitFor();
      const active = diff.locator('tr').filter({ has: page.getByRole('rowheader', { name: /active/ }) });
      assert.deepEqual(await active.locator('td').allInnerTexts(), ['true', 'false']);
      await assertNoSidewaysScroll(page);
      await ctx.screenshot(page, 'admin-audit');
    },
  },

  {
    name: 'admin: units, people, settings and audit pages have no serious axe violations',
    run: async (ctx) => {
      const { page, admin } = await adminPage(ctx);
      for (const view of ['units', 'people', 'settings', 'audit']) {
        await admin.open(view);
        if (view !== 'settings') await admin.table.waitFor();
        await page.waitForLoadState('networkidle');
        assert.equal(await admin.tab(view).getAttribute('aria-current'), 'page');
        await assertNoSeriousAxe(ctx, page, view);
        await assertNoSidewaysScroll(page);
        await ctx.screenshot(page, `admin-${view}`);
      }
      // the dialogs too
      await admin.open('units');
      await admin.button(ta(ZH, 'units.create')).click();
      await admin.dialog.waitFor();
      await assertNoSeriousAxe(ctx, page, 'unit dialog');
      await ctx.screenshot(page, 'admin-unit-dialog');
      await page.keyboard.press('Escape');
      await admin.dialog.waitFor({ state: 'detached' });
      await admin.open('people');
      await admin.table.waitFor();
      await admin.table
        .getByRole('button', { name: new RegExp(`^${ta(ZH, 'people.resetPassword')}`) })
        .first()
        .click();
      await admin.dialog.waitFor();
      await assertNoSeriousAxe(ctx, page, 'reset password dialog');
      await ctx.screenshot(page, 'admin-reset-dialog');
    },
  },

  {
    name: 'admin: the admin pages read in English, with no raw keys and nothing wider than the window',
    run: async (ctx) => {
      const { page, admin: zh } = await adminPage(ctx);
      await zh.open('units');
      // through the language switch, which saves the choice to the profile like a user does
      const shell = new AppShell(page);
      await shell.switchLanguage('en');
      try {
        const admin = new AdminPage(page, 'en');
        for (const view of ['units', 'people', 'settings', 'audit']) {
          await admin.open(view);
          if (view !== 'settings') await admin.table.waitFor();
          const text = await page.locator('main').innerText();
          const leak = text.match(
            /\b(?:admin|common):[\w.]+|\b(?:units|people|audit|settings|form)\.[a-zA-Z]+\b|\{\{/,
          );
          assert.equal(leak, null, `untranslated text on ${view}: ${leak?.[0]}`);
          assert.ok(
            !/[\u4e00-\u9fff]/.test(await admin.tabs.innerText()),
            'Chinese left in the English tabs',
          );
          await assertNoSidewaysScroll(page);
          if (view === 'audit')
            await page.locator('table.adm-audit tbody tr').first().getByRole('button').click();
          await ctx.screenshot(page, `admin-${view}-en`);
        }
      } finally {
        await shell.switchLanguage(ZH).catch(() => {});
      }
    },
  },

  {
    name: 'admin: creates a workspace whose admin logs in to an empty workspace of its own',
    run: async (ctx) => {
      const { page, admin } = await adminPage(ctx);
      const code = `e2e-${Date.now().toString(36)}`;
      await admin.open('settings');
      await admin.button(ta(ZH, 'newWorkspace.open')).click();
      await admin.dialog.waitFor();
      await assertNoSeriousAxe(ctx, page, 'new workspace dialog');
      const label = (key) => new RegExp(`^${ta(ZH, key)}`);
      await admin.field(label('newWorkspace.code')).fill(code);
      await admin.field(label('newWorkspace.name')).fill('端到端测试省');
      const unit = admin.dialog.getByRole('group', { name: ta(ZH, 'newWorkspace.unitSection') });
      await unit.getByLabel(label('units.nameZh')).fill('测试省专班');
      await unit.getByLabel(label('units.nameEn')).fill('Test province office');
      await unit.getByLabel(label('units.region')).selectOption('440000');
      const first = admin.dialog.getByRole('group', { name: ta(ZH, 'newWorkspace.adminSection') });
      await first.getByLabel(label('people.username')).fill(`${code}-admin`);
      await first.getByLabel(label('people.displayName')).fill('测试省管理员');
      await first.getByLabel(label('people.password')).fill('e2e-password-1');
      await ctx.screenshot(page, 'admin-new-workspace-dialog');
      const created = page.waitForResponse((res) => res.url().endsWith('/api/workspaces'));
      await admin.dialog.getByRole('button', { name: ta(ZH, 'newWorkspace.submit') }).click();
      assert.equal((await created).status(), 201);
      await admin.dialog.waitFor({ state: 'detached' });

      const other = await loginThroughForm(ctx, `${code}-admin`, 'e2e-password-1');
      assert.equal(other.res.status(), 200);
      await new AppShell(other.page).nav.waitFor();
      assert.ok((await other.page.locator('.shell__workspace').innerText()).includes('端到端测试省'));
      const seen = await other.page.evaluate(async () => ({
        measures: (await fetch('/api/measures').then((r) => r.json())).length,
        tasks: (await fetch('/api/tasks').then((r) => r.json())).total,
        people: (await fetch('/api/people').then((r) => r.json())).length,
      }));
      assert.deepEqual(seen, { measures: 5, tasks: 0, people: 1 });
    },
  },

  {
    name: 'admin: workspace settings save and show in the header; a due day of 29 is refused',
    run: async (ctx) => {
      const { page, admin } = await adminPage(ctx);
      await admin.open('settings');
      const name = page.getByLabel(new RegExp(`^${ta(ZH, 'settings.name')}`));
      await name.waitFor();
      const original = await name.inputValue();
      const dueDay = page.getByLabel(new RegExp(`^${ta(ZH, 'settings.dueDay')}`));
      await dueDay.fill('29');
      await page.getByRole('button', { name: ta(ZH, 'settings.submit') }).click();
      assert.equal(await dueDay.getAttribute('aria-invalid'), 'true');
      try {
        await name.fill(`${original}（测试）`);
        await dueDay.fill('6');
        const saved = page.waitForResponse((res) => res.url().endsWith('/api/workspace'));
        await page.getByRole('button', { name: ta(ZH, 'settings.submit') }).click();
        assert.equal((await saved).status(), 200);
        await eventually(async () =>
          assert.ok((await page.locator('.shell__workspace').innerText()).includes('（测试）')),
        );
      } finally {
        // put the demo settings back, with the session's CSRF token like the app sends it
        const restored = await page.evaluate(async (name) => {
          const { csrfToken } = await fetch('/api/auth/me').then((r) => r.json());
          const { version } = await fetch('/api/workspace').then((r) => r.json());
          const res = await fetch('/api/workspace', {
            method: 'PATCH',
            headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken ?? '' },
            body: JSON.stringify({ name, dueDay: 5, version }),
          });
          return res.status;
        }, original);
        assert.equal(restored, 200);
      }
    },
  },
];
