import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth/api/use-auth';
import { ReviewQueueView } from '../features/reporting/components/ReviewQueueView';
import { canReviewReports, canUseReportingView } from '../features/reporting/utils/reporting-access';
import { useDocumentTitle } from '../lib/use-document-title';
import { ReportingNoAccess } from './ReportingPage';

export const ReportingReviewPage = () => {
  const { t } = useTranslation('reporting');
  const me = useMe().data;
  useDocumentTitle(t('review.title'));
  if (!me || !canUseReportingView(me.role, 'review')) return <ReportingNoAccess />;
  return <ReviewQueueView canReview={canReviewReports(me.role)} />;
};
