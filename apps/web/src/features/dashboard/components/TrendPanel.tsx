import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartLegend } from '../../../components/charts/ChartLegend';
import { SERIES_COLORS } from '../../../components/charts/chart-colors';
import { formatPercent } from '../../../lib/intl-format';
import { TREND_CATEGORIES, type TrendRow } from '../utils/to-trend-series';
import { ChartFallback } from './ChartFallback';
import { DashboardPanel } from './DashboardPanel';
import { LazyTrendChart } from './lazy-charts';

export const TrendPanel = ({ rows }: { rows: TrendRow[] }) => {
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
      <Suspense fallback={<ChartFallback height={250} />}>
        <LazyTrendChart rows={rows} />
      </Suspense>
    </DashboardPanel>
  );
};
