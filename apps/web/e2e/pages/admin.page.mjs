import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { t as tc } from '../support/i18n.mjs';

const LOCALES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/locales');
const texts = new Map();

// The admin namespace's own strings ({{values}} filled in), read like support/i18n.mjs reads the others.
export const ta = (locale, key, values = {}) => {
  if (!texts.has(locale))
    texts.set(locale, JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'admin.json'), 'utf8')));
  let node = texts.get(locale);
  for (const part of key.split('.')) node = node?.[part];
  if (typeof node !== 'string') throw new Error(`No ${locale} admin string for ${key}`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name) =>
    name in values ? String(values[name]) : whole,
  );
};

// /admin and its sub-pages, found by roles and labels.
export class AdminPage {
  constructor(page, locale = 'zh-CN') {
    this.page = page;
    this.locale = locale;
  }

  t(key, values) {
    return ta(this.locale, key, values);
  }

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: this.t('title') });
  }
  get tabs() {
    return this.page.getByRole('navigation', { name: this.t('tabs.label') });
  }
  tab(view) {
    return this.tabs.getByRole('link', { name: this.t(`tabs.${view}`), exact: true });
  }
  sectionHeading(view) {
    return this.page.getByRole('heading', { level: 2, name: this.t(`${view}.heading`) });
  }
  get table() {
    return this.page.locator('table.adm-table');
  }
  row(name) {
    return this.table.locator('tbody tr').filter({ has: this.page.getByRole('rowheader', { name }) });
  }
  get dialog() {
    return this.page.getByRole('dialog');
  }
  field(label) {
    return this.dialog.getByLabel(label);
  }
  button(name) {
    return this.page.getByRole('button', { name, exact: true });
  }

  async open(view) {
    await this.page.goto(`/admin/${view}`);
    await this.sectionHeading(view).waitFor();
  }

  async createPerson({ username, displayName, role, unitName, password }) {
    await this.button(this.t('people.create')).click();
    await this.dialog.waitFor();
    await this.field(new RegExp(`^${this.t('people.username')}`)).fill(username);
    await this.field(new RegExp(`^${this.t('people.displayName')}`)).fill(displayName);
    await this.field(new RegExp(`^${this.t('people.role')}`)).selectOption(role);
    await this.field(new RegExp(`^${this.t('people.unit')}`)).selectOption({ label: unitName });
    await this.field(new RegExp(`^${this.t('people.password')}`)).fill(password);
  }

  async saveDialog() {
    const saved = this.page.waitForResponse(
      (res) => /\/api\/(people|units)/.test(res.url()) && res.request().method() !== 'GET',
    );
    await this.dialog.getByRole('button', { name: this.t('common.save'), exact: true }).click();
    return saved;
  }

  roleLabel(role) {
    return tc(this.locale, `role.${role}`);
  }
}
