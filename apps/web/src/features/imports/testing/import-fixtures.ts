import type { ImportResult, ImportRowError } from '@plan/contracts';

export const buildRowError = (overrides: Partial<ImportRowError> = {}): ImportRowError => ({
  sheet: '任务分解表',
  row: 7,
  column: '牵头单位',
  cell: 'D7',
  value: '不存在的厅',
  code: 'UNIT_UNKNOWN',
  messageZh: '找不到名为“不存在的厅”的单位',
  messageEn: 'No unit is named “不存在的厅”',
  ...overrides,
});

export const buildImportResult = (overrides: Partial<ImportResult> = {}): ImportResult => ({
  valid: true,
  dryRun: true,
  applied: false,
  errors: [],
  summary: { rows: 12, create: 10, update: 2, unchanged: 0, errors: 0 },
  sheets: ['任务分解表'],
  ignoredColumns: [],
  ...overrides,
});

export const invalidImportResult = (errors: ImportRowError[] = [buildRowError()]): ImportResult =>
  buildImportResult({
    valid: false,
    errors,
    summary: { rows: 12, create: 9, update: 2, unchanged: 0, errors: errors.length },
  });
