import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate, formatNumber } from '../../../lib/intl-format';
import type { UpcomingRow } from '../utils/to-watchlist-series';
import { DashboardPanel } from './DashboardPanel';
import { ShowAllToggle } from './ShowAllToggle';

const COLLAPSED = 8;

// Memoised: a filter change redraws it only once the new answer has arrived.
export const UpcomingMilestones = memo(function UpcomingMilestones({ rows }: { rows: UpcomingRow[] }) {
  const { t, i18n } = useTranslation('dashboard');
  const lang = i18n.language;
  const listId = useId();
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? rows : rows.slice(0, COLLAPSED);

  return (
    <DashboardPanel title={t('milestones.title')} testId="panel-milestones">
      {rows.length === 0 ? (
        <p className="dash-empty">{t('milestones.empty')}</p>
      ) : (
        <>
          <ol className="dash-milestones" id={listId}>
            {shown.map((row) => (
              <li key={row.id} className="dash-milestone">
                <p className="dash-milestone__due">
                  <span className="dash-milestone__date">{formatDate(row.dueDate, lang)}</span>
                  <span className="dash-milestone__left">
                    {row.daysLeft <= 0
                      ? t('milestones.dueToday')
                      : t('milestones.daysLeft', {
                          count: row.daysLeft,
                          value: formatNumber(row.daysLeft, lang),
                        })}
                  </span>
                </p>
                <p className="dash-milestone__title">{row.title}</p>
                <p className="dash-milestone__task">
                  <span className="visually-hidden">{t('milestones.task')}</span>
                  <Link to={`/tasks/${encodeURIComponent(row.taskId)}`}>
                    <span className="dash-code">{row.taskCode}</span> {row.taskTitle}
                  </Link>
                </p>
                <p className="dash-milestone__unit">
                  <span className="visually-hidden">{t('milestones.leadUnit')}</span>
                  {row.leadUnit}
                </p>
              </li>
            ))}
          </ol>
          {rows.length > COLLAPSED ? (
            <ShowAllToggle
              total={rows.length}
              expanded={expanded}
              onToggle={() => setExpanded((value) => !value)}
              controls={listId}
            />
          ) : null}
        </>
      )}
    </DashboardPanel>
  );
});
