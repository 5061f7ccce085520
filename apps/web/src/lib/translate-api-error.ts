import type { i18n as I18n } from 'i18next';
import { isApiError } from './api-client';

const HTTP_STATUSES_WITH_TEXT = [400, 401, 403, 404, 409, 429, 500] as const;

// The API's `code` is the contract; its `message` is English developer text, shown only when nothing better exists.
export const translateApiError = (error: unknown, i18n: I18n): string => {
  const t = i18n.getFixedT(null, 'common');
  if (!isApiError(error)) return t('apiError.UNKNOWN_ERROR');

  const codeKey = `apiError.${error.code}`;
  if (i18n.exists(codeKey, { ns: 'common' })) return t(codeKey as 'apiError.UNKNOWN_ERROR');

  const status = error.status >= 500 ? 500 : error.status;
  const known = HTTP_STATUSES_WITH_TEXT.find((candidate) => candidate === status);
  if (known !== undefined) return t(`httpError.${known}`);

  return error.message ? t('apiError.fallback', { message: error.message }) : t('apiError.UNKNOWN_ERROR');
};
