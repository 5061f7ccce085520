/* global fetch */
// Each demo role logs in and the navigation offers exactly what that role may use (PRODUCT.md
// "Roles and scope"); the admin area refuses everyone but the admin, in the page and at the API.
import { AdminPage, ta } from './pages/admin.page.mjs';
import { AppShell } from './pages/app-shell.page.mjs';
import { loginViaApi } from './support/api.mjs';
import { assert, eventually } from './support/expect.mjs';
import { t } from './support/i18n.mjs';

const ZH = 'zh-CN';

// Written out here, not taken from the app: the test states the rule the app must follow.
const NAV_BY_USER = {
  admin: ['dashboard', 'tasks', 'reporting', 'meetings', 'admin'],
  leader: ['dashboard', 'tasks', 'reporting', 'meetings'],
  head: ['dashboard', 'tasks', 'reporting'],
  staff: ['dashboard', 'tasks', 'reporting'],
  viewer: ['dashboard', 'tasks'],
};

export const tests = Object.entries(NAV_BY_USER).map(([username, keys]) => ({
  name: `roles: ${username} sees only ${keys.join(', ')}`,
  run: async (ctx) => {
    await loginViaApi(ctx.context, ctx.baseUrl, username);
    const page = await ctx.newPage();
    await page.goto('/');
    const shell = new AppShell(page);
    await shell.nav.waitFor();
    await eventually(async () =>
      assert.deepEqual(
        await shell.navLabels(),
        keys.map((k) => t(ZH, `nav.${k}`)),
      ),
    );

    const audit = await page.evaluate(() => fetch('/api/audit').then((r) => r.status));
    assert.equal(audit, username === 'admin' ? 200 : 403, `GET /api/audit as ${username}`);

    await page.goto('/admin/people');
    const admin = new AdminPage(page);
    if (username === 'admin') {
      await admin.sectionHeading('people').waitFor();
    } else {
      await page.getByText(ta(ZH, 'noAccess')).waitFor();
      assert.equal(await admin.tabs.count(), 0, 'a non-admin sees the admin tabs');
    }
    await ctx.screenshot(page, `roles-${username}`);
  },
}));
