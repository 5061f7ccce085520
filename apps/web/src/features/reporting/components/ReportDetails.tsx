import type { ProgressReportView } from '@plan/contracts';
import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../../components/ui/ProgressBar';
import { AttachmentList } from './AttachmentList';

type ReportDetailsProps = {
  report: ProgressReportView;
};

// The content of a filed report, as the reviewer and the author read it.
export const ReportDetails = ({ report }: ReportDetailsProps) => {
  const { t } = useTranslation('reporting');
  const texts = [
    ['achievements', report.achievements],
    ['problems', report.problems],
    ['nextSteps', report.nextSteps],
  ] as const;
  return (
    <div className="report-details">
      <dl className="report-details__summary">
        <div className="report-details__row report-details__row--inline">
          <dt>{t('form.reportedState')}</dt>
          <dd>{t(`reportedState.${report.reportedState}`)}</dd>
        </div>
        <div className="report-details__row report-details__row--inline">
          <dt>{t('form.progress')}</dt>
          <dd>
            <ProgressBar value={report.progress} />
          </dd>
        </div>
      </dl>
      <dl className="report-details__texts">
        {report.reportedState === 'suspended' && report.suspendedReason ? (
          <div className="report-details__row">
            <dt>{t('form.suspendedReason')}</dt>
            <dd className="prose">{report.suspendedReason}</dd>
          </div>
        ) : null}
        {texts.map(([field, text]) => (
          <div key={field} className="report-details__row">
            <dt>{t(`form.${field}`)}</dt>
            <dd className={text ? 'prose' : 'prose muted'}>{text || t('details.empty')}</dd>
          </div>
        ))}
        <div className="report-details__row">
          <dt>{t('attachments.label')}</dt>
          <dd>
            {report.attachments.length ? (
              <AttachmentList attachments={report.attachments} />
            ) : (
              <span className="muted">{t('attachments.none')}</span>
            )}
          </dd>
        </div>
      </dl>
    </div>
  );
};
