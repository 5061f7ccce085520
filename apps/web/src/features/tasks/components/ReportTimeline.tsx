import type { ProgressReportView } from '@plan/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../../components/ui/PageStatus';
import { ProgressBar } from '../../../components/ui/ProgressBar';
import { formatDate, formatPeriod } from '../../../lib/intl-format';
import { useTaskReports } from '../api/use-tasks';

type ReportTimelineProps = {
  taskId: string;
  // The report the task's current figures come from.
  basisReportId: string | null;
};

// A task reports monthly: the last half year is what a review needs; the rest is one click away.
const INITIAL_COUNT = 6;

const ReportText = ({ label, text, none }: { label: string; text: string; none: string }) => (
  <div>
    <dt>{label}</dt>
    <dd className="prose">{text.trim() ? text : <span className="muted">{none}</span>}</dd>
  </div>
);

const ReportItem = ({ report, basis }: { report: ProgressReportView; basis: boolean }) => {
  const { t, i18n } = useTranslation('tasks');
  const lang = i18n.language;
  const none = t('detail.none');
  const titleId = `report-${report.id}`;
  return (
    <li className={`timeline__item timeline__item--${report.status}`}>
      <div className="report-card">
        <header className="report-card__header">
          <h3 id={titleId}>{t('report.period', { period: formatPeriod(report.period, lang) })}</h3>
          <span className={`review-chip review-chip--${report.status}`}>
            {t(`report.reviewState.${report.status}`)}
          </span>
          {basis ? <span className="tag">{t('report.basis')}</span> : null}
        </header>
        {report.status === 'returned' || report.reviewComment ? (
          <div className={`review-comment${report.status === 'returned' ? ' review-comment--returned' : ''}`}>
            <p className="review-comment__label">
              {report.status === 'returned' ? t('report.returnComment') : t('report.reviewComment')}
            </p>
            <p className="prose">{report.reviewComment?.trim() || none}</p>
          </div>
        ) : null}
        <dl className="report-card__figures">
          <div>
            <dt>{t('report.progress')}</dt>
            <dd>
              <ProgressBar value={report.progress} />
            </dd>
          </div>
          <div>
            <dt>{t('report.reportedState')}</dt>
            <dd>{t(`reportedState.${report.reportedState}`)}</dd>
          </div>
          <div>
            <dt>{t('report.author')}</dt>
            <dd>{report.author.displayName}</dd>
          </div>
          <div>
            <dt>{t('report.submittedAt')}</dt>
            <dd>
              {report.submittedAt ? (
                <time dateTime={report.submittedAt}>{formatDate(report.submittedAt, lang)}</time>
              ) : (
                t('report.notSubmitted')
              )}
            </dd>
          </div>
          {report.reviewedBy ? (
            <div>
              <dt>{t('report.reviewedBy')}</dt>
              <dd>
                {report.reviewedBy.displayName}
                {report.reviewedAt ? (
                  <>
                    {' '}
                    <time className="muted" dateTime={report.reviewedAt}>
                      {formatDate(report.reviewedAt, lang)}
                    </time>
                  </>
                ) : null}
              </dd>
            </div>
          ) : null}
        </dl>
        <dl className="report-card__texts">
          <ReportText label={t('report.achievements')} text={report.achievements} none={none} />
          <ReportText label={t('report.problems')} text={report.problems} none={none} />
          <ReportText label={t('report.nextSteps')} text={report.nextSteps} none={none} />
          {report.suspendedReason ? (
            <ReportText label={t('report.suspendedReason')} text={report.suspendedReason} none={none} />
          ) : null}
        </dl>
      </div>
    </li>
  );
};

export const ReportTimeline = ({ taskId, basisReportId }: ReportTimelineProps) => {
  const { t } = useTranslation('tasks');
  const reports = useTaskReports(taskId);
  const [showAll, setShowAll] = useState(false);

  if (reports.isPending) return <LoadingState />;
  if (reports.isError) return <ErrorState error={reports.error} onRetry={() => void reports.refetch()} />;
  if (reports.data.length === 0) return <p className="muted">{t('report.none')}</p>;

  const shown = showAll ? reports.data : reports.data.slice(0, INITIAL_COUNT);
  return (
    <>
      <ol className="timeline">
        {shown.map((report) => (
          <ReportItem key={report.id} report={report} basis={report.id === basisReportId} />
        ))}
      </ol>
      {reports.data.length > INITIAL_COUNT ? (
        <button type="button" className="button" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? t('report.showFewer') : t('report.showAll', { count: reports.data.length })}
        </button>
      ) : null}
    </>
  );
};
