import { buildMatrix } from '../testing/reporting-fixtures';
import {
  defaultRemindPeriod,
  outstandingFor,
  moveInGrid,
  parseMatrixFilters,
  toMatrixSearchParams,
} from './matrix';
import { canRemind, canReviewReports, canUseReportingView, reportingViewsFor } from './reporting-access';

describe('submission matrix helpers', () => {
  it('keeps filters in the URL, leaving defaults out', () => {
    const filters = parseMatrixFilters(new URLSearchParams('periods=12&region=440000'));
    expect(filters).toEqual({ periods: 12, region: '440000', measure: '' });
    expect(toMatrixSearchParams(filters, '2026-10').toString()).toBe(
      'periods=12&region=440000&remind=2026-10',
    );
    expect(parseMatrixFilters(new URLSearchParams('periods=7')).periods).toBe(6);
    expect(toMatrixSearchParams(parseMatrixFilters(new URLSearchParams())).toString()).toBe('');
  });

  it('counts outstanding reports per period and picks the newest period with overdue ones', () => {
    const matrix = buildMatrix();
    expect(outstandingFor(matrix, '2026-10')).toEqual({ units: 1, reports: 1 });
    expect(outstandingFor(matrix, '2026-11')).toEqual({ units: 1, reports: 4 });
    expect(defaultRemindPeriod(matrix)).toBe('2026-10');
    const noneOverdue = { ...matrix, units: matrix.units.slice(1) };
    expect(defaultRemindPeriod(noneOverdue)).toBe('2026-11');
    expect(defaultRemindPeriod({ periods: ['2026-10', '2026-11'], units: [] })).toBe('2026-11');
    expect(defaultRemindPeriod({ periods: [], units: [] })).toBeNull();
  });

  it('moves over the grid with arrows, Home and End, staying inside', () => {
    const size = { rows: 3, cols: 4 };
    expect(moveInGrid({ row: 0, col: 0 }, 'ArrowRight', size)).toEqual({ row: 0, col: 1 });
    expect(moveInGrid({ row: 0, col: 0 }, 'ArrowUp', size)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid({ row: 2, col: 3 }, 'ArrowDown', size)).toEqual({ row: 2, col: 3 });
    expect(moveInGrid({ row: 1, col: 2 }, 'Home', size)).toEqual({ row: 1, col: 0 });
    expect(moveInGrid({ row: 1, col: 2 }, 'End', size, true)).toEqual({ row: 2, col: 3 });
    expect(moveInGrid({ row: 1, col: 2 }, 'Enter', size)).toBeNull();
  });
});

describe('reporting access', () => {
  it('shows each role only what it may use', () => {
    expect(reportingViewsFor('staff')).toEqual(['my-tasks']);
    expect(reportingViewsFor('unit_head')).toEqual(['my-tasks', 'review', 'matrix']);
    expect(reportingViewsFor('leader')).toEqual(['matrix', 'review']);
    expect(reportingViewsFor('admin')).toEqual(['matrix', 'review']);
    expect(reportingViewsFor('viewer')).toEqual([]);
    expect(canReviewReports('admin')).toBe(false);
    expect(canUseReportingView('staff', 'matrix')).toBe(false);
    expect(canReviewReports('leader')).toBe(false);
    expect(canReviewReports('unit_head')).toBe(true);
    expect(canRemind('staff')).toBe(false);
    expect(canRemind('leader')).toBe(true);
  });
});
