import { IMPORT_MAX_BYTES } from '@plan/contracts';

export const IMPORT_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// Browsers report .xlsx as this, as a zip, or not at all (no spreadsheet program installed).
const XLSX_TYPES = new Set([
  '',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/zip',
  'application/x-zip-compressed',
  'application/octet-stream',
]);

export type ImportFileIssue =
  { key: 'oldExcel' } | { key: 'type' } | { key: 'empty' } | { key: 'tooLarge'; maxMb: number };

export type ImportFileFacts = { name: string; size: number; type: string };

export const IMPORT_MAX_MB = IMPORT_MAX_BYTES / (1024 * 1024);

// The server checks again; this only spares an upload that is bound to be refused.
export const checkImportFile = (file: ImportFileFacts): ImportFileIssue | null => {
  const name = file.name.trim().toLowerCase();
  if (name.endsWith('.xls') || name.endsWith('.et')) return { key: 'oldExcel' };
  if (!name.endsWith('.xlsx') || !XLSX_TYPES.has(file.type)) return { key: 'type' };
  if (file.size === 0) return { key: 'empty' };
  if (file.size > IMPORT_MAX_BYTES) return { key: 'tooLarge', maxMb: IMPORT_MAX_MB };
  return null;
};
