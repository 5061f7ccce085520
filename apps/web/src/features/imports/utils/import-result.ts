import type { ImportResult, ImportRowError } from '@plan/contracts';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

// A refused apply (422 IMPORT_INVALID) carries the same answer as a dry run in its details.
export const isImportResult = (value: unknown): value is ImportResult =>
  isRecord(value) &&
  typeof value.valid === 'boolean' &&
  Array.isArray(value.errors) &&
  isRecord(value.summary) &&
  typeof value.summary.rows === 'number';

// Only a clean dry run of the file at hand may be applied: the server applies all rows or none.
export const canApply = (preview: ImportResult | null): boolean =>
  preview !== null && preview.valid && preview.errors.length === 0 && preview.summary.errors === 0;

export const hasWork = (result: ImportResult): boolean => result.summary.create + result.summary.update > 0;

export const rowErrorReason = (error: ImportRowError, locale: string): string =>
  locale.startsWith('zh') ? error.messageZh : error.messageEn || error.messageZh;

// More errors than the answer lists (it stops at IMPORT_MAX_ERRORS).
export const unlistedErrors = (result: ImportResult): number =>
  Math.max(0, result.summary.errors - result.errors.length);
