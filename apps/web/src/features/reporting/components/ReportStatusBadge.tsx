import type { PeriodReportStatus } from '@plan/contracts';
import { useTranslation } from 'react-i18next';

type ReportStatusBadgeProps = {
  status: PeriodReportStatus;
};

// The written status carries the meaning; the colour only helps scanning.
export const ReportStatusBadge = ({ status }: ReportStatusBadgeProps) => {
  const { t } = useTranslation('reporting');
  return <span className={`report-status report-status--${status}`}>{t(`status.${status}`)}</span>;
};
