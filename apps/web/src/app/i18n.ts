import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  DEFAULT_LOCALE,
  SUPPORTED_LOCALES,
  isLocale,
  readStoredLocale,
  storeLocale,
  type Locale,
} from '../lib/locale';
import enCommon from '../locales/en/common.json';
import { loadNamespace } from '../locales/load-namespace';
import zhCommon from '../locales/zh-CN/common.json';

// One line per namespace; its file goes in every locales/<lang>/ (the locale test checks). Keys are typed
// from the Chinese file, the reference language. Only `common` is bundled (1 kB a language: the first
// paint and the session check must not wait for a download); any other namespace loads, in the current
// language only, when a component first asks for it (useTranslation suspends meanwhile).
const namespaceTypes = {
  common: {} as typeof import('../locales/zh-CN/common.json'),
  auth: {} as typeof import('../locales/zh-CN/auth.json'),
  tasks: {} as typeof import('../locales/zh-CN/tasks.json'),
  dashboard: {} as typeof import('../locales/zh-CN/dashboard.json'),
  reporting: {} as typeof import('../locales/zh-CN/reporting.json'),
  notifications: {} as typeof import('../locales/zh-CN/notifications.json'),
  meetings: {} as typeof import('../locales/zh-CN/meetings.json'),
  exports: {} as typeof import('../locales/zh-CN/exports.json'),
  imports: {} as typeof import('../locales/zh-CN/imports.json'),
  admin: {} as typeof import('../locales/zh-CN/admin.json'),
};

export type Resources = typeof namespaceTypes;
export type Namespace = keyof Resources;
export const NAMESPACES = Object.keys(namespaceTypes) as Namespace[];

const lazyNamespaces: BackendModule = {
  type: 'backend',
  callbackApi: false,
  init: () => undefined,
  read: (lng, ns) => loadNamespace(lng, ns),
};

// `namespaces` load at once; the app asks only for `common`, tests (whose loader is synchronous) for all.
export const createI18n = (
  lng: Locale = DEFAULT_LOCALE,
  namespaces: readonly Namespace[] = NAMESPACES,
): I18n => {
  const instance = i18next.createInstance();
  void instance
    .use(lazyNamespaces)
    .use(initReactI18next)
    .init({
      lng,
      resources: { 'zh-CN': { common: zhCommon }, en: { common: enCommon } },
      partialBundledLanguages: true,
      // Every key exists in both languages (the locale test fails otherwise), so a supported language
      // needs no fallback downloads; anything else falls back to Chinese.
      fallbackLng: (code) => (isLocale(code) ? [] : [DEFAULT_LOCALE]),
      supportedLngs: [...SUPPORTED_LOCALES],
      load: 'currentOnly',
      ns: [...namespaces],
      defaultNS: 'common',
      interpolation: { escapeValue: false }, // React escapes.
      returnNull: false,
      // Loading starts inside init; in jest the loader answers synchronously, so tests translate at once.
      initAsync: false,
    });
  return instance;
};

const applyDocumentLanguage = (lng: string): void => {
  document.documentElement.lang = lng;
};

let appI18n: I18n | undefined;

// The app's instance: the user's profile locale overrides this once /api/auth/me answers.
export const createAppI18n = (): I18n => {
  const instance = createI18n(readStoredLocale() ?? DEFAULT_LOCALE, ['common']);
  appI18n = instance;
  applyDocumentLanguage(instance.language);
  instance.on('languageChanged', (lng) => {
    applyDocumentLanguage(lng);
    if (lng === 'zh-CN' || lng === 'en') storeLocale(lng);
  });
  return instance;
};

// Loads namespaces into the app's instance ahead of the components that use them (a page's texts
// alongside its code); a no-op before the instance exists.
export const preloadNamespaces = async (namespaces: readonly Namespace[]): Promise<void> => {
  if (appI18n && namespaces.length) await appI18n.loadNamespaces([...namespaces]);
};
