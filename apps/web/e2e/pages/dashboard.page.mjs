import { parseCount } from '../support/expect.mjs';
import { t } from '../support/i18n.mjs';

export const FIGURE_KEYS = ['tasks', 'completed', 'onTrack', 'behind', 'overdue', 'reportsMissing'];

// /: the headline figure cards (a <dl> named 主要指标), each a label, a number and maybe a link.
export class DashboardPage {
  constructor(page, locale = 'zh-CN') {
    this.page = page;
    this.locale = locale;
  }

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: t(this.locale, 'dashboard:title'), exact: true });
  }
  get figures() {
    return this.page.locator(`dl[aria-label="${t(this.locale, 'dashboard:figures.label')}"]`);
  }
  get cards() {
    return this.figures.locator('.figure-card');
  }
  card(key) {
    const label = t(this.locale, `dashboard:figures.${key}`);
    return this.cards.filter({ has: this.page.locator('dt').filter({ hasText: new RegExp(`^${label}$`) }) });
  }
  async value(key) {
    return parseCount(await this.card(key).locator('dd').first().innerText());
  }
  drillDown(key) {
    const label = t(this.locale, `dashboard:figures.${key}`);
    const name =
      key === 'tasks'
        ? t(this.locale, 'dashboard:figures.viewAll')
        : t(this.locale, 'dashboard:figures.viewTasks', { label });
    return this.figures.getByRole('link', { name, exact: true });
  }

  async goto() {
    await this.page.goto('/');
    await this.figures.waitFor();
  }
}
