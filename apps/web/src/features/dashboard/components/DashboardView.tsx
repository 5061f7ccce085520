import { memo, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '../api/types';
import type { DashboardFilters, RegionMetric } from '../utils/dashboard-filters';
import { inferCadence } from '../utils/period-label';
import { toFigureSeries } from '../utils/to-figure-series';
import { toHeatMapSeries } from '../utils/to-heatmap-series';
import { toMeasureSeries } from '../utils/to-measure-series';
import { toNationalValue, toRegionRanking, toRegionTiles } from '../utils/to-region-series';
import { toTrendSeries } from '../utils/to-trend-series';
import { toLaggingRows, toUpcomingRows } from '../utils/to-watchlist-series';
import { HeadlineFigures } from './HeadlineFigures';
import { useInTurn } from './in-turn';
import { LaggingTasks } from './LaggingTasks';
import { MeasureStatusPanel } from './MeasureStatusPanel';
import { ProvincePanel } from './ProvincePanel';
import { SectorMeasureHeatMap } from './SectorMeasureHeatMap';
import { TrendPanel } from './TrendPanel';
import { UpcomingMilestones } from './UpcomingMilestones';
import { formatPeriod } from '../../../lib/intl-format';

type DashboardViewProps = {
  summary: DashboardSummary;
  filters: DashboardFilters;
  metric: RegionMetric;
  onMetricChange: (metric: RegionMetric) => void;
  onReset: () => void;
};

// A panel below the first row: rendered in turn after the figures (in-turn.ts); a block keeps its
// place until then.
const Later = ({ height, children }: { height: number; children: ReactNode }) =>
  useInTurn() ? children : <div className="dash-skeleton__block" style={{ height }} aria-hidden="true" />;

// Every panel from the one summary answer; the shaping happens in utils/, not here. Memoised: the page
// re-renders on every query state (fetching, placeholder, the units list arriving), the panels only
// when the answer, the filters, the metric or the language change.
export const DashboardView = memo(function DashboardView({
  summary,
  filters,
  metric,
  onMetricChange,
  onReset,
}: DashboardViewProps) {
  const { t, i18n } = useTranslation('dashboard');
  const lang = i18n.language;

  // Each series from its own part of the answer: with the previous answer kept while new filters
  // load, only the figures (which link under the filters) change at once, and the charts keep their rows.
  const figures = useMemo(
    () => toFigureSeries(summary.totals, filters, summary.period),
    [summary.totals, filters, summary.period],
  );
  const periodLabel = useMemo(
    () => formatPeriod(summary.period, lang, inferCadence((summary.trend ?? []).map((p) => p.period))),
    [summary.period, summary.trend, lang],
  );
  const measures = useMemo(() => toMeasureSeries(summary.byMeasure, lang), [summary.byMeasure, lang]);
  const regions = useMemo(
    () => ({
      tiles: toRegionTiles(summary.byRegion, metric, lang),
      ranking: toRegionRanking(summary.byRegion, metric, lang),
      national: toNationalValue(summary.byRegion, metric, lang),
    }),
    [summary.byRegion, metric, lang],
  );
  const heatMap = useMemo(
    () => toHeatMapSeries(summary.bySectorMeasure, summary.bySector, summary.byMeasure, lang),
    [summary.bySectorMeasure, summary.bySector, summary.byMeasure, lang],
  );
  const trend = useMemo(() => toTrendSeries(summary.trend, lang).rows, [summary.trend, lang]);
  const upcoming = useMemo(
    () => toUpcomingRows(summary.upcomingMilestones, lang),
    [summary.upcomingMilestones, lang],
  );
  const lagging = useMemo(() => toLaggingRows(summary.behind, lang), [summary.behind, lang]);

  return (
    <>
      <HeadlineFigures
        figures={figures}
        averageProgress={summary.totals.averageProgress ?? 0}
        periodLabel={periodLabel}
      />
      {summary.totals.tasks === 0 ? (
        <div className="empty-state dash-no-match" role="status">
          <p>
            <strong>{t('empty.title')}</strong> {t('empty.body')}
          </p>
          <button type="button" className="button" onClick={onReset}>
            {t('filter.reset')}
          </button>
        </div>
      ) : (
        <div className="dash-grid">
          <div className="dash-grid__wide">
            <MeasureStatusPanel rows={measures} filters={filters} />
          </div>
          <div className="dash-grid__narrow">
            <TrendPanel rows={trend} />
          </div>
          <div className="dash-grid__full">
            <Later height={640}>
              <ProvincePanel
                tiles={regions.tiles}
                ranking={regions.ranking}
                national={regions.national}
                metric={metric}
                filters={filters}
                onMetricChange={onMetricChange}
              />
            </Later>
          </div>
          <div className="dash-grid__wide">
            <Later height={640}>
              <SectorMeasureHeatMap series={heatMap} filters={filters} />
            </Later>
          </div>
          <div className="dash-grid__narrow">
            <Later height={640}>
              <UpcomingMilestones rows={upcoming} />
            </Later>
          </div>
          <div className="dash-grid__full">
            <Later height={480}>
              <LaggingTasks rows={lagging} />
            </Later>
          </div>
        </div>
      )}
    </>
  );
});
