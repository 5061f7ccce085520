/* global URL, document, getComputedStyle */
import { parseCount } from '../support/expect.mjs';
import { t } from '../support/i18n.mjs';

export const FIGURE_KEYS = [
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

// The panels, by the data-testid on their <section>.
export const PANELS = ['measures', 'trend', 'regions', 'heatmap', 'milestones', 'lagging'];

// /: filter bar, headline figure cards (a <dl> named 主要指标), and the panels below.
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
  // The same cards as a CSS selector, for checks that run inside the page.
  cardSelector() {
    return `dl[aria-label="${t(this.locale, 'dashboard:figures.label')}"] .figure-card`;
  }
  card(key) {
    const label = t(this.locale, `dashboard:figures.${key}`);
    return this.cards.filter({ has: this.page.locator('dt').filter({ hasText: new RegExp(`^${label}$`) }) });
  }
  // The number of tasks a figure counts (for "completed": the count; the card shows the rate).
  async value(key) {
    return parseCount(await this.card(key).getAttribute('data-count'));
  }
  // The number as the card shows it ("12.1%" for completed).
  async shown(key) {
    return (await this.card(key).locator('.figure-card__value').innerText()).trim();
  }
  drillDown(key) {
    return this.card(key).getByRole('link');
  }

  get filterBar() {
    return this.page.getByRole('region', { name: t(this.locale, 'dashboard:filter.label') });
  }
  filterSelect(field) {
    return this.filterBar.getByRole('combobox', {
      name: t(this.locale, `dashboard:filter.${field}`),
      exact: true,
    });
  }
  get resetButton() {
    return this.page
      .getByRole('button', { name: t(this.locale, 'dashboard:filter.reset'), exact: true })
      .first();
  }

  panel(name) {
    return this.page.getByTestId(`panel-${name}`);
  }
  get tileMap() {
    return this.page.getByTestId('province-tile-map');
  }
  // A province tile that has tasks: a link named with its value and task count.
  tile(code) {
    return this.tileMap.locator(`a[data-region="${code}"]`);
  }
  metricRadio(metric) {
    return this.panel('regions').getByRole('radio', {
      name: t(this.locale, `dashboard:regions.metrics.${metric}`),
      exact: true,
    });
  }
  get tableToggle() {
    return this.panel('measures').getByRole('button', {
      name: t(this.locale, 'dashboard:measures.showTable'),
      exact: true,
    });
  }
  get emptyState() {
    return this.page.getByText(t(this.locale, 'dashboard:empty.title'), { exact: true });
  }

  // Resolves with the next summary answer (optionally one whose URL matches `predicate`).
  waitForSummary(predicate = () => true) {
    return this.page.waitForResponse(
      (res) => res.url().includes('/api/dashboard/summary') && predicate(new URL(res.url())),
    );
  }

  // Loaded = figures shown, no longer refreshing, and the dimming faded out (colours are final).
  async waitForLoaded() {
    await this.figures.waitFor();
    await this.page.locator('.dash-body[aria-busy="false"]').waitFor();
    await this.page.waitForFunction(() => {
      const body = document.querySelector('.dash-body');
      return body && getComputedStyle(body).opacity === '1';
    });
  }

  async goto(search = '') {
    await this.page.goto(`/${search}`);
    await this.figures.waitFor();
  }
}
