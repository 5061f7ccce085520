import { PERIOD_REPORT_STATUSES, type PeriodReportStatus } from '@plan/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorState, LoadingState } from '../../../components/ui/PageStatus';
import { ProgressBar } from '../../../components/ui/ProgressBar';
import { formatDate, formatNumber, formatPeriod } from '../../../lib/intl-format';
import { useMyTasks } from '../api/use-reporting';
import { actionFor, reportFormPath, sortMyTasks } from '../utils/my-tasks';
import { defaultCollectingPeriod, periodChoices, todayInWorkspace } from '../utils/reporting-periods';
import { PeriodSelect } from './PeriodSelect';
import { ReportStatusBadge } from './ReportStatusBadge';

type MyTasksViewProps = {
  period: string | null;
  status: PeriodReportStatus | null;
  onPeriodChange: (period: string) => void;
  onStatusChange: (status: PeriodReportStatus | null) => void;
};

// The order of the count buttons: what needs doing first.
const COUNT_ORDER: PeriodReportStatus[] = ['none', 'returned', 'draft', 'submitted', 'approved'];

export const MyTasksView = ({ period, status, onPeriodChange, onStatusChange }: MyTasksViewProps) => {
  const { t, i18n } = useTranslation('reporting');
  const lang = i18n.language;
  const myTasks = useMyTasks(period);
  const today = todayInWorkspace();
  const collecting = myTasks.data && !period ? myTasks.data.period : defaultCollectingPeriod(today);
  const shownPeriod = myTasks.data?.period ?? period ?? collecting;
  const choices = useMemo(() => periodChoices(today, [shownPeriod]), [today, shownPeriod]);
  const rows = useMemo(() => {
    const sorted = sortMyTasks(myTasks.data?.items ?? []);
    return status ? sorted.filter((row) => row.status === status) : sorted;
  }, [myTasks.data, status]);
  const counts = myTasks.data?.counts;

  return (
    <section className="my-tasks" aria-labelledby="my-tasks-title">
      <div className="reporting-toolbar">
        <h2 id="my-tasks-title" className="reporting-toolbar__title">
          {t('myTasks.title')}
        </h2>
        <PeriodSelect value={shownPeriod} choices={choices} current={collecting} onChange={onPeriodChange} />
        {myTasks.data ? (
          <p className="reporting-toolbar__meta">
            {t('myTasks.due', { date: formatDate(myTasks.data.dueDate, lang) })}
          </p>
        ) : null}
      </div>

      {myTasks.isPending ? <LoadingState /> : null}
      {myTasks.isError ? <ErrorState error={myTasks.error} onRetry={() => void myTasks.refetch()} /> : null}

      {counts ? (
        <div className="status-counts" role="group" aria-label={t('myTasks.countsLabel')}>
          <button
            type="button"
            className="status-counts__item"
            aria-pressed={status === null}
            onClick={() => onStatusChange(null)}
          >
            <span className="status-counts__label">{t('myTasks.countAll')}</span>
            <span className="status-counts__value">{formatNumber(counts.total, lang)}</span>
          </button>
          {COUNT_ORDER.filter((s) => PERIOD_REPORT_STATUSES.includes(s)).map((s) => (
            <button
              key={s}
              type="button"
              className={`status-counts__item status-counts__item--${s}`}
              aria-pressed={status === s}
              onClick={() => onStatusChange(status === s ? null : s)}
            >
              <span className="status-counts__label">{t(`status.${s}`)}</span>
              <span className="status-counts__value">{formatNumber(counts[s], lang)}</span>
            </button>
          ))}
        </div>
      ) : null}

      {myTasks.data && myTasks.data.items.length === 0 ? (
        <p className="empty-state">
          {t('myTasks.empty', { period: formatPeriod(myTasks.data.period, lang) })}
        </p>
      ) : null}
      {myTasks.data && myTasks.data.items.length > 0 && rows.length === 0 ? (
        <p className="empty-state">{t('myTasks.emptyFiltered')}</p>
      ) : null}

      {rows.length > 0 && myTasks.data ? (
        <div className="table-scroll">
          <table className="data-table my-tasks__table">
            <caption className="visually-hidden">
              {t('myTasks.caption', { period: formatPeriod(myTasks.data.period, lang) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('myTasks.column.code')}</th>
                <th scope="col">{t('myTasks.column.title')}</th>
                <th scope="col">{t('myTasks.column.responsible')}</th>
                <th scope="col">{t('myTasks.column.progress')}</th>
                <th scope="col">{t('myTasks.column.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('myTasks.column.action')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const action = actionFor(row.status);
                const comment = row.status === 'returned' ? row.report?.reviewComment : null;
                return (
                  <tr key={row.task.id} data-task-code={row.task.code}>
                    <td className="my-tasks__code">{row.task.code}</td>
                    <th scope="row" className="my-tasks__title">
                      <Link to={`/tasks/${encodeURIComponent(row.task.id)}`}>{row.task.title}</Link>
                    </th>
                    <td className="my-tasks__person">{row.task.responsiblePerson.displayName}</td>
                    <td className="my-tasks__progress">
                      <ProgressBar value={row.task.progress} />
                    </td>
                    <td className="my-tasks__status">
                      <ReportStatusBadge status={row.status} />
                      {comment ? (
                        <p className="my-tasks__comment">{t('myTasks.returnedComment', { comment })}</p>
                      ) : null}
                    </td>
                    <td className="my-tasks__action">
                      <Link
                        className={`button${action === 'view' ? '' : ' button--primary'}`}
                        to={reportFormPath(row.task.id, myTasks.data.period)}
                        aria-label={t(`myTasks.actionLabel.${action}`, { code: row.task.code })}
                      >
                        {t(`myTasks.action.${action}`)}
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
};
