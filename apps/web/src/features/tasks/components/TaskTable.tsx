import { memo, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { ProgressBar } from '../../../components/ui/ProgressBar';
import { formatNumber } from '../../../lib/intl-format';
import { localName } from '../../../lib/locale';
import type { TaskListItem, TaskSort } from '../api/types';
import { SortableHeader } from './SortableHeader';
import { TaskDueDate } from './TaskDueDate';
import { TaskStatusBadge } from './TaskStatusBadge';

export type TaskLinkState = { fromSearch?: string };

type TaskTableProps = {
  tasks: TaskListItem[];
  sort: TaskSort | undefined;
  onSort: (sort: TaskSort) => void;
  busy?: boolean;
  // Carried to the detail page so "back" returns to the same filtered list.
  linkState?: TaskLinkState;
};

const DaysLate = ({ days }: { days: number }) => {
  const { t, i18n } = useTranslation('tasks');
  if (days <= 0) {
    return (
      <>
        <span aria-hidden="true" className="muted">
          —
        </span>
        <span className="visually-hidden">{t('daysLate.none')}</span>
      </>
    );
  }
  return <>{t('daysLate.value', { count: days, days: formatNumber(days, i18n.language) })}</>;
};

// Past this many rows (four "load more" pages) only the rows near the viewport are in the page: a list loaded
// down to thousands of national tasks scrolls as lightly as the first page. Fewer rows render whole, so the
// browser's find-in-page and printing see them all.
export const VIRTUALIZE_AFTER = 200;
// A row's height before it is measured: between one line of title (61 px) and two (83 px).
export const ESTIMATED_ROW_PX = 68;

type RowProps = {
  task: TaskListItem;
  lang: string;
  linkState?: TaskLinkState;
  // when only some rows are in the page: its 1-based position among all rows (the header row is 1)
  rowIndex?: number;
  measure?: (row: HTMLTableRowElement | null) => void;
};

const TaskRow = memo(function TaskRow({ task, lang, linkState, rowIndex, measure }: RowProps) {
  const { t } = useTranslation('tasks');
  const unitName = localName(task.leadUnit, lang);
  return (
    <tr ref={measure} data-index={rowIndex === undefined ? undefined : rowIndex - 2} aria-rowindex={rowIndex}>
      <td className="task-table__code">{task.code}</td>
      <th scope="row" className="task-table__title">
        <Link to={`/tasks/${encodeURIComponent(task.id)}`} state={linkState}>
          {task.title}
        </Link>
        {task.archivedAt ? <span className="tag tag--muted">{t('detail.archivedTag')}</span> : null}
        <span className="task-table__measure">{localName(task.measure, lang)}</span>
      </th>
      <td className="task-table__region">
        <span className="keep-words">{localName(task.region, lang)}</span>
      </td>
      <td className="task-table__unit">
        <span className="task-table__unit-name" title={unitName}>
          {unitName}
        </span>
      </td>
      <td className="task-table__date">
        <TaskDueDate value={task.dueDate} />
      </td>
      <td className="task-table__progress">
        <ProgressBar value={task.progress} />
      </td>
      <td className="task-table__late numeric">
        <DaysLate days={task.status.daysLate} />
      </td>
      <td className="task-table__state">
        <TaskStatusBadge status={task.status} />
      </td>
    </tr>
  );
});

// The rows near the window's viewport, between two spacer rows that stand for the others' height.
const WindowedRows = ({
  tasks,
  lang,
  linkState,
}: {
  tasks: TaskListItem[];
  lang: string;
  linkState?: TaskLinkState;
}) => {
  const spacer = useRef<HTMLTableRowElement>(null);
  const [offset, setOffset] = useState(0);
  // where the rows start in the document, for the window's scroll position
  useLayoutEffect(() => {
    const top = spacer.current?.getBoundingClientRect().top;
    if (top !== undefined) setOffset(top + window.scrollY);
  }, []);
  const rows = useWindowVirtualizer({
    count: tasks.length,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 8,
    scrollMargin: offset,
    getItemKey: (i) => tasks[i].id,
  });
  const items = rows.getVirtualItems();
  const before = items.length ? items[0].start - rows.options.scrollMargin : 0;
  const after = items.length ? rows.getTotalSize() - items[items.length - 1].end : 0;
  return (
    <>
      <tr ref={spacer} aria-hidden="true" className="task-table__spacer" style={{ height: before }} />
      {items.map((item) => (
        <TaskRow
          key={item.key}
          task={tasks[item.index]}
          lang={lang}
          linkState={linkState}
          rowIndex={item.index + 2}
          measure={rows.measureElement}
        />
      ))}
      <tr aria-hidden="true" className="task-table__spacer" style={{ height: after }} />
    </>
  );
};

export const TaskTable = ({ tasks, sort, onSort, busy = false, linkState }: TaskTableProps) => {
  const { t, i18n } = useTranslation('tasks');
  const lang = i18n.language;
  const header = { sort, onSort };
  const windowed = tasks.length > VIRTUALIZE_AFTER;
  return (
    <div className="table-scroll">
      <table
        className="data-table task-table"
        aria-busy={busy || undefined}
        aria-rowcount={windowed ? tasks.length + 1 : undefined}
      >
        <caption className="visually-hidden">{t('list.caption')}</caption>
        <thead>
          <tr aria-rowindex={windowed ? 1 : undefined}>
            <SortableHeader column="code" label={t('column.code')} className="task-table__code" {...header} />
            <th scope="col" className="task-table__title">
              {t('column.title')}
            </th>
            <th scope="col" className="task-table__region">
              {t('column.region')}
            </th>
            <th scope="col" className="task-table__unit">
              {t('column.leadUnit')}
            </th>
            <SortableHeader
              column="dueDate"
              label={t('column.dueDate')}
              className="task-table__date"
              {...header}
            />
            <SortableHeader
              column="progress"
              label={t('column.progress')}
              className="task-table__progress"
              {...header}
            />
            <SortableHeader
              column="daysLate"
              label={t('column.daysLate')}
              className="task-table__late numeric"
              {...header}
            />
            <th scope="col" className="task-table__state">
              {t('column.state')}
            </th>
          </tr>
        </thead>
        <tbody>
          {windowed ? (
            <WindowedRows tasks={tasks} lang={lang} linkState={linkState} />
          ) : (
            tasks.map((task) => <TaskRow key={task.id} task={task} lang={lang} linkState={linkState} />)
          )}
        </tbody>
      </table>
    </div>
  );
};
