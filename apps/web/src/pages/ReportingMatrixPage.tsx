import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useMe } from '../features/auth/api/use-auth';
import { SubmissionMatrixView } from '../features/reporting/components/SubmissionMatrixView';
import { parseMatrixFilters, toMatrixSearchParams } from '../features/reporting/utils/matrix';
import { canRemind, canUseReportingView } from '../features/reporting/utils/reporting-access';
import { parsePeriodParam } from '../features/reporting/utils/reporting-periods';
import { useDocumentTitle } from '../lib/use-document-title';
import { ReportingNoAccess } from './ReportingPage';

export const ReportingMatrixPage = () => {
  const { t } = useTranslation('reporting');
  const me = useMe().data;
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseMatrixFilters(params), [params]);
  const remindPeriod = parsePeriodParam(params.get('remind'));
  useDocumentTitle(t('matrix.title'));
  if (!me || !canUseReportingView(me.role, 'matrix')) return <ReportingNoAccess />;
  return (
    <SubmissionMatrixView
      filters={filters}
      remindPeriod={remindPeriod}
      canRemind={canRemind(me.role)}
      onFiltersChange={(next) => setParams(toMatrixSearchParams(next, remindPeriod))}
      onRemindPeriodChange={(period) => setParams(toMatrixSearchParams(filters, period))}
    />
  );
};
