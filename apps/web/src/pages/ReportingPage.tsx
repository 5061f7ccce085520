import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet } from 'react-router-dom';
import { LoadingState } from '../components/ui/PageStatus';
import { useMe } from '../features/auth/api/use-auth';
import { useReviewQueue } from '../features/reporting/api/use-reporting';
import { ReportingTabs } from '../features/reporting/components/ReportingTabs';
import { reportingViewsFor, type ReportingView } from '../features/reporting/utils/reporting-access';
import '../features/reporting/reporting.css';
import { useDocumentTitle } from '../lib/use-document-title';

export const ReportingNoAccess = () => {
  const { t } = useTranslation('reporting');
  return <p className="empty-state">{t('noAccess')}</p>;
};

// /reporting: the sub-views this role may use, as tabs; each sub-view has its own URL.
export const ReportingPage = () => {
  const { t } = useTranslation('reporting');
  const me = useMe().data;
  const views = me ? reportingViewsFor(me.role) : [];
  const reviewQueue = useReviewQueue(views.includes('review'));
  useDocumentTitle(t('title'));
  const counts: Partial<Record<ReportingView, number>> = {
    review: views.includes('review') ? reviewQueue.data?.length : undefined,
  };
  return (
    <div className="page reporting">
      <header className="page-header">
        <h1>{t('title')}</h1>
      </header>
      <ReportingTabs views={views} counts={counts} />
      {views.length === 0 ? (
        <ReportingNoAccess />
      ) : (
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      )}
    </div>
  );
};

export const ReportingIndexRedirect = () => {
  const me = useMe().data;
  const first = me ? reportingViewsFor(me.role)[0] : undefined;
  return first ? <Navigate to={`/reporting/${first}`} replace /> : null;
};
