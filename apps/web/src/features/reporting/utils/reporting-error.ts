import type { i18n as I18n } from 'i18next';
import { errorDetails, isApiError } from '../../../lib/api-client';
import { translateApiError } from '../../../lib/translate-api-error';

// Reporting's own codes first (REPORT_*, attachment limits), then the app-wide texts.
export const translateReportingError = (error: unknown, i18n: I18n): string => {
  if (isApiError(error)) {
    const key = `errors.${error.code}`;
    if (i18n.exists(key, { ns: 'reporting' }))
      return i18n.getFixedT(null, 'reporting')(key as 'errors.REPORT_IMMUTABLE');
  }
  return translateApiError(error, i18n);
};

export type FieldErrorDetail = { field: string; messageZh: string; messageEn: string };

// The per-field messages of a refused report (VALIDATION_FAILED), as the API sends them in `details`.
export const fieldErrorDetails = (error: unknown): FieldErrorDetail[] => {
  const details = errorDetails(error);
  if (!Array.isArray(details)) return [];
  return details.filter(
    (d): d is FieldErrorDetail =>
      typeof d === 'object' && d !== null && typeof (d as FieldErrorDetail).field === 'string',
  );
};
