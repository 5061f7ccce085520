import 'i18next';
import type { Resources } from './i18n';

declare module 'i18next' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation needs an interface
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Resources;
  }
}
