import { useMemo } from 'react';
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

// Every panel from the one summary answer; the shaping happens in utils/, not here.
export const DashboardView = ({ summary, filters, metric, onMetricChange, onReset }: DashboardViewProps) => {
  const { t, i18n } = useTranslation('dashboard');
  const lang = i18n.language;

  const series = useMemo(() => {
    const cadence = inferCadence((summary.trend ?? []).map((p) => p.period));
    return {
      figures: toFigureSeries(summary.totals, filters, summary.period),
      periodLabel: formatPeriod(summary.period, lang, cadence),
      measures: toMeasureSeries(summary.byMeasure, lang),
      tiles: toRegionTiles(summary.byRegion, metric, lang),
      ranking: toRegionRanking(summary.byRegion, metric, lang),
      national: toNationalValue(summary.byRegion, metric, lang),
      heatMap: toHeatMapSeries(summary.bySectorMeasure, summary.bySector, summary.byMeasure, lang),
      trend: toTrendSeries(summary.trend, lang).rows,
      upcoming: toUpcomingRows(summary.upcomingMilestones, lang),
      lagging: toLaggingRows(summary.behind, lang),
    };
  }, [summary, filters, metric, lang]);

  return (
    <>
      <HeadlineFigures
        figures={series.figures}
        averageProgress={summary.totals.averageProgress ?? 0}
        periodLabel={series.periodLabel}
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
            <MeasureStatusPanel rows={series.measures} filters={filters} />
          </div>
          <div className="dash-grid__narrow">
            <TrendPanel rows={series.trend} />
          </div>
          <div className="dash-grid__full">
            <ProvincePanel
              tiles={series.tiles}
              ranking={series.ranking}
              national={series.national}
              metric={metric}
              filters={filters}
              onMetricChange={onMetricChange}
            />
          </div>
          <div className="dash-grid__wide">
            <SectorMeasureHeatMap series={series.heatMap} filters={filters} />
          </div>
          <div className="dash-grid__narrow">
            <UpcomingMilestones rows={series.upcoming} />
          </div>
          <div className="dash-grid__full">
            <LaggingTasks rows={series.lagging} />
          </div>
        </div>
      )}
    </>
  );
};
