import { t } from '../support/i18n.mjs';

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// /tasks/:id: the article titled by the task, its status line, sections, and the edit form.
export class TaskDetailPage {
  constructor(page, locale = 'zh-CN') {
    this.page = page;
    this.locale = locale;
  }

  get article() {
    return this.page.getByRole('article').first();
  }
  get heading() {
    return this.page.getByRole('heading', { level: 1 });
  }
  get statusSentence() {
    return this.article.locator('.task-detail__status .status-sentence');
  }
  get stateLabel() {
    return this.article.locator('.task-detail__status .status-badge__label');
  }
  // The <dd> after the <dt> with this tasks:detail.* label, anywhere on the task page.
  field(key) {
    const label = t(this.locale, `tasks:detail.${key}`);
    return this.article
      .locator('dt')
      .filter({ hasText: new RegExp(`^${escapeRegExp(label)}$`) })
      .locator('xpath=following-sibling::dd[1]');
  }
  get backLink() {
    return this.page.getByRole('link', { name: t(this.locale, 'tasks:detail.back') });
  }
  get editButton() {
    return this.page.getByRole('button', { name: t(this.locale, 'tasks:detail.edit'), exact: true });
  }
  // The polite live region under the title ("已保存修改。").
  get notice() {
    return this.article.locator('.live-message[role="status"]').first();
  }
  get milestones() {
    return this.page.getByRole('table', { name: t(this.locale, 'tasks:detail.milestones') });
  }
  milestoneRow(title) {
    return this.milestones.getByRole('row').filter({
      has: this.page.getByRole('rowheader', { name: title, exact: true }),
    });
  }
  markDoneButton(title) {
    return this.page.getByRole('button', {
      name: t(this.locale, 'tasks:milestone.markDoneLabel', { title }),
    });
  }
  get reports() {
    return this.page.getByRole('region', { name: t(this.locale, 'tasks:report.title') });
  }

  // The edit form: its fields by their labels.
  get editHeading() {
    return this.page.getByRole('heading', {
      level: 1,
      name: t(this.locale, 'tasks:form.editTitle'),
      exact: true,
    });
  }
  formField(key) {
    return this.page
      .locator('form.task-form')
      .getByLabel(new RegExp(`^${escapeRegExp(t(this.locale, `tasks:form.${key}`))}`));
  }
  get saveButton() {
    return this.page.getByRole('button', { name: t(this.locale, 'tasks:form.save'), exact: true });
  }

  // The comparison shown after a version conflict.
  get conflict() {
    return this.page.getByRole('region', { name: t(this.locale, 'tasks:conflict.title') });
  }
  get conflictTable() {
    return this.page.getByRole('table', { name: t(this.locale, 'tasks:conflict.caption') });
  }
  conflictRow(fieldKey) {
    return this.conflictTable.getByRole('row').filter({
      has: this.page.getByRole('rowheader', {
        name: new RegExp(`^${escapeRegExp(t(this.locale, `tasks:form.${fieldKey}`))}`),
      }),
    });
  }
  get reapplyButton() {
    return this.page.getByRole('button', { name: t(this.locale, 'tasks:conflict.reapply'), exact: true });
  }
  get discardButton() {
    return this.page.getByRole('button', { name: t(this.locale, 'tasks:conflict.discard'), exact: true });
  }

  async goto(id) {
    await this.page.goto(`/tasks/${id}`);
    await this.waitForLoaded();
  }

  async waitForLoaded() {
    await this.article.waitFor();
    await this.heading.waitFor();
  }

  async openEditForm() {
    await this.editButton.click();
    await this.editHeading.waitFor();
  }
}
