import { t } from '../support/i18n.mjs';

// /tasks/:id: the article titled by the task, its status line and the overview list.
export class TaskDetailPage {
  constructor(page, locale = 'zh-CN') {
    this.page = page;
    this.locale = locale;
  }

  get article() {
    return this.page.getByRole('article');
  }
  get heading() {
    return this.page.getByRole('heading', { level: 1 });
  }
  get statusSentence() {
    return this.article.locator('.status-sentence');
  }
  get stateLabel() {
    return this.article.locator('.task-detail__status .status-badge__label');
  }
  // The <dd> after the <dt> with this label in the overview.
  field(key) {
    const label = t(this.locale, `tasks:detail.${key}`);
    return this.page
      .getByRole('region', { name: t(this.locale, 'tasks:detail.overview') })
      .locator('dt')
      .filter({ hasText: new RegExp(`^${label}$`) })
      .locator('xpath=following-sibling::dd[1]');
  }
  get backLink() {
    return this.page.getByRole('link', { name: t(this.locale, 'tasks:detail.back') });
  }

  async waitForLoaded() {
    await this.article.waitFor();
    await this.heading.waitFor();
  }
}
