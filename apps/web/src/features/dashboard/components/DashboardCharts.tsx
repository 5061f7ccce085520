import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { BarChart } from '../../../components/charts/BarChart';
import { SERIES_COLORS, STATE_COLORS } from '../../../components/charts/chart-colors';
import { LineChart } from '../../../components/charts/LineChart';
import { formatNumber, formatPercent } from '../../../lib/intl-format';
import type { DrillDown, RegionMetric } from '../utils/dashboard-filters';
import { METRIC_SCALES } from '../utils/metric-scale';
import { STATE_ORDER } from '../utils/state-counts';
import type { MeasureStatusRow } from '../utils/to-measure-series';
import { measureChartHeight, rankingChartHeight, TREND_CHART_HEIGHT } from './chart-heights';
import type { RegionValue } from '../utils/to-region-series';
import { TREND_CATEGORIES, type TrendRow } from '../utils/to-trend-series';

// The dashboard's recharts charts, in one module loaded lazily: recharts stays out of every other page.
// Memoised: drawing one is a long task, done again only when its rows (or the language) change.

type MeasureStatusChartProps = { rows: MeasureStatusRow[]; onOpenTasks: (drill: DrillDown) => void };

export const MeasureStatusChart = memo(function MeasureStatusChart({
  rows,
  onOpenTasks,
}: MeasureStatusChartProps) {
  const { t, i18n } = useTranslation('dashboard');
  const lang = i18n.language;
  return (
    <BarChart
      data={rows}
      index="name"
      categories={[...STATE_ORDER]}
      colors={STATE_ORDER.map((state) => STATE_COLORS[state])}
      categoryLabels={Object.fromEntries(STATE_ORDER.map((state) => [state, t(`state.${state}`)]))}
      valueFormatter={(value) => formatNumber(value, lang)}
      onValueChange={({ datum, category }) => onOpenTasks({ measure: datum.code, state: category })}
      layout="vertical"
      stack
      showValueLabels
      yAxisWidth={lang.startsWith('zh') ? 186 : 240}
      height={measureChartHeight(rows.length)}
      maxBarSize={36}
      noDataText={t('chart.noData')}
      label={t('measures.chartLabel')}
      indexHeader={t('measures.measure')}
      data-testid="chart-measure-status"
    />
  );
});

type RegionRankingChartProps = {
  rows: (RegionValue & { value: number })[];
  metric: RegionMetric;
  onOpenTasks: (drill: DrillDown) => void;
};

export const RegionRankingChart = memo(function RegionRankingChart({
  rows,
  metric,
  onOpenTasks,
}: RegionRankingChartProps) {
  const { t, i18n } = useTranslation('dashboard');
  const lang = i18n.language;
  const metricLabel = t(`regions.metrics.${metric}`);
  const percent = METRIC_SCALES[metric].unit === 'percent';
  return (
    <BarChart
      data={rows}
      index="name"
      categories={['value']}
      colors={[SERIES_COLORS.ranking]}
      categoryLabels={{ value: metricLabel }}
      valueFormatter={(value) => (percent ? formatPercent(value, lang) : formatNumber(value, lang))}
      onValueChange={({ datum }) => onOpenTasks({ region: datum.code })}
      layout="vertical"
      showValueLabels
      yAxisWidth={lang.startsWith('zh') ? 92 : 112}
      height={rankingChartHeight(rows.length)}
      noDataText={t('regions.noProvinces')}
      label={t('regions.rankingLabel', { metric: metricLabel })}
      indexHeader={t('regions.province')}
      data-testid="chart-region-ranking"
    />
  );
});

export const TrendChart = memo(function TrendChart({ rows }: { rows: TrendRow[] }) {
  const { t, i18n } = useTranslation('dashboard');
  const lang = i18n.language;
  return (
    <LineChart
      data={rows}
      index="label"
      indexTickField="tick"
      categories={[...TREND_CATEGORIES]}
      colors={TREND_CATEGORIES.map((category) => SERIES_COLORS[category])}
      categoryLabels={Object.fromEntries(TREND_CATEGORIES.map((c) => [c, t(`trend.${c}`)]))}
      dashedCategories={['expected']}
      valueFormatter={(value) => formatPercent(value, lang)}
      showLastValues
      minValue={0}
      maxValue={100}
      height={TREND_CHART_HEIGHT}
      noDataText={t('trend.empty')}
      label={t('trend.chartLabel')}
      indexHeader={t('trend.period')}
      data-testid="chart-trend"
    />
  );
});
