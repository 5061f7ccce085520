import { exportHref, toExportQuery } from './export-url';

describe(toExportQuery.name, () => {
  it('keeps the task-list filters in a fixed order, lists comma-separated, and drops the rest', () => {
    const filters = {
      q: ' 算力 ',
      state: ['behind', 'overdue'],
      measure: 'policy',
      sort: '-dueDate',
      archived: 'include',
      period: '2026-10',
      region: [],
      leadUnit: undefined,
    };
    expect(toExportQuery(filters)).toEqual({ measure: 'policy', state: 'behind,overdue', q: '算力' });
    expect(Object.keys(toExportQuery(filters))).toEqual(['measure', 'state', 'q']);
  });

  it('adds the meeting for "as of" documents and drops duplicates', () => {
    expect(toExportQuery({ sector: ['energy', 'energy', ' '] }, 'm-1')).toEqual({
      sector: 'energy',
      meeting: 'm-1',
    });
  });
});

describe(exportHref.name, () => {
  it('points each document at its endpoint with the filters', () => {
    expect(exportHref('ledger', {})).toBe('/api/exports/ledger.xlsx');
    expect(exportHref('csv', { region: ['440000', '110000'] })).toBe(
      '/api/exports/tasks.csv?region=440000%2C110000',
    );
    expect(exportHref('briefingPdf', { light: 'red' }, 'abc')).toBe(
      '/api/exports/briefing.pdf?light=red&meeting=abc',
    );
    expect(exportHref('briefingDocx', { dueFrom: '2026-01-01', dueTo: '2026-12-31' })).toBe(
      '/api/exports/briefing.docx?dueFrom=2026-01-01&dueTo=2026-12-31',
    );
  });
});
