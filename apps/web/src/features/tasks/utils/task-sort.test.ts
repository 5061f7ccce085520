import { columnSortState, nextSort, parseSort, sortForUrl, toSort } from './task-sort';

describe('task-sort', () => {
  it('maps columns and directions to the API sorts', () => {
    expect(toSort('code', 'ascending')).toBe('code');
    expect(toSort('dueDate', 'descending')).toBe('-dueDate');
    expect(parseSort('-progress')).toEqual({ field: 'progress', direction: 'descending' });
    expect(parseSort(undefined)).toEqual({ field: 'code', direction: 'ascending' });
  });

  it('marks only the sorted column, and the code column when no sort is given', () => {
    expect(columnSortState('code', undefined)).toBe('ascending');
    expect(columnSortState('dueDate', undefined)).toBeUndefined();
    expect(columnSortState('progress', '-progress')).toBe('descending');
    expect(columnSortState('code', '-progress')).toBeUndefined();
    // gap and updatedAt have no column: no header is marked.
    expect(columnSortState('daysLate', '-gap')).toBeUndefined();
  });

  it('reverses the sorted column and starts others in their usual direction', () => {
    expect(nextSort('code', undefined)).toBe('-code');
    expect(nextSort('code', '-code')).toBe('code');
    expect(nextSort('progress', 'code')).toBe('progress');
    expect(nextSort('progress', 'progress')).toBe('-progress');
    expect(nextSort('daysLate', 'code')).toBe('-daysLate');
    expect(nextSort('daysLate', '-daysLate')).toBe('daysLate');
    expect(nextSort('dueDate', '-gap')).toBe('dueDate');
  });

  it('leaves the default order out of the URL', () => {
    expect(sortForUrl('code')).toBeUndefined();
    expect(sortForUrl('-code')).toBe('-code');
  });
});
