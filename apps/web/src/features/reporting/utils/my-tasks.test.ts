import { buildListTask } from '../testing/reporting-fixtures';
import { actionFor, parseStatusParam, reportFormPath, sortMyTasks } from './my-tasks';

describe('my tasks', () => {
  it('puts what needs doing first, then by code', () => {
    const row = (code: string, status: 'none' | 'draft' | 'submitted' | 'approved' | 'returned') => ({
      task: buildListTask({ id: code, code }),
      report: null,
      status,
    });
    const sorted = sortMyTasks([
      row('A-3', 'approved'),
      row('A-2', 'none'),
      row('A-1', 'submitted'),
      row('A-4', 'returned'),
      row('A-0', 'none'),
      row('A-5', 'draft'),
    ]);
    expect(sorted.map((r) => r.task.code)).toEqual(['A-4', 'A-0', 'A-2', 'A-5', 'A-1', 'A-3']);
  });

  it('offers the right action per status', () => {
    expect(actionFor('none')).toBe('file');
    expect(actionFor('draft')).toBe('continue');
    expect(actionFor('returned')).toBe('refile');
    expect(actionFor('submitted')).toBe('view');
    expect(actionFor('approved')).toBe('view');
  });

  it('links to the form with the period and reads the status filter', () => {
    expect(reportFormPath('a b', '2026-11')).toBe('/reporting/tasks/a%20b?period=2026-11');
    expect(parseStatusParam('returned')).toBe('returned');
    expect(parseStatusParam('bogus')).toBeNull();
    expect(parseStatusParam(null)).toBeNull();
  });
});
