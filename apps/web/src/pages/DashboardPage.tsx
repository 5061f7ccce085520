import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../components/ui/PageStatus';
import { useDashboardSummary } from '../features/dashboard/api/use-dashboard';
import { SummaryFigures } from '../features/dashboard/components/SummaryFigures';
import { formatDate } from '../lib/intl-format';
import { useDocumentTitle } from '../lib/use-document-title';

export const DashboardPage = () => {
  const { t, i18n } = useTranslation('dashboard');
  const summary = useDashboardSummary();
  useDocumentTitle(t('title'));

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('title')}</h1>
        {summary.data ? (
          <p className="muted">{t('asOf', { date: formatDate(summary.data.asOf, i18n.language) })}</p>
        ) : null}
      </header>
      {summary.isPending ? <LoadingState /> : null}
      {summary.isError ? <ErrorState error={summary.error} onRetry={() => void summary.refetch()} /> : null}
      {summary.data ? <SummaryFigures totals={summary.data.totals} /> : null}
      <p className="muted page-note">{t('comingSoon')}</p>
    </div>
  );
};
