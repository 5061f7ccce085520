import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ErrorState } from '../components/ui/PageStatus';
import { useDashboardSummary } from '../features/dashboard/api/use-dashboard';
import { DashboardFilterBar } from '../features/dashboard/components/DashboardFilterBar';
import { DashboardSkeleton } from '../features/dashboard/components/DashboardSkeleton';
import { DashboardView } from '../features/dashboard/components/DashboardView';
import { preloadDashboardCharts } from '../features/dashboard/components/lazy-charts';
import { useDashboardFilterOptions } from '../features/dashboard/components/use-dashboard-filter-options';
import '../features/dashboard/dashboard.css';
import {
  EMPTY_FILTERS,
  parseDashboardFilters,
  parseRegionMetric,
  toDashboardSearchParams,
  type RegionMetric,
} from '../features/dashboard/utils/dashboard-filters';
import { formatDate } from '../lib/intl-format';
import { useApiErrorMessage } from '../lib/use-api-error-message';
import { useDocumentTitle } from '../lib/use-document-title';
import { ExportMenu } from '../features/exports/components/ExportMenu';

export const DashboardPage = () => {
  const { t, i18n } = useTranslation('dashboard');
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseDashboardFilters(searchParams), [searchParams]);
  const metric = useMemo(() => parseRegionMetric(searchParams), [searchParams]);
  const summary = useDashboardSummary(filters);
  const errorMessage = useApiErrorMessage();
  const options = useDashboardFilterOptions(summary.data, filters);
  useDocumentTitle(t('title'));
  useEffect(preloadDashboardCharts, []);

  const update = (next: typeof filters, nextMetric: RegionMetric = metric) =>
    setSearchParams(toDashboardSearchParams(next, nextMetric));
  // Stable while the URL stays the same: the panels (memoised) then skip the renders that only
  // change the page's loading state or the filter bar's options.
  const reset = useCallback(
    () => setSearchParams(toDashboardSearchParams(EMPTY_FILTERS, metric)),
    [setSearchParams, metric],
  );
  const changeMetric = useCallback(
    (next: RegionMetric) => setSearchParams(toDashboardSearchParams(filters, next)),
    [setSearchParams, filters],
  );
  const updating = summary.isPlaceholderData || (summary.isFetching && !summary.isPending);

  return (
    <div className="page dash-page">
      <header className="page-header dash-header">
        <h1>{t('title')}</h1>
        {summary.data ? (
          <p className="page-header__meta">
            {t('asOf', { date: formatDate(summary.data.asOf, i18n.language) })}
          </p>
        ) : null}
        <ExportMenu filters={filters} />
        <p className="dash-header__status" role="status">
          {updating ? (
            <>
              <span className="spinner" aria-hidden="true" />
              {t('updating')}
            </>
          ) : null}
        </p>
      </header>

      <DashboardFilterBar
        filters={filters}
        options={options}
        onChange={(field, values) =>
          update(field === 'period' ? { ...filters, period: values[0] } : { ...filters, [field]: values })
        }
        onReset={reset}
      />

      {summary.isError && !summary.data ? (
        <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />
      ) : null}
      {summary.isError && summary.data ? (
        // A refresh failed: keep the figures, and say they are the previous ones.
        <div className="page-status page-status--error dash-stale" role="alert">
          <p>
            <strong>{t('updateFailed')}</strong> {errorMessage(summary.error)}
          </p>
          <button type="button" className="button" onClick={() => void summary.refetch()}>
            {t('retry')}
          </button>
        </div>
      ) : null}
      {summary.isPending ? <DashboardSkeleton /> : null}
      {summary.data ? (
        <div className="dash-body" aria-busy={updating}>
          <DashboardView
            summary={summary.data}
            filters={filters}
            metric={metric}
            onMetricChange={changeMetric}
            onReset={reset}
          />
        </div>
      ) : null}
    </div>
  );
};
