/* global URL */
// Review meetings 调度会 (/meetings…), their exports, and the import wizard (/admin/import).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCount } from '../support/expect.mjs';
import { t } from '../support/i18n.mjs';

const LOCALES_DIR = fileURLToPath(new URL('../../src/locales/', import.meta.url));
const OWN_NAMESPACES = ['meetings', 'exports', 'imports'];
const bundles = new Map();

const bundle = (locale, ns) => {
  const key = `${locale}/${ns}`;
  if (!bundles.has(key)) bundles.set(key, JSON.parse(readFileSync(`${LOCALES_DIR}${key}.json`, 'utf8')));
  return bundles.get(key);
};

// support/i18n.mjs reads only the older namespaces; these pages' own strings come from here.
// mt('zh-CN', 'meetings:list.create') → '创建调度会'; `{{values}}` are filled in when given.
export const mt = (locale, key, values = {}) => {
  const [ns, path] = key.split(':', 2);
  if (!OWN_NAMESPACES.includes(ns)) return t(locale, key, values);
  let node = bundle(locale, ns);
  for (const part of path.split('.')) node = node?.[part];
  if (typeof node !== 'string') throw new Error(`No ${locale} string for ${key}`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name) =>
    name in values ? String(values[name]) : whole,
  );
};

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// 2026-11-29 → 2026年11月29日, as the UI writes dates in Chinese.
export const zhDate = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

export const FROZEN_FIGURE_KEYS = [
  'tasks',
  'completed',
  'onTrack',
  'ahead',
  'behind',
  'overdue',
  'notStarted',
  'suspended',
  'reportsMissing',
];

export const EXPORT_KINDS = ['ledger', 'briefingDocx', 'briefingPdf', 'csv'];

export const CHANGE_SECTIONS = [
  'stateChanged',
  'lightChanged',
  'newlyCompleted',
  'newlyOverdue',
  'largestProgress',
  'newProblems',
  'newTasks',
];

// /meetings: the list and the "create meeting" dialog.
export class MeetingsListPage {
  constructor(page, locale = 'zh-CN') {
    this.page = page;
    this.locale = locale;
  }

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: mt(this.locale, 'meetings:list.title') });
  }
  get table() {
    return this.page.getByTestId('meeting-list');
  }
  get rows() {
    return this.table.locator('tbody tr');
  }
  row(title) {
    return this.rows.filter({ has: this.page.getByRole('rowheader', { name: title, exact: true }) });
  }
  get createButton() {
    return this.page.getByRole('button', { name: mt(this.locale, 'meetings:list.create'), exact: true });
  }
  get liveChangesLink() {
    return this.page.getByRole('link', { name: mt(this.locale, 'meetings:list.liveChanges'), exact: true });
  }
  get dialog() {
    return this.page.getByRole('dialog', { name: mt(this.locale, 'meetings:create.title') });
  }
  get titleInput() {
    return this.dialog.getByLabel(mt(this.locale, 'meetings:create.name'));
  }
  get dateInput() {
    return this.dialog.getByLabel(mt(this.locale, 'meetings:create.heldOn'));
  }
  get submitButton() {
    return this.dialog.getByRole('button', { name: mt(this.locale, 'meetings:create.submit'), exact: true });
  }

  async goto() {
    await this.page.goto('/meetings');
    await this.heading.waitFor();
  }
}

// /meetings/:id: frozen figures, per-measure table, decisions, behind list, exports.
export class MeetingDetailPage {
  constructor(page, locale = 'zh-CN') {
    this.page = page;
    this.locale = locale;
  }

