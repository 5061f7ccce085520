import { t } from '../support/i18n.mjs';

// /login: the form is found by its labels, as a user (or a screen reader) would find it.
export class LoginPage {
  constructor(page, locale = 'zh-CN') {
    this.page = page;
    this.locale = locale;
  }

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: t(this.locale, 'auth:login.title') });
  }
  get username() {
    return this.page.getByLabel(t(this.locale, 'auth:login.username'), { exact: true });
  }
  get password() {
    return this.page.getByLabel(t(this.locale, 'auth:login.password'), { exact: true });
  }
  get submit() {
    return this.page.getByRole('button', { name: t(this.locale, 'auth:login.submit'), exact: true });
  }
  get error() {
    return this.page.locator('form').getByRole('alert');
  }

  async goto() {
    await this.page.goto('/login');
    await this.username.waitFor();
  }

  async login(username, password) {
    await this.username.fill(username);
    await this.password.fill(password);
    await this.submit.click();
  }
}
