/* global URL, document, window */
// Reporting rounds 报送 over the demo workspace: staff file a report (draft kept across a reload, a PDF
// attached), the unit head approves or returns, the leader's figures follow, the matrix and 催报, axe.
import { createHash } from 'node:crypto';
import {
  MatrixPage,
  MyTasksPage,
  NotificationBell,
  ReportFormPage,
  ReviewQueuePage,
  periodLabel,
  rpattern,
  rt,
} from './pages/reporting.page.mjs';
import { apiCall, loginViaApi } from './support/api.mjs';
import { assert, eventually } from './support/expect.mjs';

const ZH = 'zh-CN';
// The demo seed puts 王晓燕 (staff) and 李明华 (head) in 工业和信息化部.
const STAFF_UNIT = '工业和信息化部';

// What the tests hand on to each other (they run in order, against one app).
const shared = {};

// No leaked i18n keys or {{values}}, and nothing wider than the 1366 px window.
const RAW_KEY =
  /\b(?:reporting|notifications|common):[\w.-]+|\b(?:myTasks|form|review|matrix|attachments|save|status|kind)\.[A-Za-z_-]+\b|\{\{/;
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

const api = apiCall;

// A logged-in user in a browser context of their own, so several people can act side by side.
const personIn = async (ctx, username) => {
  const context = await ctx.newContext();
  await loginViaApi(context, ctx.baseUrl, username);
  const page = await context.newPage();
  return { context, page };
};

const pdfBytes = () =>
  Buffer.from(
    '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
    'latin1',
  );

const axeLines = (name, violations) =>
  violations.flatMap((v) => [
    `${name}: [${v.impact}] ${v.id} — ${v.help}`,
    ...v.nodes.slice(0, 5).map((n) => `    ${n.target}`),
  ]);

const checkAxe = async (ctx, page, name) => {
  await page.waitForLoadState('networkidle');
  const violations = await ctx.axe(page);
  const lesser = violations.lesser?.length ? ` (also ${violations.lesser.join(', ')})` : '';
  ctx.note(`axe ${name}: ${violations.length} serious/critical${lesser}`);
  const lines = axeLines(name, violations);
  assert.equal(lines.length, 0, `axe violations:\n${lines.join('\n')}`);
};

export const tests = [
  {
    name: 'reporting: staff open 我的任务, file a report with a PDF, the draft survives a reload, and submit',
    run: async (ctx) => {
      const leader = await personIn(ctx, 'leader');
      const { context, page } = await personIn(ctx, 'staff');

      await page.goto('/reporting');
      await eventually(() => assert.equal(new URL(page.url()).pathname, '/reporting/my-tasks'));
      const myTasks = new MyTasksPage(page);
      await myTasks.waitForList();
      const period = await myTasks.periodSelect.inputValue();
      assert.match(period, /^\d{4}-\d{2}$/);
      const [code] = await myTasks.codesWithStatus('none');
      assert.ok(code, 'the demo staff user should have a task without a report this period');
      shared.period = period;
      shared.code = code;
      const summary = await api(leader.context, 'GET', `/api/dashboard/summary?period=${period}`);
      shared.missingBefore = summary.totals.reportsMissing;
      ctx.note(`filing ${code} for ${period}; reports missing before: ${shared.missingBefore}`);
      await assertPageIsClean(page);
      await ctx.screenshot(page, 'reporting-my-tasks');

      // One click from the list to the form.
      await myTasks.fileLink(code).click();
      const form = new ReportFormPage(page);
      await form.waitForForm();
      const url = new URL(page.url());
      assert.equal(url.searchParams.get('period'), period);
      shared.taskId = decodeURIComponent(url.pathname.split('/').at(-1));

      const achievements = `${code}：完成首批试点遴选，召开推进会 2 次（e2e ${Date.now()}）`;
      await form.field('achievements').fill(achievements);
      await form.progress.fill('66');
      // Reload at once, before any server save could run: the text must come back from this device.
      await page.reload();
      await form.waitForForm();
      await form.restoredNotice.waitFor();
      assert.equal(await form.field('achievements').inputValue(), achievements);
      assert.equal(await form.progress.inputValue(), '66');
      await form.waitForServerSave();

      await form.field('problems').fill('部分地区数据报送不及时。');
      await form.field('nextSteps').fill('下月完成第二批试点评估。');
      const bytes = pdfBytes();
      await form.fileInput.setInputFiles({
        name: '试点遴选会议纪要.pdf',
        mimeType: 'application/pdf',
        buffer: bytes,
      });
      await form.attachments.getByRole('link', { name: '试点遴选会议纪要.pdf' }).waitFor();
      // A file of a type the API refuses is stopped in the browser with a translated message.
      await form.fileInput.setInputFiles({
        name: 'macro.exe',
        mimeType: 'application/x-msdownload',
        buffer: Buffer.from('MZ'),
      });
      await page.getByRole('alert').getByText(rpattern(ZH, 'reporting:attachments.problem.type')).waitFor();
      await form.waitForServerSave();
      await assertPageIsClean(page);
      await form.attachments.scrollIntoViewIfNeeded();
      await ctx.screenshot(page, 'report-form');
      await checkAxe(ctx, page, 'report form');

      await form.submit.click();
      await eventually(() => assert.equal(new URL(page.url()).pathname, '/reporting/my-tasks'));
      await myTasks.submittedNotice.waitFor();
      await eventually(async () =>
        assert.equal(await myTasks.statusOf(code), rt(ZH, 'reporting:status.submitted')),
      );

      const reports = await api(context, 'GET', `/api/tasks/${shared.taskId}/reports`);
      const report = reports.find((r) => r.period === period && r.status === 'submitted');
      assert.ok(report, 'no submitted report on the server');
      assert.equal(report.achievements, achievements);
      assert.equal(report.progress, 66);
      assert.equal(report.attachments.length, 1);
      assert.equal(report.attachments[0].sha256, createHash('sha256').update(bytes).digest('hex'));
      shared.reportId = report.id;
      // The local draft is gone once submitted.
      const left = await page.evaluate(() =>
        Object.keys(window.localStorage).filter((k) => k.startsWith('luoshi.reportDraft')),
      );
      assert.deepEqual(
        left.filter((k) => k.includes(shared.taskId)),
        [],
      );
    },
  },

  {
    name: 'reporting: the unit head sees the report in the review queue and approves it',
    run: async (ctx) => {
      assert.ok(shared.reportId, 'needs the report filed by the previous test');
      const { context, page } = await personIn(ctx, 'head');
      const review = new ReviewQueuePage(page);
      await review.goto();
      const card = review.card(shared.code);
      await card.waitFor();
      assert.ok((await card.innerText()).includes('下月完成第二批试点评估。'));
      await card.getByRole('link', { name: '试点遴选会议纪要.pdf' }).waitFor();
      await assertPageIsClean(page);
      await card.scrollIntoViewIfNeeded();
      await ctx.screenshot(page, 'review-queue');
      await checkAxe(ctx, page, 'review queue');

      await review.approveButton(shared.code, shared.period).click();
      await review.status.getByText(rpattern(ZH, 'reporting:review.approved')).waitFor();
      await eventually(async () => assert.equal(await review.card(shared.code).count(), 0));
      const report = await api(context, 'GET', `/api/reports/${shared.reportId}`);
      assert.equal(report.status, 'approved');
    },
  },

  {
    name: "reporting: the leader's dashboard figures follow the filed and approved report",
    run: async (ctx) => {
      assert.ok(shared.reportId, 'needs the approved report');
      const { context } = await personIn(ctx, 'leader');
      const summary = await api(context, 'GET', `/api/dashboard/summary?period=${shared.period}`);
      ctx.note(
        `reports missing for ${shared.period}: ${shared.missingBefore} → ${summary.totals.reportsMissing}`,
      );
      assert.equal(summary.totals.reportsMissing, shared.missingBefore - 1);
      const task = await api(context, 'GET', `/api/tasks/${shared.taskId}`);
      assert.equal(task.progress, 66, 'the task takes its progress from the approved report');
      assert.equal(task.latestApprovedReport?.id, shared.reportId);
    },
  },

  {
    name: 'reporting: a returned report reaches its author through the bell, comment and all',
    run: async (ctx) => {
      const staff = await personIn(ctx, 'staff');
      const head = await personIn(ctx, 'head');
      const myTasks = new MyTasksPage(staff.page);
      await myTasks.goto();
      const period = await myTasks.periodSelect.inputValue();
      const [code] = (await myTasks.codesWithStatus('none')).filter((c) => c !== shared.code);
      assert.ok(code, 'needs a second task without a report');
      const task = (await api(staff.context, 'GET', `/api/reporting/my-tasks?period=${period}`)).items.find(
        (row) => row.task.code === code,
      ).task;
      await api(staff.context, 'POST', `/api/tasks/${task.id}/reports`, {
        period,
        reportedState: 'in_progress',
        progress: 30,
        achievements: '开展调研。',
        problems: '',
        nextSteps: '形成方案。',
        submit: true,
      });
      const bell = new NotificationBell(staff.page);
      const before = (await api(staff.context, 'GET', '/api/notifications')).unread;
      await eventually(async () => assert.equal(await bell.unread(), before));

      const review = new ReviewQueuePage(head.page);
      await review.goto();
      const opener = review.returnButton(code, period);
      await opener.click();
      await review.dialog.waitFor();
      // Escape closes the dialog and gives focus back to the button that opened it.
      await head.page.keyboard.press('Escape');
      await eventually(async () => assert.equal(await review.dialog.count(), 0));
      assert.equal(await opener.evaluate((el) => el === document.activeElement), true);
      await head.page.keyboard.press('Enter');
      await review.dialog.waitFor();
      const comment = '请补充调研的具体地市和数据。';
      await review.dialog
        .getByLabel(rpattern(ZH, 'reporting:review.comment', { whole: false }))
        .fill(comment);
      await review.dialog
        .getByRole('button', { name: rt(ZH, 'reporting:review.confirmReturn'), exact: true })
        .click();
      await review.status.getByText(rpattern(ZH, 'reporting:review.returned')).waitFor();

      // The author's bell: refreshed when the window gets focus (and every minute).
      await staff.page.evaluate(() => window.dispatchEvent(new window.Event('focus')));
      await eventually(async () => assert.equal(await bell.unread(), before + 1), { timeout: 15_000 });
      // The news refreshes the list on screen too.
      await eventually(async () =>
        assert.equal(await myTasks.statusOf(code), rt(ZH, 'reporting:status.returned')),
      );
      await bell.open();
      const message = rt(ZH, 'notifications:kind.report_returned', {
        fromName: '李明华',
        taskCode: code,
        taskTitle: task.title,
        period: periodLabel(period),
        comment,
      });
      const item = bell.panel.getByRole('link', { name: message });
      await item.waitFor();
      await assertPageIsClean(staff.page);
      await ctx.screenshot(staff.page, 'notifications');
      await checkAxe(ctx, staff.page, 'notifications panel');

      await item.click();
      await eventually(() => assert.equal(new URL(staff.page.url()).pathname, `/reporting/tasks/${task.id}`));
      const form = new ReportFormPage(staff.page);
      await form.returnedNotice.waitFor();
      assert.ok((await staff.page.locator('.notice--warning').innerText()).includes(comment));
      assert.equal(await form.field('achievements').inputValue(), '开展调研。');
      await eventually(async () => assert.equal(await bell.unread(), before));
    },
  },

  {
    name: 'reporting: the matrix writes each state out and 催报 notifies the responsible people',
    run: async (ctx) => {
      const leader = await personIn(ctx, 'leader');
      const staff = await personIn(ctx, 'staff');
      const matrix = new MatrixPage(leader.page);
      await matrix.goto();
      const labels = new Set(
        ['on_time', 'late', 'missing', 'returned', 'pending', 'none'].map((s) =>
          rt(ZH, `reporting:matrix.state.${s}`),
        ),
      );
      const cellTexts = await matrix.table.locator('.matrix-cell__label').allInnerTexts();
      assert.ok(cellTexts.length > 0, 'no matrix cells');
      const unknown = cellTexts.filter((text) => !labels.has(text.trim()));
      assert.deepEqual(unknown, [], 'every cell names its state in words');
      ctx.note(`matrix states: ${[...new Set(cellTexts)].join('、')}`);

      // Counts show on focus, for mouse and keyboard alike.
      await matrix.row(STAFF_UNIT).locator('.matrix-cell__button').first().hover();
      await leader.page.getByRole('tooltip', { includeHidden: true }).waitFor();

      const period = await matrix.remindPeriod.inputValue();
      const before = (await api(staff.context, 'GET', '/api/notifications')).unread;
      await assertPageIsClean(leader.page);
      await ctx.screenshot(leader.page, 'submission-matrix');
      await checkAxe(ctx, leader.page, 'submission matrix');

      const remind = matrix.remindButton(STAFF_UNIT, period);
      assert.equal(await remind.isEnabled(), true, `${STAFF_UNIT} has nothing outstanding for ${period}`);
      const answer = leader.page.waitForResponse((res) => res.url().endsWith('/api/reporting/remind'));
      await remind.click();
      const body = await (await answer).json();
      await matrix.sentMessage.waitFor();
      ctx.note(`催报 ${STAFF_UNIT} ${period}: ${JSON.stringify(body)}`);
      assert.ok(body.notified > 0 && body.tasks > 0, 'nobody was reminded');
      const after = await api(staff.context, 'GET', '/api/notifications');
      assert.ok(after.unread > before, `staff unread ${before} → ${after.unread}`);
      assert.ok(after.items.some((n) => n.kind === 'report_reminder' && n.params.period === period));
    },
  },

  {
    name: 'reporting: axe finds no serious or critical violations on any reporting view, in both languages',
    run: async (ctx) => {
      const staff = await personIn(ctx, 'staff');
      const head = await personIn(ctx, 'head');
      const results = {};
      const run = async (name, page) => {
        await page.waitForLoadState('networkidle');
        results[name] = await ctx.axe(page);
      };

      const myTasks = new MyTasksPage(staff.page);
      await myTasks.goto();
      await run('my tasks', staff.page);
      const [code] = await myTasks.codesWithStatus('none');
      if (code) {
        await myTasks.fileLink(code).click();
        await new ReportFormPage(staff.page).waitForForm();
        // The error summary and invalid fields too.
        await new ReportFormPage(staff.page).submit.click();
        await staff.page.locator('.error-summary').waitFor();
        await run('report form with errors', staff.page);
      }
      const review = new ReviewQueuePage(head.page);
      await review.goto();
      await run('review queue', head.page);
      if ((await review.cards.count()) > 0) {
        await review.cards
          .first()
          .getByRole('button', { name: rpattern(ZH, 'reporting:review.returnLabel') })
          .click();
        await review.dialog.waitFor();
        await run('return dialog', head.page);
        await head.page.keyboard.press('Escape');
      }
      const matrix = new MatrixPage(head.page);
      await matrix.goto();
      await run('matrix (unit head)', head.page);
      const bell = new NotificationBell(head.page);
      await bell.open();
      await run('notifications (unit head)', head.page);

      await api(staff.context, 'PATCH', '/api/auth/me', { locale: 'en' });
      try {
        const en = new MyTasksPage(staff.page, 'en');
        await en.goto();
        await staff.page.getByRole('heading', { name: 'My tasks', exact: true }).waitFor();
        await assertPageIsClean(staff.page);
        await run('my tasks (en)', staff.page);
      } finally {
        await api(staff.context, 'PATCH', '/api/auth/me', { locale: 'zh-CN' });
      }

      const lines = [];
      for (const [name, violations] of Object.entries(results)) {
        const lesser = violations.lesser?.length ? ` (also ${violations.lesser.join(', ')})` : '';
        ctx.note(`axe ${name}: ${violations.length} serious/critical${lesser}`);
        lines.push(...axeLines(name, violations));
      }
      assert.equal(lines.length, 0, `axe violations:\n${lines.join('\n')}`);
    },
  },
];
