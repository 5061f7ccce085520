import { buildImportResult, buildRowError, invalidImportResult } from '../testing/import-fixtures';
import { canApply, hasWork, isImportResult, rowErrorReason, unlistedErrors } from './import-result';

describe(canApply.name, () => {
  it('allows only a clean check', () => {
    expect(canApply(null)).toBe(false);
    expect(canApply(buildImportResult())).toBe(true);
    expect(canApply(invalidImportResult())).toBe(false);
    expect(
      canApply(buildImportResult({ summary: { rows: 1, create: 1, update: 0, unchanged: 0, errors: 3 } })),
    ).toBe(false);
  });
});

describe(isImportResult.name, () => {
  it('recognises the answer inside an error body', () => {
    expect(isImportResult(invalidImportResult())).toBe(true);
    expect(isImportResult([{ field: 'file' }])).toBe(false);
    expect(isImportResult(undefined)).toBe(false);
  });
});

describe(rowErrorReason.name, () => {
  it('gives the reason in the UI language', () => {
    expect(rowErrorReason(buildRowError(), 'zh-CN')).toBe('找不到名为“不存在的厅”的单位');
    expect(rowErrorReason(buildRowError(), 'en')).toBe('No unit is named “不存在的厅”');
  });
});

describe('counts', () => {
  it('knows when nothing would change and when errors went unlisted', () => {
    expect(
      hasWork(buildImportResult({ summary: { rows: 3, create: 0, update: 0, unchanged: 3, errors: 0 } })),
    ).toBe(false);
    const capped = invalidImportResult([buildRowError()]);
    capped.summary.errors = 1500;
    expect(unlistedErrors(capped)).toBe(1499);
  });
});
