import type { ProgressReportView } from '@plan/contracts';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/intl-format';
import { formatTime } from '../utils/reporting-format';
import { ReportDetails } from './ReportDetails';
import { ReportStatusBadge } from './ReportStatusBadge';

type ReportReadOnlyProps = {
  report: ProgressReportView;
};

// A submitted or approved report: it can be read, not changed (a correction is a new report).
export const ReportReadOnly = ({ report }: ReportReadOnlyProps) => {
  const { t, i18n } = useTranslation('reporting');
  const lang = i18n.language;
  const when = (iso: string) => `${formatDate(iso, lang)} ${formatTime(iso, lang)}`;
  return (
    <section className="panel report-readonly" aria-labelledby="report-readonly-title">
      <h2 id="report-readonly-title" className="report-readonly__title">
        {t('readOnly.title')} <ReportStatusBadge status={report.status} />
      </h2>
      <p className="muted">
        {report.status === 'approved' ? t('readOnly.approvedNote') : t('readOnly.submittedNote')}
      </p>
      <dl className="detail-list report-readonly__meta">
        <div>
          <dt>{t('readOnly.author')}</dt>
          <dd>{report.author.displayName}</dd>
        </div>
        {report.submittedAt ? (
          <div>
            <dt>{t('readOnly.submittedAt')}</dt>
            <dd>{when(report.submittedAt)}</dd>
          </div>
        ) : null}
        {report.reviewedBy && report.reviewedAt ? (
          <div>
            <dt>{t('readOnly.reviewedBy')}</dt>
            <dd>
              {report.reviewedBy.displayName} · {when(report.reviewedAt)}
            </dd>
          </div>
        ) : null}
        {report.reviewComment ? (
          <div>
            <dt>{t('readOnly.comment')}</dt>
            <dd className="prose">{report.reviewComment}</dd>
          </div>
        ) : null}
      </dl>
      <ReportDetails report={report} />
    </section>
  );
};
