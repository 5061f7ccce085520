import type { TaskListItem } from '@plan/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatNumber } from '../../../lib/intl-format';
import { localName } from '../../../lib/locale';
import { taskHref } from '../utils/meeting-links';
import { StatusText } from './StatusText';

type FrozenBehindListProps = { tasks: TaskListItem[]; headingId: string };

const COLLAPSED = 8;

// The behind and overdue tasks as the meeting saw them; each links to the task as it is today.
export const FrozenBehindList = ({ tasks, headingId }: FrozenBehindListProps) => {
  const { t, i18n } = useTranslation('meetings');
  const lang = i18n.language;
  const tableId = useId();
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? tasks : tasks.slice(0, COLLAPSED);

  if (tasks.length === 0) return <p className="mt-empty">{t('behind.empty')}</p>;
  return (
    <>
      <div className="table-scroll">
        <table className="data-table mt-table" id={tableId} aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('column.code')}</th>
              <th scope="col">{t('column.task')}</th>
              <th scope="col">{t('column.leadUnit')}</th>
              <th scope="col">{t('column.region')}</th>
              <th scope="col" className="numeric">
                {t('column.daysLate')}
              </th>
              <th scope="col">{t('column.statusAtMeeting')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((task) => (
              <tr key={task.id}>
                <td className="mt-code">{task.code}</td>
                <th scope="row" className="mt-table__title">
                  <Link to={taskHref(task.id)}>{task.title}</Link>
                </th>
                <td>{localName(task.leadUnit, lang)}</td>
                <td className="mt-nowrap">{localName(task.region, lang)}</td>
                <td className="numeric mt-nowrap">
                  {t('behind.days', {
                    count: task.status.daysLate,
                    value: formatNumber(task.status.daysLate, lang),
                  })}
                </td>
                <td className="mt-nowrap">
                  <StatusText light={task.status.light} state={task.status.state} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {tasks.length > COLLAPSED ? (
        <button
          type="button"
          className="button button--quiet mt-more"
          aria-expanded={expanded}
          aria-controls={tableId}
          onClick={() => setExpanded((value) => !value)}
        >
          {expanded
            ? t('behind.showFewer')
            : t('behind.showAll', { count: tasks.length, value: formatNumber(tasks.length, lang) })}
        </button>
      ) : null}
    </>
  );
};
