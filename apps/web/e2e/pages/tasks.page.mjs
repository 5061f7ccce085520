import { assert, eventually, parseCount } from '../support/expect.mjs';
import { t } from '../support/i18n.mjs';

// /tasks: filter bar, the task table (named by its caption) and the total in the page header.
export class TasksPage {
  constructor(page, locale = 'zh-CN') {
    this.page = page;
    this.locale = locale;
  }

  get heading() {
    return this.page.getByRole('heading', {
      level: 1,
      name: t(this.locale, 'tasks:list.title'),
      exact: true,
    });
  }
  get table() {
    return this.page.getByRole('table', { name: t(this.locale, 'tasks:list.caption') });
  }
  get rows() {
    return this.table.locator('tbody').getByRole('row');
  }
  get totalStatus() {
    return this.page.locator('.page-header > [role=status].page-header__meta');
  }
  get emptyState() {
    return this.page.getByText(t(this.locale, 'tasks:list.empty'), { exact: true });
  }
  get newTaskLink() {
    return this.page.getByRole('link', { name: t(this.locale, 'tasks:list.newTask'), exact: true });
  }
  filterSelect(field) {
    return this.page
      .getByRole('region', { name: t(this.locale, 'tasks:filter.label') })
      .getByRole('combobox', { name: t(this.locale, `tasks:filter.${field}`), exact: true });
  }
  // A sortable column's header cell and the button inside it; `column` is a tasks:column.* key.
  columnHeader(column) {
    return this.table.getByRole('columnheader', { name: t(this.locale, `tasks:column.${column}`) });
  }
  sortButton(column) {
    return this.columnHeader(column).getByRole('button', {
      name: t(this.locale, `tasks:column.${column}`),
      exact: true,
    });
  }

  async goto(search = '') {
    await this.page.goto(`/tasks${search}`);
    await this.waitForList();
  }

  // Loaded = the total is shown and either rows or the empty message are there.
  async waitForList() {
    await this.totalStatus.waitFor();
    await this.page.locator('table.task-table tbody tr').or(this.emptyState).first().waitFor();
    await this.page.locator('table.task-table[aria-busy="true"]').waitFor({ state: 'detached' });
  }

  // "共118项任务" → 118
  async total() {
    const text = await this.totalStatus.innerText();
    const prefix = t(this.locale, 'tasks:list.total', { total: '\u0000' }).split('\u0000')[0];
    const match = text.match(new RegExp(`${prefix}([\\d,\\s]+)`));
    assert.ok(match, `no total in "${text}"`);
    return parseCount(match[1]);
  }

  // Each row as the user reads it, cell by cell (found by their classes, not their position).
  async rowData() {
    return this.rows.evaluateAll((rows) =>
      rows.map((row) => {
        const text = (selector) => row.querySelector(selector)?.innerText.trim() ?? '';
        const link = row.querySelector('th a');
        return {
          code: text('td.task-table__code'),
          title: link?.textContent.trim() ?? '',
          href: link?.getAttribute('href') ?? '',
          measure: text('.task-table__measure'),
          region: text('td.task-table__region'),
          leadUnit: text('td.task-table__unit'),
          dueDate: text('td.task-table__date'),
          progress: text('td.task-table__progress'),
          daysLate: text('td.task-table__late'),
          light: row.querySelector('.light-dot')?.getAttribute('aria-label') ?? '',
          state: text('.status-badge__label'),
        };
      }),
    );
  }

  async chooseFilter(field, optionLabel) {
    const before = this.page.url();
    await this.filterSelect(field).selectOption({ label: optionLabel });
    await eventually(() => assert.notEqual(this.page.url(), before, 'the URL did not change'));
    await this.waitForList();
  }
}
