import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import type { ReportingView } from '../utils/reporting-access';

type ReportingTabsProps = {
  views: readonly ReportingView[];
  counts?: Partial<Record<ReportingView, number>>;
};

// Sub-pages of 报送 as links (each has its own URL), marked like the main navigation.
export const ReportingTabs = ({ views, counts = {} }: ReportingTabsProps) => {
  const { t } = useTranslation('reporting');
  if (views.length < 2) return null;
  return (
    <nav className="reporting-tabs" aria-label={t('tabs.label')}>
      <ul>
        {views.map((view) => {
          const count = counts[view];
          return (
            <li key={view}>
              <NavLink to={`/reporting/${view}`} className="reporting-tabs__link">
                {t(`tabs.${view}`)}
                {count ? (
                  <span className="reporting-tabs__count">
                    <span aria-hidden="true">{count}</span>
                    <span className="visually-hidden">{t('tabs.count', { count })}</span>
                  </span>
                ) : null}
              </NavLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
};
