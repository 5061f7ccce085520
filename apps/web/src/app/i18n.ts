import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, SUPPORTED_LOCALES, readStoredLocale, storeLocale, type Locale } from '../lib/locale';
import enAuth from '../locales/en/auth.json';
import enCommon from '../locales/en/common.json';
import enDashboard from '../locales/en/dashboard.json';
import enExports from '../locales/en/exports.json';
import enImports from '../locales/en/imports.json';
import enMeetings from '../locales/en/meetings.json';
import enNotifications from '../locales/en/notifications.json';
import enReporting from '../locales/en/reporting.json';
import enTasks from '../locales/en/tasks.json';
import zhAuth from '../locales/zh-CN/auth.json';
import zhCommon from '../locales/zh-CN/common.json';
import zhDashboard from '../locales/zh-CN/dashboard.json';
import zhExports from '../locales/zh-CN/exports.json';
import zhImports from '../locales/zh-CN/imports.json';
import zhMeetings from '../locales/zh-CN/meetings.json';
import zhNotifications from '../locales/zh-CN/notifications.json';
import zhReporting from '../locales/zh-CN/reporting.json';
import zhTasks from '../locales/zh-CN/tasks.json';

// Bundled statically: the whole UI text is small, and a language switch must never wait on the network.
export const resources = {
  'zh-CN': {
    common: zhCommon,
    auth: zhAuth,
    tasks: zhTasks,
    dashboard: zhDashboard,
    reporting: zhReporting,
    notifications: zhNotifications,
    meetings: zhMeetings,
    exports: zhExports,
    imports: zhImports,
  },
  en: {
    common: enCommon,
    auth: enAuth,
    tasks: enTasks,
    dashboard: enDashboard,
    reporting: enReporting,
    notifications: enNotifications,
    meetings: enMeetings,
    exports: enExports,
    imports: enImports,
  },
} as const;

export const NAMESPACES = [
  'common',
  'auth',
  'tasks',
  'dashboard',
  'reporting',
  'notifications',
  'meetings',
  'exports',
  'imports',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const createI18n = (lng: Locale = DEFAULT_LOCALE): I18n => {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...SUPPORTED_LOCALES],
    load: 'currentOnly',
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes.
    returnNull: false,
    initAsync: false,
  });
  return instance;
};

const applyDocumentLanguage = (lng: string): void => {
  document.documentElement.lang = lng;
};

// The app's instance: the user's profile locale overrides this once /api/auth/me answers.
export const createAppI18n = (): I18n => {
  const instance = createI18n(readStoredLocale() ?? DEFAULT_LOCALE);
  applyDocumentLanguage(instance.language);
  instance.on('languageChanged', (lng) => {
    applyDocumentLanguage(lng);
    if (lng === 'zh-CN' || lng === 'en') storeLocale(lng);
  });
  return instance;
};
