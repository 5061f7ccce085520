export const SUPPORTED_LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

const STORAGE_KEY = 'luoshi.locale';

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);

export const toLocale = (value: string | undefined): Locale => (isLocale(value) ? value : DEFAULT_LOCALE);

// localStorage can throw (privacy mode, disabled storage); the language is then simply not remembered.
export const readStoredLocale = (): Locale | undefined => {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
};

export const storeLocale = (locale: Locale): void => {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered; the user's profile still carries the choice once logged in.
  }
};

type Named = { nameZh: string; nameEn: string };

// Reference rows carry both names; pick the one for the UI language.
export const localName = (row: Named, locale: string): string =>
  locale.startsWith('zh') ? row.nameZh : row.nameEn || row.nameZh;
