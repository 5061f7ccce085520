// Page objects for 报送 (reporting) and the header bell. They read the reporting and notifications
// namespaces themselves: support/i18n.mjs knows only the namespaces of the first pages.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const LOCALES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/locales');
const cache = new Map();

const bundle = (locale, ns) => {
  const key = `${locale}/${ns}`;
  if (!cache.has(key))
    cache.set(key, JSON.parse(readFileSync(join(LOCALES_DIR, locale, `${ns}.json`), 'utf8')));
  return cache.get(key);
};

// rt('zh-CN', 'reporting:myTasks.title') → '我的任务'; {{values}} are filled in when given.
export const rt = (locale, key, values = {}) => {
  const [ns, path] = key.split(':', 2);
  let node = bundle(locale, ns);
  for (const part of path.split('.')) node = node?.[part];
  if (typeof node !== 'string') throw new Error(`No ${locale} string for ${key}`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name) =>
    name in values ? String(values[name]) : whole,
  );
};

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The string as a pattern, any value in each {{placeholder}}.
export const rpattern = (locale, key, { whole = true } = {}) => {
  const parts = rt(locale, key).split(/\{\{\s*\w+\s*\}\}/);
  const body = parts.map(escapeRegExp).join('(.+?)');
  return new RegExp(whole ? `^${body}$` : body);
};

// 2026-11 → 2026年11月 (zh-CN) or 2026-11 (en), as the app writes periods.
export const periodLabel = (period, locale = 'zh-CN') =>
  locale === 'en' ? period : `${period.slice(0, 4)}年${Number(period.slice(5, 7))}月`;

// /reporting/my-tasks: the period select, the status counts and the table of tasks owing a report.
export class MyTasksPage {
  constructor(page, locale = 'zh-CN') {
    this.page = page;
    this.locale = locale;
  }

  get periodSelect() {
    return this.page.getByLabel(rt(this.locale, 'reporting:period.label'), { exact: true });
  }
  get table() {
    return this.page.locator('table.my-tasks__table');
  }
  get rows() {
    return this.table.locator('tbody tr');
  }
  row(code) {
    return this.table.locator(`tbody tr[data-task-code="${code}"]`);
  }
  get counts() {
    return this.page.getByRole('group', { name: rt(this.locale, 'reporting:myTasks.countsLabel') });
  }
  get submittedNotice() {
    return this.page
      .locator('.notice--success')
      .getByText(rpattern(this.locale, 'reporting:myTasks.submitted'));
  }

  async goto(search = '') {
    await this.page.goto(`/reporting/my-tasks${search}`);
    await this.waitForList();
  }

  async waitForList() {
    await this.counts.waitFor();
    await this.rows.first().waitFor();
  }

  // Codes of the rows whose status reads `statusKey` (none, draft, submitted, approved, returned).
  async codesWithStatus(statusKey) {
    const label = rt(this.locale, `reporting:status.${statusKey}`);
    return this.rows.evaluateAll(
      (rows, wanted) =>
        rows
          .filter((row) => row.querySelector('.report-status')?.textContent.trim() === wanted)
          .map((row) => row.getAttribute('data-task-code')),
      label,
    );
  }

  async statusOf(code) {
    return (await this.row(code).locator('.report-status').innerText()).trim();
  }

  fileLink(code) {
    return this.page.getByRole('link', {
      name: rt(this.locale, 'reporting:myTasks.actionLabel.file', { code }),
      exact: true,
    });
  }
}

// /reporting/tasks/:taskId?period=…: the report form.
export class ReportFormPage {
  constructor(page, locale = 'zh-CN') {
    this.page = page;
    this.locale = locale;
  }

