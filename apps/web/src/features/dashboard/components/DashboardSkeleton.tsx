import { useTranslation } from 'react-i18next';

// The page's shape while the first answer loads, so nothing jumps when it arrives.
export const DashboardSkeleton = () => {
  const { t } = useTranslation('common');
  return (
    <div className="dash-skeleton" data-testid="dashboard-skeleton">
      <p className="visually-hidden" role="status">
        {t('state.loading')}
      </p>
      <div className="dash-skeleton__figures" aria-hidden="true">
        {Array.from({ length: 9 }, (_, i) => (
          <div key={i} className="dash-skeleton__block dash-skeleton__figure" />
        ))}
      </div>
      <div className="dash-grid" aria-hidden="true">
        <div className="dash-skeleton__block dash-skeleton__panel dash-grid__wide" />
        <div className="dash-skeleton__block dash-skeleton__panel dash-grid__narrow" />
        <div className="dash-skeleton__block dash-skeleton__panel dash-grid__full" />
      </div>
    </div>
  );
};
