/* global URL, document, getComputedStyle */
// Task list, task page, task editing: sorting in the URL, milestones, the version-conflict flow, a11y.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TaskDetailPage } from './pages/task-detail.page.mjs';
import { TasksPage } from './pages/tasks.page.mjs';
import { csrfHeaders, loginViaApi } from './support/api.mjs';
import { assert, eventually } from './support/expect.mjs';
import { t } from './support/i18n.mjs';

const ZH = 'zh-CN';
const SCREENSHOT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const TODAY_ZH = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeZone: 'Asia/Shanghai' }).format(
  new Date(),
);

// A page of its own (own cookies), logged in as `username`.
const sessionAs = async ({ newPage, baseUrl }, username) => {
  const page = await newPage({ isolated: true });
  await loginViaApi(page.context(), baseUrl, username);
  return page;
};

const api = async (page, baseUrl, path) => {
  const res = await page.context().request.get(`${baseUrl}/api${path}`);
  assert.equal(res.status(), 200, `GET ${path}: HTTP ${res.status()} ${await res.text()}`);
  return res.json();
};

// The runner's screenshots are the viewport; the whole task page needs the full height.
const fullPageScreenshot = async (page, name) => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
};

const reportAxe = (note, results) => {
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
};

const percent = (text) => Number(text.replace(/[^\d.]/g, ''));
const searchOf = (page) => new URL(page.url()).searchParams;