  // By the label's text; a required field's label ends with a mark hidden from assistive tech.
  field(key) {
    return this.page.getByLabel(
      new RegExp(`^${escapeRegExp(rt(this.locale, `reporting:form.${key}`))}\\*?$`),
    );
  }
  get progress() {
    return this.field('progressPercent');
  }
  stateRadio(state) {
    return this.page.getByRole('radio', {
      name: rt(this.locale, `reporting:reportedState.${state}`),
      exact: true,
    });
  }
  get fileInput() {
    return this.page.getByLabel(rt(this.locale, 'reporting:attachments.choose'), { exact: true });
  }
  get attachments() {
    return this.page.getByRole('list', { name: rt(this.locale, 'reporting:attachments.listLabel') });
  }
  get saveStatus() {
    return this.page.locator('.save-status');
  }
  get restoredNotice() {
    return this.page
      .getByText(rpattern(this.locale, 'reporting:form.restoredLocal'))
      .or(this.page.getByText(rpattern(this.locale, 'reporting:form.restoredServer')));
  }
  get returnedNotice() {
    return this.page.getByText(rpattern(this.locale, 'reporting:form.returnedBy'));
  }
  get submit() {
    return this.page.getByRole('button', { name: rt(this.locale, 'reporting:form.submit'), exact: true });
  }

  async waitForForm() {
    await this.page.locator('form.report-form').waitFor();
  }

  async waitForServerSave() {
    await this.page.locator('.save-status[data-save-state="saved"]').waitFor();
  }
}

// /reporting/review: one article per submitted report.
export class ReviewQueuePage {
  constructor(page, locale = 'zh-CN') {
    this.page = page;
    this.locale = locale;
  }

  card(code) {
    return this.page.locator(`article.review-card[data-task-code="${code}"]`);
  }
  get cards() {
    return this.page.locator('article.review-card');
  }
  itemLabel(code, period) {
    return rt(this.locale, 'reporting:review.itemLabel', { code, period: periodLabel(period, this.locale) });
  }
  approveButton(code, period) {
    return this.page.getByRole('button', {
      name: rt(this.locale, 'reporting:review.approveLabel', { item: this.itemLabel(code, period) }),
      exact: true,
    });
  }
  returnButton(code, period) {
    return this.page.getByRole('button', {
      name: rt(this.locale, 'reporting:review.returnLabel', { item: this.itemLabel(code, period) }),
      exact: true,
    });
  }
  get dialog() {
    return this.page.getByRole('dialog', { name: rt(this.locale, 'reporting:review.returnTitle') });
  }
  get status() {
    return this.page.locator('.review-queue > [role="status"]');
  }

  async goto() {
    await this.page.goto('/reporting/review');
    await this.cards
      .first()
      .or(this.page.getByText(rt(this.locale, 'reporting:review.empty')))
      .waitFor();
  }
}

// /reporting/matrix: units × periods, and the 催报 controls.
export class MatrixPage {
  constructor(page, locale = 'zh-CN') {
    this.page = page;
    this.locale = locale;
  }

  get table() {
    return this.page.getByRole('table', { name: rt(this.locale, 'reporting:matrix.caption') });
  }
  get cellButtons() {
    return this.table.locator('.matrix-cell__button');
  }
  row(unitName) {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: unitName, exact: true }) });
  }
  remindButton(unitName, period) {
    return this.page.getByRole('button', {
      name: rt(this.locale, 'reporting:matrix.remind.unitLabel', {
        unit: unitName,
        period: periodLabel(period, this.locale),
      }),
      exact: true,
    });
  }
  get remindPeriod() {
    return this.page.getByLabel(rt(this.locale, 'reporting:matrix.remind.period'), { exact: true });
  }
  get sentMessage() {
    return this.page
      .locator('.remind-result')
      .getByText(rpattern(this.locale, 'reporting:matrix.remind.sent'));
  }

  async goto(search = '') {
    await this.page.goto(`/reporting/matrix${search}`);
    await this.table.waitFor();
  }
}

// The header bell: unread count on the button, a panel of notifications.
export class NotificationBell {
  constructor(page, locale = 'zh-CN') {
    this.page = page;
    this.locale = locale;
  }

  get button() {
    return this.page.locator('.bell__button');
  }
  get badge() {
    return this.page.locator('.bell__badge');
  }
  get panel() {
    return this.page.getByRole('region', { name: rt(this.locale, 'notifications:panelLabel') });
  }
  get items() {
    return this.panel.locator('li.notification');
  }

  async unread() {
    if ((await this.badge.count()) === 0) return 0;
    return Number((await this.badge.innerText()).replace(/[^\d]/g, ''));
  }

  async open() {
    if ((await this.button.getAttribute('aria-expanded')) !== 'true') await this.button.click();
    await this.panel.waitFor();
  }
}
