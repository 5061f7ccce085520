/* global URL, document, window */
// Review meetings 调度会 over the demo workspace: the leader freezes a meeting whose figures equal the
// dashboard's, downloads the four documents as of it, records a decision, compares two meetings after a
// report is approved in between; the administrator runs the import wizard. axe on every page.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DashboardPage } from './pages/dashboard.page.mjs';
import {
  CHANGE_SECTIONS,
  EXPORT_KINDS,
  FROZEN_FIGURE_KEYS,
  ImportWizardPage,
  MeetingChangesPage,
  MeetingDetailPage,
  MeetingsListPage,
  mt,
  zhDate,
} from './pages/meetings.page.mjs';
import { apiCall, loginViaApi } from './support/api.mjs';
import { assert, eventually } from './support/expect.mjs';

const ZH = 'zh-CN';
const DOWNLOADS = mkdtempSync(join(tmpdir(), 'luoshi-meetings-e2e-'));
// exceljs is the API's spreadsheet library (hoisted to the root node_modules); here it only edits a
// downloaded template into a file with a bad row.
const ExcelJS = createRequire(new URL('../../api/package.json', import.meta.url))('exceljs');

// What the tests hand on to each other (they run in order, against one app).
const shared = {};

const RAW_KEY =
  /\b(?:meetings|exports|imports|common|tasks):[\w.-]+|\b(?:list|create|detail|figures|decisions|changes|preview|apply|dryRun|template|errors|summary|menu|kind|status)\.[A-Za-z_-]+\b|\{\{/;

// No leaked i18n keys or {{values}}, and nothing wider than the 1366 px window.
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

const checkAxe = async (ctx, page, name) => {
  await page.waitForLoadState('networkidle');
  const violations = await ctx.axe(page);
  const lesser = violations.lesser?.length ? ` (also ${violations.lesser.join(', ')})` : '';
  ctx.note(`axe ${name}: ${violations.length} serious/critical${lesser}`);
  const lines = violations.flatMap((v) => [
    `${name}: [${v.impact}] ${v.id} — ${v.help}`,
    ...v.nodes.slice(0, 5).map((n) => `    ${n.target}`),
  ]);
  assert.equal(lines.length, 0, `axe violations:\n${lines.join('\n')}`);
};

const api = apiCall;

// A logged-in user in a browser context of their own, so several people can act side by side.
const personIn = async (ctx, username) => {
  const context = await ctx.newContext();
  await loginViaApi(context, ctx.baseUrl, username);
  const page = await context.newPage();
  return { context, page };
};

// RFC 5987 filename* of a Content-Disposition header.
const dispositionName = (header) => {
  const match = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header ?? '');
  return match ? decodeURIComponent(match[1]) : null;
};

const EXPORTS = {
  ledger: {
    path: '/api/exports/ledger.xlsx',
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    name: (asOf) => `人工智能+行动任务台账_${asOf}.xlsx`,
    magic: 'PK',
  },
  briefingDocx: {
    path: '/api/exports/briefing.docx',
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    name: (asOf) => `人工智能+行动推进情况简报_${asOf}.docx`,
    magic: 'PK',
  },
  briefingPdf: {
    path: '/api/exports/briefing.pdf',
    type: 'application/pdf',
    name: (asOf) => `人工智能+行动推进情况简报_${asOf}.pdf`,
    magic: '%PDF',
  },
  csv: {
    path: '/api/exports/tasks.csv',
    type: 'text/csv',
    name: (asOf) => `人工智能+行动任务台账_${asOf}.csv`,
    magic: '\uFEFF',
  },
};

export const tests = [
  {
    name: "meetings: the leader creates a meeting and sees frozen figures equal to the dashboard's",
    run: async (ctx) => {
      const { page } = await personIn(ctx, 'leader');

      // The dashboard as it is right now.
      const dashboard = new DashboardPage(page);
      await dashboard.goto();
      await dashboard.waitForLoaded();
      const live = {};
      for (const key of FROZEN_FIGURE_KEYS) live[key] = await dashboard.value(key);
      const liveCompleted = await dashboard.shown('completed');

      const list = new MeetingsListPage(page);
      await list.goto();
      await checkAxe(ctx, page, 'meetings list (empty)');

      // The dialog: focus on the title, Tab stays inside, Escape closes back on the button.
      await list.createButton.click();
      await list.dialog.waitFor();
      assert.equal(await list.titleInput.evaluate((el) => el === document.activeElement), true);
      await checkAxe(ctx, page, 'create-meeting dialog');
      for (let i = 0; i < 6; i += 1) await page.keyboard.press('Tab');
      assert.equal(
        await list.dialog.evaluate((dialog) => dialog.contains(document.activeElement)),
        true,
        'Tab left the dialog',
      );
      await page.keyboard.press('Escape');
      await list.dialog.waitFor({ state: 'detached' });
      assert.equal(await list.createButton.evaluate((el) => el === document.activeElement), true);

      // Submitting empty says what is missing, next to the field.
      await list.createButton.click();
      await list.submitButton.click();
      assert.equal(await list.titleInput.getAttribute('aria-invalid'), 'true');
      await list.dialog.getByText(mt(ZH, 'meetings:create.error.required')).waitFor();

      const title = `专班第${Date.now() % 100000}次调度会`;
      await list.titleInput.fill(title);
      const created = page.waitForResponse(
        (res) => res.url().endsWith('/api/meetings') && res.request().method() === 'POST',
      );
      await list.submitButton.click();
      const meeting = await (await created).json();
      await page.waitForURL(`**/meetings/${meeting.id}`);
      shared.first = meeting;

      const detail = new MeetingDetailPage(page);
      await detail.figures.waitFor();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      const note = await detail.frozenNote.innerText();
      assert.ok(
        note.includes(mt(ZH, 'meetings:detail.asOf', { date: zhDate(meeting.asOf) })),
        `the page is not marked "as of … (frozen)": ${note}`,
      );

      const frozen = {};
      for (const key of FROZEN_FIGURE_KEYS) frozen[key] = await detail.count(key);
      assert.deepEqual(frozen, live, 'the frozen figures differ from the dashboard');
      assert.equal(await detail.shown('completed'), liveCompleted);
      assert.equal(meeting.taskCount, live.tasks);
      ctx.note(`frozen ${meeting.asOf}: ${JSON.stringify(frozen)}`);

      // Per measure: the rows add up to the total row.
      const rows = detail.measuresTable.locator('tbody tr');
      assert.equal(await rows.count(), meeting.summary.byMeasure.length);
      const totalCells = await detail.measuresTable.locator('tfoot td').allInnerTexts();
      assert.equal(Number(totalCells[0].replace(/\D/g, '')), live.tasks);
      const behindRows = page
        .getByRole('region', { name: mt(ZH, 'meetings:behind.title') })
        .locator('tbody tr');
      assert.ok((await behindRows.count()) > 0, 'the frozen behind list is empty');
      assert.match(await behindRows.first().innerText(), /红灯|黄灯/);

      await assertPageIsClean(page);
      await checkAxe(ctx, page, 'meeting detail');
      await ctx.screenshot(page, 'meeting-detail');

      await list.goto();
      await list.row(title).waitFor();
      assert.match(await list.row(title).innerText(), new RegExp(`${zhDate(meeting.asOf)}（已冻结）`));
      await assertPageIsClean(page);
      await checkAxe(ctx, page, 'meetings list');
    },
  },

  {
    name: 'meetings: every export downloads from the meeting page, as of the meeting, with its Chinese name',
    run: async (ctx) => {
      assert.ok(shared.first, 'needs the meeting of the first test');
      const { page } = await personIn(ctx, 'leader');
      const detail = new MeetingDetailPage(page);
      await detail.goto(shared.first.id);

      for (const [index, kind] of EXPORT_KINDS.entries()) {
        const spec = EXPORTS[kind];
        // By keyboard: Enter opens on the first item, ↓ moves, Enter downloads.
        await detail.exportButton.focus();
        await page.keyboard.press('Enter');
        await detail.exportMenu.waitFor();
        if (index === 0) await checkAxe(ctx, page, 'export menu open');
        for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
        assert.equal(
          await detail.exportItem(kind).evaluate((el) => el === document.activeElement),
          true,
          `${kind} is not focused after ${index} × ↓`,
        );
        const href = await detail.exportItem(kind).getAttribute('href');
        assert.equal(href, `${spec.path}?meeting=${shared.first.id}`);

        const answered = page.waitForResponse((res) => res.url().includes(spec.path), { timeout: 60_000 });
        // Settled either way, so a failed check below cannot leave it rejecting unhandled.
        const downloaded = page.waitForEvent('download', { timeout: 60_000 }).catch((error) => error);
        await page.keyboard.press('Enter');
        const res = await answered;
        const body = await res.text().catch(() => '');
        assert.equal(res.status(), 200, `${spec.path}: HTTP ${res.status()} ${body.slice(0, 300)}`);
        assert.ok(
          res.headers()['content-type']?.startsWith(spec.type),
          `${spec.path}: Content-Type ${res.headers()['content-type']}`,
        );
        const name = dispositionName(res.headers()['content-disposition']);
        assert.equal(name, spec.name(shared.first.asOf), `${spec.path}: Content-Disposition name`);
        const download = await downloaded;
        if (download instanceof Error) throw download;
        assert.equal(download.suggestedFilename(), name);
        const file = join(DOWNLOADS, name);
        await download.saveAs(file);
        const bytes = readFileSync(file);
        assert.ok(bytes.length > 100, `${name} is only ${bytes.length} bytes`);
        assert.ok(
          bytes.toString('utf8', 0, 4).startsWith(spec.magic),
          `${name} does not start like a ${kind} file`,
        );
        await detail.exportStatus.getByText(mt(ZH, 'exports:status.done', { fileName: name })).waitFor();
        assert.equal(await detail.exportButton.evaluate((el) => el === document.activeElement), true);
        ctx.note(`${kind}: ${name}, ${bytes.length} bytes`);
        if (kind === 'ledger') shared.ledgerFile = file;
      }
    },
  },

  {
    name: 'meetings: the leader records a decision as a task linked to the meeting',
    run: async (ctx) => {
      assert.ok(shared.first, 'needs the meeting of the first test');
      const { context, page } = await personIn(ctx, 'leader');
      const detail = new MeetingDetailPage(page);
      await detail.goto(shared.first.id);
      await detail.decisions.getByText(mt(ZH, 'meetings:decisions.empty')).waitFor();

      await detail.recordButton.click();
      const title = `会议议定：开展人工智能+制造业专项督查（${Date.now() % 100000}）`;
      await detail.field('title').fill(title);
      await detail.field('measure').selectOption('pilots');
      await detail.field('leadUnit').selectOption({ label: '工业和信息化部' });
      await detail.sector('制造业').check();
      await eventually(async () =>
        assert.ok((await detail.field('responsiblePerson').locator('option').count()) > 1, 'no people yet'),
      );
      await detail.field('responsiblePerson').selectOption({ label: '王晓燕' });
      await detail.ongoing.check();
      await checkAxe(ctx, page, 'decision form');

      const posted = page.waitForResponse((res) =>
        res.url().endsWith(`/api/meetings/${shared.first.id}/decisions`),
      );
      await detail.submitDecision.click();
      const res = await posted;
      assert.equal(res.status(), 201, `POST decisions: HTTP ${res.status()} ${await res.text()}`);
      const task = await res.json();
      assert.equal(task.sourceMeetingId, shared.first.id);
      assert.equal(task.dueDate, null);
      shared.decision = task;

      await detail.decisions
        .getByRole('status')
        .getByText(mt(ZH, 'meetings:decisions.recorded', { code: task.code, title }))
        .waitFor();
      const row = detail.decisions.locator(`tbody tr[data-task="${task.id}"]`);
      await row.waitFor();
      assert.match(await row.innerText(), /长期/);
      assert.equal(await row.getByRole('link', { name: title }).getAttribute('href'), `/tasks/${task.id}`);
      await detail.decisions.getByText(mt(ZH, 'meetings:decisions.count', { value: 1 })).waitFor();

      const stored = await api(context, 'GET', `/api/tasks/${task.id}`);
      assert.equal(stored.sourceMeetingId, shared.first.id);
      const meeting = await api(context, 'GET', `/api/meetings/${shared.first.id}`);
      assert.equal(meeting.decisionCount, 1);
      // The task's page names its source and links back to the meeting.
      await row.getByRole('link', { name: title }).click();
      const source = page.getByRole('link', { name: mt(ZH, 'tasks:detail.sourceMeeting') });
      await source.waitFor();
      assert.equal(await source.getAttribute('href'), `/meetings/${shared.first.id}`);
      ctx.note(`decision ${task.code} recorded`);
    },
  },

  {
    name: 'meetings: the changes page lists the report approved between two meetings',
    run: async (ctx) => {
      assert.ok(shared.first, 'needs the meeting of the first test');
      const staff = await personIn(ctx, 'staff');
      const head = await personIn(ctx, 'head');
      const leader = await personIn(ctx, 'leader');

      // Staff raise a draft's progress and report a problem, submit it; the unit head approves.
      // (A task their unit leads, so that unit's head reviews it.)
      const mine = await api(staff.context, 'GET', '/api/reporting/my-tasks');
      const ownUnit = (item) => item.task.leadUnit.nameZh === '工业和信息化部';
      const draft = mine.items.find(
        (item) => item.status === 'draft' && ownUnit(item) && item.task.progress <= 70,
      );
      const none = mine.items.find(
        (item) => item.status === 'none' && ownUnit(item) && item.task.progress <= 70,
      );
      const chosen = draft ?? none;
      assert.ok(chosen, 'the demo staff user has neither a draft nor an unreported task of their own unit');
      const before = chosen.task.progress;
      const problems = `配套资金拨付滞后，需协调解决（${Date.now() % 100000}）。`;
      let report;
      if (draft) {
        const patched = await api(staff.context, 'PATCH', `/api/reports/${draft.report.id}`, {
          version: draft.report.version,
          progress: before + 25,
          problems,
        });
        report = await api(staff.context, 'POST', `/api/reports/${patched.id}/submit`, {
          version: patched.version,
        });
      } else {
        report = await api(staff.context, 'POST', `/api/tasks/${none.task.id}/reports`, {
          period: mine.period,
          reportedState: 'in_progress',
          progress: before + 25,
          achievements: '完成阶段性工作。',
          problems,
          nextSteps: '继续推进。',
          submit: true,
        });
      }
      await api(head.context, 'POST', `/api/reports/${report.id}/approve`, { version: report.version });
      const task = await api(leader.context, 'GET', `/api/tasks/${report.taskId}`);
      assert.equal(task.progress, before + 25, 'the approved report did not move the task');

      const second = await api(leader.context, 'POST', '/api/meetings', {
        title: '专班第二次调度会（测试）',
      });
      shared.second = second;

      const page = leader.page;
      const changes = new MeetingChangesPage(page);
      await changes.goto(second.id);
      assert.equal(await changes.sinceSelect.inputValue(), shared.first.id);
      const range = await changes.range.innerText();
      assert.ok(range.includes(shared.first.title) && range.includes(second.title), range);

      const row = changes.rowFor('largestProgress', task.code);
      await row.waitFor();
      const text = await row.innerText();
      const delta = 25;
      assert.ok(text.includes('▲'), `no ▲ in "${text}"`);
      assert.ok(
        text.includes(mt(ZH, 'meetings:changes.delta.up', { value: delta })),
        `no "提高${delta}个百分点" in "${text}"`,
      );
      assert.equal(await row.getByRole('link').first().getAttribute('href'), `/tasks/${task.id}`);
      await changes.rowFor('newProblems', task.code).waitFor();
      if (shared.decision) await changes.rowFor('newTasks', shared.decision.code).waitFor();
      for (const key of CHANGE_SECTIONS) await changes.section(key).waitFor();
      ctx.note(`${task.code}: +${delta} points between the two meetings`);

      // The in-page summary jumps to a section.
      await changes.summary.locator('a[data-section="largestProgress"]').click();
      await eventually(() => assert.match(page.url(), /#changes-largestProgress$/));

      await assertPageIsClean(page);
      await checkAxe(ctx, page, 'meeting changes');
      await page.evaluate(() => window.scrollTo(0, 0));
      await ctx.screenshot(page, 'meeting-changes');

      // The list links each newer meeting to its changes.
      const list = new MeetingsListPage(page);
      await list.goto();
      await ctx.screenshot(page, 'meetings-list');

      // Since the latest meeting to now: nothing has changed since the second meeting.
      await changes.gotoLive();
      assert.equal(await changes.sinceSelect.inputValue(), second.id);
      assert.match(await changes.range.innerText(), /到现在/);
      assert.equal(await changes.section('largestProgress').locator('tbody tr').count(), 0);
      // …and since the first meeting the change is there again.
      await changes.sinceSelect.selectOption(shared.first.id);
      await changes.rowFor('largestProgress', task.code).waitFor();
      assert.match(page.url(), new RegExp(`since=${shared.first.id}`));
      await checkAxe(ctx, page, 'changes to now');
    },
  },

  {
    name: 'meetings: the admin checks the downloaded template clean, and a bad row is pinpointed',
    run: async (ctx) => {
      const { page } = await personIn(ctx, 'admin');
      const wizard = new ImportWizardPage(page);
      await wizard.goto();
      await checkAxe(ctx, page, 'import wizard');

      const answered = page.waitForResponse((res) => res.url().includes('/api/imports/template.xlsx'));
      const downloaded = page.waitForEvent('download').catch((error) => error);
      await wizard.templateLink.click();
      const res = await answered;
      assert.equal(
        res.status(),
        200,
        `GET /api/imports/template.xlsx: HTTP ${res.status()} ${await res.text()}`,
      );
      const download = await downloaded;
      if (download instanceof Error) throw download;
      const template = join(DOWNLOADS, download.suggestedFilename());
      await download.saveAs(template);
      ctx.note(`template: ${download.suggestedFilename()}`);

      // The template as downloaded checks clean: its example row would be created.
      await wizard.fileInput.setInputFiles(template);
      const dry = page.waitForResponse((r) => r.url().includes('/api/imports?dryRun=true'));
      await wizard.checkButton.click();
      const dryRes = await dry;
      const dryBody = await dryRes.json();
      assert.equal(
        dryRes.status(),
        200,
        `dry run of the template: HTTP ${dryRes.status()} ${JSON.stringify(dryBody).slice(0, 600)}`,
      );
      await wizard.preview.waitFor();
      assert.equal(
        await wizard.summary('errors'),
        0,
        `the template has errors: ${JSON.stringify(dryBody.errors)}`,
      );
      await wizard.preview.getByText(mt(ZH, 'imports:preview.clean')).waitFor();
      ctx.note(`template dry run: ${JSON.stringify(dryBody.summary)}`);

      // Step 4: import it, then the same file again changes nothing.
      await eventually(async () => assert.equal(await wizard.importButton.isEnabled(), true));
      const applied = page.waitForResponse(
        (r) => r.url().endsWith('/api/imports') && r.request().method() === 'POST',
      );
      await wizard.importButton.click();
      const appliedRes = await applied;
      const appliedBody = await appliedRes.json();
      assert.equal(
        appliedRes.status(),
        200,
        `import: HTTP ${appliedRes.status()} ${JSON.stringify(appliedBody)}`,
      );
      assert.equal(appliedBody.applied, true);
      await wizard.result.waitFor();
      assert.equal(await wizard.summary('create', wizard.result), dryBody.summary.create);
      await checkAxe(ctx, page, 'import result');
      ctx.note(`imported: ${JSON.stringify(appliedBody.summary)}`);

      await page.getByRole('button', { name: mt(ZH, 'imports:apply.another'), exact: true }).click();
      await wizard.fileInput.setInputFiles(template);
      await wizard.checkButton.click();
      await wizard.preview.getByText(mt(ZH, 'imports:preview.nothingToDo')).waitFor();
      assert.equal(await wizard.summary('create'), 0);
      assert.equal(await wizard.summary('unchanged'), dryBody.summary.rows);

      // A bad row: an unknown lead unit and a due date before the start.
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(template);
      // The header row: the first of the first ten rows naming 牵头单位, as the server reads headers.
      const norm = (text) =>
        String(text ?? '')
          .replace(/[（(][^）)]*[）)]/g, '')
          .replace(/[\s*＊:：]/g, '');
      let sheet;
      let headerRow;
      for (const candidate of book.worksheets) {
        for (let r = 1; r <= 10 && !headerRow; r += 1) {
          const names = [];
          candidate.getRow(r).eachCell((cell) => names.push(norm(cell.text)));
          if (names.includes('牵头单位')) headerRow = r;
        }
        if (headerRow) {
          sheet = candidate;
          break;
        }
      }
      assert.ok(sheet, 'no sheet of the template has a 牵头单位 column');
      const headers = new Map();
      sheet.getRow(headerRow).eachCell((cell, col) => headers.set(norm(cell.text), col));
      const badRowNumber = Math.max(sheet.rowCount, headerRow) + 1;
      const values = {
        任务编号: 'E2E-901',
        所属措施: '强化政策引导与扶持',
        任务名称: '测试：错误的牵头单位',
        牵头单位: '不存在的测试厅',
        责任人: '王晓燕',
        开始日期: '2026-01-01',
        完成时限: '2025-12-31',
        地区: '全国',
        领域: '制造业',
      };
      const row = sheet.getRow(badRowNumber);
      for (const [header, value] of Object.entries(values))
        if (headers.has(header)) row.getCell(headers.get(header)).value = value;
      row.commit();
      const badFile = join(DOWNLOADS, '任务分解表-错误.xlsx');
      writeFileSync(badFile, Buffer.from(await book.xlsx.writeBuffer()));

      await wizard.fileInput.setInputFiles(badFile);
      await wizard.preview.waitFor({ state: 'detached' });
      const dry2 = page.waitForResponse((r) => r.url().includes('/api/imports?dryRun=true'));
      await wizard.checkButton.click();
      const dry2Body = await (await dry2).json();
      await wizard.preview.waitFor();
      assert.ok((await wizard.summary('errors')) > 0, `no error found: ${JSON.stringify(dry2Body)}`);
      const bad = wizard.errorRows.filter({ hasText: '牵头单位' }).first();
      await bad.waitFor();
      assert.equal(await bad.getAttribute('data-row'), String(badRowNumber));
      const badText = await bad.innerText();
      assert.ok(badText.includes('不存在的测试厅'), badText);
      assert.equal(await wizard.importButton.isDisabled(), true, 'import enabled despite errors');
      ctx.note(`bad row ${badRowNumber}: ${badText.replace(/\s+/g, ' ')}`);

      await assertPageIsClean(page);
      await checkAxe(ctx, page, 'import preview with errors');
      await wizard.preview.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await ctx.screenshot(page, 'import-preview-errors');

      // The chosen file survived the check: checking again needs no new choice.
      await wizard.checkButton.click();
      await wizard.preview.waitFor();
    },
  },
];
