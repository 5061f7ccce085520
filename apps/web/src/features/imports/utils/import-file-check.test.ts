import { IMPORT_MAX_BYTES } from '@plan/contracts';
import { checkImportFile } from './import-file-check';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe(checkImportFile.name, () => {
  it('accepts an .xlsx whatever the browser calls its type', () => {
    for (const type of [XLSX, '', 'application/zip', 'application/octet-stream'])
      expect(checkImportFile({ name: '任务分解表.XLSX', size: 2048, type })).toBeNull();
  });

  it('tells an old Excel file apart from anything else', () => {
    expect(checkImportFile({ name: '台账.xls', size: 2048, type: 'application/vnd.ms-excel' })).toEqual({
      key: 'oldExcel',
    });
    expect(checkImportFile({ name: '台账.csv', size: 2048, type: 'text/csv' })).toEqual({ key: 'type' });
    expect(checkImportFile({ name: 'fake.xlsx', size: 2048, type: 'image/png' })).toEqual({ key: 'type' });
  });

  it('refuses empty and oversized files', () => {
    expect(checkImportFile({ name: 'a.xlsx', size: 0, type: XLSX })).toEqual({ key: 'empty' });
    expect(checkImportFile({ name: 'a.xlsx', size: IMPORT_MAX_BYTES, type: XLSX })).toBeNull();
    expect(checkImportFile({ name: 'a.xlsx', size: IMPORT_MAX_BYTES + 1, type: XLSX })).toEqual({
      key: 'tooLarge',
      maxMb: 5,
    });
  });
});