export const tests = [
  {
    name: 'tasks: two people save the same task; the second sees both versions, re-applies, loses nothing',
    run: async (ctx) => {
      const first = await sessionAs(ctx, 'admin');
      const second = await sessionAs(ctx, 'staff');
      const me = await api(second, ctx.baseUrl, '/auth/me');
      const led = await api(second, ctx.baseUrl, `/tasks?leadUnit=${me.unit.id}&sort=-code&limit=5`);
      assert.ok(led.items.length > 0, `no task led by ${me.unit.nameZh}`);
      const original = await api(second, ctx.baseUrl, `/tasks/${led.items[0].id}`);

      const a = new TaskDetailPage(first);
      const b = new TaskDetailPage(second);
      await a.goto(original.id);
      await b.goto(original.id);
      await a.openEditForm();
      await b.openEditForm();

      // The first person renames the task and saves.
      const newTitle = `${original.title}（调度会修订）`;
      await a.formField('title').fill(newTitle);
      await a.saveButton.click();
      await a.notice.getByText(t(ZH, 'tasks:detail.saved')).waitFor();
      assert.equal((await a.heading.innerText()).trim(), newTitle);

      // The second, still on the old version, adds to the requirement and saves.
      const addition = `\n补充要求：每季度报送一次典型案例（${Date.now()}）。`;
      const requirement = `${original.requirement}${addition}`;
      await b.formField('requirement').fill(requirement);
      const rejected = second.waitForResponse(
        (res) => res.url().endsWith(`/api/tasks/${original.id}`) && res.request().method() === 'PATCH',
      );
      await b.saveButton.click();
      assert.equal((await rejected).status(), 409);
      await b.conflict.waitFor();

      // Field by field: their new title, my new requirement; nothing I typed is gone.
      const titleRow = b.conflictRow('title');
      const requirementRow = b.conflictRow('requirement');
      assert.match(await titleRow.innerText(), new RegExp(t(ZH, 'tasks:conflict.change.theirs')));
      // Their edit of the title is marked inside it: （调度会修订） was added.
      assert.equal(
        (await titleRow.locator('ins').textContent()).trim(),
        `${t(ZH, 'tasks:conflict.added')}（调度会修订）${t(ZH, 'tasks:conflict.markEnd')}`,
      );
      const mineCell = requirementRow.getByRole('cell').first();
      assert.ok((await mineCell.innerText()).includes(addition.trim()), 'my requirement text is not shown');
      assert.match(await requirementRow.innerText(), new RegExp(t(ZH, 'tasks:conflict.change.mine')));
      const intro = await b.conflict.innerText();
      assert.ok(intro.includes('系统管理员'), `the conflict does not say who saved: ${intro}`);

      await second.waitForLoadState('networkidle');
      const violations = await ctx.axe(second);
      reportAxe(ctx.note, { 'conflict view': violations });
      await ctx.screenshot(second, 'task-conflict');

      // One click: my change goes onto the current version.
      const reapplied = second.waitForRequest(
        (req) => req.url().endsWith(`/api/tasks/${original.id}`) && req.method() === 'PATCH',
      );
      await b.reapplyButton.click();
      assert.deepEqual(JSON.parse((await reapplied).postData()), {
        version: original.version + 1,
        requirement,
      });
      await b.notice.getByText(t(ZH, 'tasks:detail.saved')).waitFor();
      assert.equal((await b.heading.innerText()).trim(), newTitle);

      const final = await api(second, ctx.baseUrl, `/tasks/${original.id}`);
      assert.equal(final.title, newTitle);
      assert.equal(final.requirement, requirement);
      assert.equal(final.version, original.version + 2);
      ctx.note(`${original.code}: version ${original.version} → ${final.version}, both changes kept`);
    },
  },

  {
    name: 'tasks: marking a late milestone done updates the schedule sentence',
    run: async (ctx) => {
      const page = await sessionAs(ctx, 'admin');
      // A behind task whose only lateness is one milestone past its date.
      const behind = await api(page, ctx.baseUrl, '/tasks?state=behind&sort=-daysLate&limit=40');
      let target = null;
      for (const item of behind.items) {
        if (item.status.daysLate <= 0) continue;
        const task = await api(page, ctx.baseUrl, `/tasks/${item.id}`);
        const late = task.milestones.filter((m) => !m.doneDate && m.dueDate < TODAY);
        if (late.length === 1) {
          target = { task, milestone: late[0] };
          break;
        }
      }
      assert.ok(target, 'the demo data has no behind task with exactly one late milestone');
      const { task, milestone } = target;

      const detail = new TaskDetailPage(page);
      await detail.goto(task.id);
      const before = (await detail.statusSentence.innerText()).trim();
      assert.match(before, /滞后[\d,]+天/, `the sentence does not say how late: ${before}`);
      const row = detail.milestoneRow(milestone.title);
      assert.ok(
        (await row.innerText()).includes(t(ZH, 'tasks:milestone.late')),
        'the late milestone is not marked',
      );

      await detail.markDoneButton(milestone.title).click();
      await page
        .getByText(t(ZH, 'tasks:milestone.completed', { title: milestone.title }), { exact: true })
        .waitFor();
      await eventually(async () => {
        const after = (await detail.statusSentence.innerText()).trim();
        assert.notEqual(after, before);
        assert.doesNotMatch(after, /滞后[\d,]+天/);
      });
      const doneToday = t(ZH, 'tasks:milestone.done', { date: TODAY_ZH });
      assert.ok((await row.innerText()).includes(doneToday), `the milestone does not say "${doneToday}"`);
      ctx.note(`${task.code}: "${before}" → "${(await detail.statusSentence.innerText()).trim()}"`);
    },
  },

  {
    name: 'tasks: sorting by a column header reorders the list and is kept in the URL',
    run: async (ctx) => {
      const page = await sessionAs(ctx, 'leader');
      const tasks = new TasksPage(page);
      await tasks.goto();
      assert.equal(await tasks.columnHeader('code').getAttribute('aria-sort'), 'ascending');

      const sortBy = async (column, expected) => {
        const fetched = page.waitForResponse(
          (res) =>
            res.url().includes('/api/tasks?') && res.url().includes(`sort=${encodeURIComponent(expected)}`),
        );
        await tasks.sortButton(column).click();
        await fetched;
        await eventually(() => assert.equal(searchOf(page).get('sort'), expected));
        await tasks.waitForList();
      };

      await sortBy('progress', 'progress');
      let progress = (await tasks.rowData()).map((r) => percent(r.progress));
      assert.deepEqual(
        progress,
        [...progress].sort((x, y) => x - y),
        'not ascending by progress',
      );
      assert.equal(await tasks.columnHeader('progress').getAttribute('aria-sort'), 'ascending');
      assert.equal(await tasks.columnHeader('code').getAttribute('aria-sort'), null);

      // Keyboard: the header button is focusable and Enter reverses the order.
      await tasks.sortButton('progress').focus();
      const reversed = page.waitForResponse((res) => res.url().includes('sort=-progress'));
      await page.keyboard.press('Enter');
      await reversed;
      await eventually(() => assert.equal(searchOf(page).get('sort'), '-progress'));
      await tasks.waitForList();
      progress = (await tasks.rowData()).map((r) => percent(r.progress));
      assert.deepEqual(
        progress,
        [...progress].sort((x, y) => y - x),
        'not descending by progress',
      );
      assert.ok(progress[0] > progress.at(-1), 'the demo list should have different progress values');

      await page.reload();
      await tasks.waitForList();
      assert.equal(searchOf(page).get('sort'), '-progress');
      assert.equal(await tasks.columnHeader('progress').getAttribute('aria-sort'), 'descending');
      const afterReload = (await tasks.rowData()).map((r) => percent(r.progress));
      assert.deepEqual(afterReload, progress);

      await sortBy('daysLate', '-daysLate');
      const [mostLate] = await tasks.rowData();
      assert.match(mostLate.daysLate, /^\d[\d,]*天$/, `first row is not late: ${JSON.stringify(mostLate)}`);
      ctx.note(`most days late: ${mostLate.code} ${mostLate.daysLate}`);

      // At 1366 px nothing scrolls sideways, region names never break, unit names take ≤ 2 lines.
      const layout = await page.evaluate(() => {
        // Visible lines: text clipped away by line-clamp lies below the element's box and does not count.
        const lines = (el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          const bottom = el.getBoundingClientRect().bottom;
          const visible = [...range.getClientRects()].filter((r) => r.top < bottom - 1);
          return new Set(visible.map((r) => Math.round(r.top))).size;
        };
        const scroller = document.querySelector('.table-scroll');
        return {
          page: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
          table: [scroller.scrollWidth, scroller.clientWidth],
          regions: [...document.querySelectorAll('td.task-table__region span')].map((el) => [
            el.textContent,
            lines(el),
          ]),
          units: [...document.querySelectorAll('.task-table__unit-name')].map((el) => [
            el.textContent,
            lines(el),
          ]),
          fontSize: getComputedStyle(document.body).fontSize,
        };
      });
      assert.ok(layout.page[0] <= layout.page[1], `the page scrolls sideways: ${layout.page}`);
      assert.ok(layout.table[0] <= layout.table[1], `the table scrolls sideways: ${layout.table}`);
      const brokenRegions = layout.regions.filter(([, n]) => n > 1);
      assert.deepEqual(brokenRegions, [], 'region names wrap');
      const tallUnits = layout.units.filter(([, n]) => n > 2);
      assert.deepEqual(tallUnits, [], 'unit names take more than two lines');
    },
  },

  {
    name: 'tasks: axe finds no serious or critical violations on the list, task page, edit form and conflict view',
    run: async (ctx) => {
      const page = await sessionAs(ctx, 'admin');
      const results = {};

      const tasks = new TasksPage(page);
      await tasks.goto();
      await page.waitForLoadState('networkidle');
      results.list = await ctx.axe(page);
      await ctx.screenshot(page, 'task-list');

      // A national task: milestones, several reports, cooperating units.
      const list = await api(page, ctx.baseUrl, '/tasks?region=000000&sort=code&limit=20');
      let chosen = null;
      for (const item of list.items) {
        const reports = await api(page, ctx.baseUrl, `/tasks/${item.id}/reports`);
        const task = await api(page, ctx.baseUrl, `/tasks/${item.id}`);
        if (reports.length >= 2 && task.milestones.length >= 2 && task.cooperatingUnits.length > 0) {
          chosen = task;
          break;
        }
      }
      assert.ok(chosen, 'no national task with milestones, reports and cooperating units');

      const detail = new TaskDetailPage(page);
      await detail.goto(chosen.id);
      await detail.reports.getByRole('listitem').first().waitFor();
      await page.waitForLoadState('networkidle');
      results['task page'] = await ctx.axe(page);
      await fullPageScreenshot(page, 'task-detail-full');
      await ctx.screenshot(page, 'task-detail-top');

      await detail.openEditForm();
      await page.waitForLoadState('networkidle');
      results['edit form'] = await ctx.axe(page);
      await ctx.screenshot(page, 'task-edit');
      await fullPageScreenshot(page, 'task-edit-full');

      // Somebody else saves meanwhile (through the API), then this form is saved: a conflict.
      const res = await page.context().request.patch(`${ctx.baseUrl}/api/tasks/${chosen.id}`, {
        data: { version: chosen.version, startDate: chosen.startDate, title: `${chosen.title}（更新）` },
        headers: await csrfHeaders(page.context(), ctx.baseUrl),
      });
      assert.equal(res.status(), 200, `PATCH: ${await res.text()}`);
      await detail.formField('requirement').fill(`${chosen.requirement}\n（补充）`);
      await detail.saveButton.click();
      await detail.conflict.waitFor();
      await page.waitForLoadState('networkidle');
      results['conflict view'] = await ctx.axe(page);
      await ctx.screenshot(page, 'task-conflict-axe');

      await detail.discardButton.click();
      await detail.notice.getByText(t(ZH, 'tasks:detail.discarded')).waitFor();
      assert.equal((await detail.heading.innerText()).trim(), `${chosen.title}（更新）`);

      reportAxe(ctx.note, results);
    },
  },

  {
    name: 'tasks: staff create a task from the list and land on its page',
    run: async (ctx) => {
      const page = await sessionAs(ctx, 'staff');
      const tasks = new TasksPage(page);
      await tasks.goto();
      await tasks.newTaskLink.click();
      await page.getByRole('heading', { level: 1, name: t(ZH, 'tasks:form.createTitle') }).waitFor();

      // Saving an empty title is stopped in the browser, with an announced summary.
      await page.getByRole('button', { name: t(ZH, 'tasks:form.create'), exact: true }).click();
      const summary = page.locator('.error-summary[role="alert"]');
      await summary.waitFor();
      assert.ok((await summary.innerText()).includes(t(ZH, 'tasks:form.title')));

      const title = `测试新建任务 ${Date.now()}`;
      const form = page.locator('form.task-form');
      await form.getByLabel(/^任务名称/).fill(title);
      await form.getByLabel(/^措施/).selectOption('talent');
      await form.getByLabel('教育', { exact: true }).check();
      await form.getByLabel(/^完成时限/).fill('2027-12-31');
      await page.getByRole('button', { name: t(ZH, 'tasks:form.create'), exact: true }).click();

      const detail = new TaskDetailPage(page);
      await detail.heading.filter({ hasText: title }).waitFor();
      await detail.notice.getByText(t(ZH, 'tasks:detail.created')).waitFor();
      assert.match(new URL(page.url()).pathname, /^\/tasks\/[0-9a-f-]{36}$/);
      assert.equal((await detail.field('responsiblePerson').innerText()).trim(), '王晓燕');
      assert.match((await detail.article.locator('.task-detail__code').innerText()).trim(), /^TAL-\d+/);
    },
  },
];
