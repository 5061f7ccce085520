import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { BarChart } from '../../../components/charts/BarChart';
import { SERIES_COLORS, STATE_COLORS } from '../../../components/charts/chart-colors';
import { LineChart } from '../../../components/charts/LineChart';
import { formatNumber, formatPercent } from '../../../lib/intl-format';
import { toTaskListHref, type DashboardFilters, type RegionMetric } from '../utils/dashboard-filters';
import { METRIC_SCALES } from '../utils/metric-scale';
import { STATE_ORDER } from '../utils/state-counts';
import type { MeasureStatusRow } from '../utils/to-measure-series';
import type { RegionValue } from '../utils/to-region-series';
import { TREND_CATEGORIES, type TrendRow } from '../utils/to-trend-series';

// The dashboard's recharts charts, in one module loaded lazily: recharts stays out of every other page.

const ROW_HEIGHT = 46;
const AXIS_HEIGHT = 32;
// As tall as the trend chart beside it, however few measures the filters leave.
export const measureChartHeight = (rows: number): number => Math.max(262, rows * ROW_HEIGHT + AXIS_HEIGHT);

type MeasureStatusChartProps = { rows: MeasureStatusRow[]; filters: DashboardFilters };

export const MeasureStatusChart = ({ rows, filters }: MeasureStatusChartProps) => {
  const { t, i18n } = useTranslation('dashboard');
  const navigate = useNavigate();
  const lang = i18n.language;
  return (
    <BarChart
      data={rows}
      index="name"
      categories={[...STATE_ORDER]}
      colors={STATE_ORDER.map((state) => STATE_COLORS[state])}
      categoryLabels={Object.fromEntries(STATE_ORDER.map((state) => [state, t(`state.${state}`)]))}
      valueFormatter={(value) => formatNumber(value, lang)}
      onValueChange={({ datum, category }) =>
        navigate(toTaskListHref(filters, { measure: datum.code, state: category }))
      }
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
};

type RegionRankingChartProps = {
  rows: (RegionValue & { value: number })[];
  metric: RegionMetric;
  filters: DashboardFilters;
};

export const RegionRankingChart = ({ rows, metric, filters }: RegionRankingChartProps) => {
  const { t, i18n } = useTranslation('dashboard');
  const navigate = useNavigate();
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
      onValueChange={({ datum }) => navigate(toTaskListHref(filters, { region: datum.code }))}
      layout="vertical"
      showValueLabels
      yAxisWidth={lang.startsWith('zh') ? 92 : 112}
      height={Math.max(3, rows.length) * 26 + AXIS_HEIGHT}
      noDataText={t('regions.noProvinces')}
      label={t('regions.rankingLabel', { metric: metricLabel })}
      indexHeader={t('regions.province')}
      data-testid="chart-region-ranking"
    />
  );
};

export const TrendChart = ({ rows }: { rows: TrendRow[] }) => {
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
      height={250}
      noDataText={t('trend.empty')}
      label={t('trend.chartLabel')}
      indexHeader={t('trend.period')}
      data-testid="chart-trend"
    />
  );
};
