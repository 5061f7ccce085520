import { t } from '../support/i18n.mjs';

export const NAV_KEYS = ['dashboard', 'tasks', 'reporting', 'meetings', 'admin'];

// The frame around every logged-in page: navigation, language switch, user menu.
export class AppShell {
  constructor(page, locale = 'zh-CN') {
    this.page = page;
    this.locale = locale;
  }

  get nav() {
    return this.page.getByRole('navigation', { name: t(this.locale, 'nav.label') });
  }
  navLink(key, locale = this.locale) {
    return this.nav.getByRole('link', { name: t(locale, `nav.${key}`), exact: true });
  }
  async navLabels() {
    return this.nav.getByRole('link').allInnerTexts();
  }
  get languageGroup() {
    return this.page.getByRole('group', { name: t(this.locale, 'language.label') });
  }
  // The buttons name each language in that language, whatever the UI language is.
  languageButton(locale) {
    return this.languageGroup.getByRole('button', {
      name: t(this.locale, `language.${locale}`),
      exact: true,
    });
  }

  async switchLanguage(locale) {
    const saved = this.page.waitForResponse(
      (res) => res.url().endsWith('/api/auth/me') && res.request().method() === 'PATCH',
    );
    await this.languageButton(locale).click();
    const res = await saved;
    if (res.status() !== 200) throw new Error(`Saving the language answered HTTP ${res.status()}`);
    this.locale = locale;
  }
}
