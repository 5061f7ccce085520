import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ProgressBar } from '../../../components/ui/ProgressBar';
import { localName } from '../../../lib/locale';
import type { TaskListItem } from '../api/types';
import { TaskDueDate } from './TaskDueDate';
import { TaskStatusBadge } from './TaskStatusBadge';

export type TaskLinkState = { fromSearch?: string };

type TaskTableProps = {
  tasks: TaskListItem[];
  // Carried to the detail page so "back" returns to the same filtered list.
  linkState?: TaskLinkState;
};

export const TaskTable = ({ tasks, linkState }: TaskTableProps) => {
  const { t, i18n } = useTranslation('tasks');
  const lang = i18n.language;
  return (
    <div className="table-scroll">
      <table className="data-table task-table">
        <caption className="visually-hidden">{t('list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="task-table__code">
              {t('column.code')}
            </th>
            <th scope="col">{t('column.title')}</th>
            <th scope="col">{t('column.measure')}</th>
            <th scope="col">{t('column.region')}</th>
            <th scope="col">{t('column.leadUnit')}</th>
            <th scope="col" className="task-table__date">
              {t('column.dueDate')}
            </th>
            <th scope="col" className="task-table__progress">
              {t('column.progress')}
            </th>
            <th scope="col" className="task-table__state">
              {t('column.state')}
            </th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => (
            <tr key={task.id}>
              <td className="task-table__code">{task.code}</td>
              <th scope="row" className="task-table__title">
                <Link to={`/tasks/${encodeURIComponent(task.id)}`} state={linkState}>
                  {task.title}
                </Link>
              </th>
              <td>{localName(task.measure, lang)}</td>
              <td>{localName(task.region, lang)}</td>
              <td>{localName(task.leadUnit, lang)}</td>
              <td className="task-table__date">
                <TaskDueDate value={task.dueDate} />
              </td>
              <td className="task-table__progress">
                <ProgressBar value={task.progress} />
              </td>
              <td className="task-table__state">
                <TaskStatusBadge status={task.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
