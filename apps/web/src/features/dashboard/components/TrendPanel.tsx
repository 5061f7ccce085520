import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartLegend } from '../../../components/charts/ChartLegend';
import { SERIES_COLORS } from '../../../components/charts/chart-colors';
import { formatPercent } from '../../../lib/intl-format';
import { TREND_CATEGORIES, type TrendRow } from '../utils/to-trend-series';
import { DashboardPanel } from './DashboardPanel';
import { LazyTrendChart } from './lazy-charts';

// Memoised: a filter change redraws it only once the new answer has arrived.
export const TrendPanel = memo(function TrendPanel({ rows }: { rows: TrendRow[] }) {
  const { t, i18n } = useTranslation('dashboard');
  const lang = i18n.language;
  const latest = rows.at(-1);
  return (
    <DashboardPanel title={t('trend.title')} hint={t('trend.hint')} testId="panel-trend">
      <ChartLegend
        items={TREND_CATEGORIES.map((category) => ({
          key: category,
          label: t(`trend.${category}`),
          color: SERIES_COLORS[category],
          dashed: category === 'expected',
        }))}
      />
      {latest ? (
        <p className="dash-trend__latest">
          {t('trend.latest', {
            period: latest.label,
            expected: formatPercent(latest.expected, lang),
            actual: formatPercent(latest.actual, lang),
            completedRate: formatPercent(latest.completedRate, lang),
          })}
        </p>
      ) : null}
      <LazyTrendChart rows={rows} />
    </DashboardPanel>
  );
});