  get frozenNote() {
    return this.page.getByTestId('frozen-note');
  }
  get figures() {
    return this.page.locator(`dl[aria-label="${mt(this.locale, 'meetings:figures.label')}"]`);
  }
  card(key) {
    return this.figures.locator(`[data-figure="${key}"]`);
  }
  async count(key) {
    return parseCount(await this.card(key).getAttribute('data-count'));
  }
  async shown(key) {
    return (await this.card(key).locator('.figure-card__value').innerText()).trim();
  }
  get measuresTable() {
    return this.page.getByTestId('frozen-measures');
  }
  get decisions() {
    return this.page.getByTestId('meeting-decisions');
  }
  get recordButton() {
    return this.page.getByRole('button', { name: mt(this.locale, 'meetings:decisions.record'), exact: true });
  }
  // The decision form is the tasks feature's form: its fields carry the tasks namespace labels.
  field(key) {
    return this.decisions.getByLabel(new RegExp(`^${escapeRegExp(t(this.locale, `tasks:form.${key}`))}`));
  }
  sector(name) {
    return this.decisions.getByLabel(name, { exact: true });
  }
  get ongoing() {
    return this.decisions.getByLabel(t(this.locale, 'tasks:form.ongoing'), { exact: true });
  }
  get submitDecision() {
    return this.decisions.getByRole('button', { name: mt(this.locale, 'meetings:decisions.submit') });
  }
  get exportButton() {
    return this.page.getByRole('button', { name: mt(this.locale, 'exports:menu.button'), exact: true });
  }
  get exportMenu() {
    return this.page.getByRole('menu');
  }
  exportItem(kind) {
    return this.page.locator(`[role="menuitem"][data-export="${kind}"]`);
  }
  get exportStatus() {
    return this.page.locator('.export-menu__status');
  }
  get changesLink() {
    return this.page.getByRole('link', { name: mt(this.locale, 'meetings:detail.changesSincePrevious') });
  }

  async goto(id) {
    await this.page.goto(`/meetings/${id}`);
    await this.figures.waitFor();
  }
}

// /meetings/:id/changes and /meetings/changes (to now).
export class MeetingChangesPage {
  constructor(page, locale = 'zh-CN') {
    this.page = page;
    this.locale = locale;
  }

  get range() {
    return this.page.getByTestId('changes-range');
  }
  get sinceSelect() {
    return this.page.getByLabel(mt(this.locale, 'meetings:changes.since'), { exact: true });
  }
  section(key) {
    return this.page.getByRole('region', { name: mt(this.locale, `meetings:changes.section.${key}`) });
  }
  rowFor(key, code) {
    return this.section(key).locator(`tbody tr[data-code="${code}"]`);
  }
  get summary() {
    return this.page.getByRole('navigation', { name: mt(this.locale, 'meetings:changes.summaryLabel') });
  }

  async goto(id, since) {
    await this.page.goto(`/meetings/${id}/changes${since ? `?since=${since}` : ''}`);
    await this.page.getByTestId('meeting-changes').waitFor();
  }
  async gotoLive(since) {
    await this.page.goto(`/meetings/changes${since ? `?since=${since}` : ''}`);
    await this.page.getByTestId('meeting-changes').waitFor();
  }
}

// /admin/import: four steps on one page.
export class ImportWizardPage {
  constructor(page, locale = 'zh-CN') {
    this.page = page;
    this.locale = locale;
  }

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: mt(this.locale, 'imports:title') });
  }
  get templateLink() {
    return this.page.getByRole('link', { name: mt(this.locale, 'imports:template.download'), exact: true });
  }
  get fileInput() {
    return this.page.getByLabel(mt(this.locale, 'imports:file.label'), { exact: true });
  }
  get checkButton() {
    return this.page.getByRole('button', {
      name: new RegExp(
        `^(${escapeRegExp(mt(this.locale, 'imports:dryRun.run'))}|${escapeRegExp(mt(this.locale, 'imports:dryRun.again'))})$`,
      ),
    });
  }
  get importButton() {
    return this.page.getByRole('button', { name: mt(this.locale, 'imports:apply.run'), exact: true });
  }
  get preview() {
    return this.page.getByTestId('import-preview');
  }
  get result() {
    return this.page.getByTestId('import-result');
  }
  get errorRows() {
    return this.page.getByTestId('import-errors').locator('tbody tr');
  }
  async summary(key, scope = this.preview) {
    return Number(await scope.locator(`[data-summary="${key}"]`).getAttribute('data-value'));
  }

  async goto() {
    await this.page.goto('/admin/import');
    await this.heading.waitFor();
  }
}
