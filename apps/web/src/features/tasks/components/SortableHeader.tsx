import type { TaskSort } from '../api/types';
import { columnSortState, nextSort, type SortableColumn } from '../utils/task-sort';

type SortableHeaderProps = {
  column: SortableColumn;
  label: string;
  sort: TaskSort | undefined;
  onSort: (sort: TaskSort) => void;
  className?: string;
};

const ICONS = { ascending: '▲', descending: '▼', none: '↕' } as const;

// A real button inside the header, so Tab and Enter/Space sort; aria-sort tells which way.
export const SortableHeader = ({ column, label, sort, onSort, className }: SortableHeaderProps) => {
  const state = columnSortState(column, sort);
  return (
    <th scope="col" className={className} aria-sort={state}>
      <button
        type="button"
        className={`sort-button${state ? ' sort-button--active' : ''}`}
        onClick={() => onSort(nextSort(column, sort))}
      >
        <span>{label}</span>
        <span className="sort-button__icon" aria-hidden="true">
          {ICONS[state ?? 'none']}
        </span>
      </button>
    </th>
  );
};
