import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
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

export const TaskTable = ({ tasks, sort, onSort, busy = false, linkState }: TaskTableProps) => {
  const { t, i18n } = useTranslation('tasks');
  const lang = i18n.language;
  const header = { sort, onSort };
  return (
    <div className="table-scroll">
      <table className="data-table task-table" aria-busy={busy || undefined}>
        <caption className="visually-hidden">{t('list.caption')}</caption>
        <thead>
          <tr>
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
          {tasks.map((task) => {
            const unitName = localName(task.leadUnit, lang);
            return (
              <tr key={task.id}>
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
          })}
        </tbody>
      </table>
    </div>
  );
};
