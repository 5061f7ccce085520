import type { TaskSort } from '../api/types';

// The list's sortable columns and the API sort each one maps to.
export const SORTABLE_COLUMNS = ['code', 'dueDate', 'progress', 'daysLate'] as const;
export type SortableColumn = (typeof SORTABLE_COLUMNS)[number];

export type SortDirection = 'ascending' | 'descending';

// The API sorts by code when no sort is given.
export const DEFAULT_SORT: TaskSort = 'code';

// The first click asks the question the column is usually opened for: the most days late first.
const FIRST_DIRECTION: Record<SortableColumn, SortDirection> = {
  code: 'ascending',
  dueDate: 'ascending',
  progress: 'ascending',
  daysLate: 'descending',
};

export const toSort = (column: SortableColumn, direction: SortDirection): TaskSort =>
  (direction === 'ascending' ? column : `-${column}`) as TaskSort;

export const parseSort = (sort: TaskSort | undefined): { field: string; direction: SortDirection } => {
  const value = sort ?? DEFAULT_SORT;
  return value.startsWith('-')
    ? { field: value.slice(1), direction: 'descending' }
    : { field: value, direction: 'ascending' };
};

// aria-sort for a header: only the column the list is sorted by carries one.
export const columnSortState = (
  column: SortableColumn,
  sort: TaskSort | undefined,
): SortDirection | undefined => {
  const current = parseSort(sort);
  return current.field === column ? current.direction : undefined;
};

// Clicking the sorted column reverses it; clicking another starts with that column's usual direction.
export const nextSort = (column: SortableColumn, sort: TaskSort | undefined): TaskSort => {
  const state = columnSortState(column, sort);
  if (state === undefined) return toSort(column, FIRST_DIRECTION[column]);
  return toSort(column, state === 'ascending' ? 'descending' : 'ascending');
};

// The URL leaves out the default order, so "/tasks" and "/tasks?sort=code" are one view.
export const sortForUrl = (sort: TaskSort): TaskSort | undefined =>
  sort === DEFAULT_SORT ? undefined : sort;
