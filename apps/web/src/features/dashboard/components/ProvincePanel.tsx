import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatNumber, formatPercent } from '../../../lib/intl-format';
import {
  REGION_METRICS,
  toTaskListHref,
  type DashboardFilters,
  type RegionMetric,
} from '../utils/dashboard-filters';
import { METRIC_SCALES } from '../utils/metric-scale';
import type { RegionTile, RegionValue } from '../utils/to-region-series';
import { DashboardPanel } from './DashboardPanel';
import { LazyRegionRankingChart } from './lazy-charts';
import { MetricLegend } from './MetricLegend';
import { ProvinceTileMap } from './ProvinceTileMap';
import { useOpenTasks } from './use-open-tasks';

type ProvincePanelProps = {
  tiles: RegionTile[];
  ranking: (RegionValue & { value: number })[];
  national: RegionValue | null;
  metric: RegionMetric;
  filters: DashboardFilters;
  onMetricChange: (metric: RegionMetric) => void;
};

export const ProvincePanel = ({
  tiles,
  ranking,
  national,
  metric,
  filters,
  onMetricChange,
}: ProvincePanelProps) => {
  const { t, i18n } = useTranslation('dashboard');
  const lang = i18n.language;
  const groupId = useId();
  const scale = METRIC_SCALES[metric];
  const metricLabel = t(`regions.metrics.${metric}`);
  const formatValue = (value: number) =>
    scale.unit === 'percent' ? formatPercent(value, lang) : formatNumber(value, lang);
  const hrefFor = (code: string) => toTaskListHref(filters, { region: code });
  const openTasks = useOpenTasks(filters);

  return (
    <DashboardPanel
      title={t('regions.title')}
      className="dash-panel--regions"
      testId="panel-regions"
      actions={
        <fieldset className="dash-segmented">
          <legend className="dash-segmented__legend">{t('regions.metric')}</legend>
          {REGION_METRICS.map((option) => (
            <label key={option} className="dash-segmented__option">
              <input
                type="radio"
                name={`${groupId}-metric`}
                value={option}
                checked={metric === option}
                onChange={() => onMetricChange(option)}
              />
              <span>{t(`regions.metrics.${option}`)}</span>
            </label>
          ))}
        </fieldset>
      }
    >
      <div className="dash-regions">
        <div className="dash-regions__map">
          <p className="dash-panel__hint">{t('regions.mapHint')}</p>
          <ProvinceTileMap
            tiles={tiles}
            metricLabel={metricLabel}
            formatValue={formatValue}
            hrefFor={hrefFor}
          />
          <MetricLegend scale={scale} label={t('regions.legend', { metric: metricLabel })} />
        </div>
        <div className="dash-regions__side">
          {national && national.value !== null ? (
            <Link className="dash-national" to={hrefFor(national.code)} data-region={national.code}>
              <span className="dash-national__name">{t('regions.national')}</span>{' '}
              <span className="dash-national__value">{formatValue(national.value)}</span>{' '}
              <span className="dash-national__tasks">
                {t('tasksCount', { count: national.tasks, value: formatNumber(national.tasks, lang) })}
              </span>
              <span className="visually-hidden">{t('regions.nationalDetails', { metric: metricLabel })}</span>
            </Link>
          ) : null}
          <h3 className="dash-subheading">{t('regions.ranking')}</h3>
          <p className="dash-panel__hint">{t('regions.rankingHint', { metric: metricLabel })}</p>
          <LazyRegionRankingChart rows={ranking} metric={metric} onOpenTasks={openTasks} />
        </div>
      </div>
    </DashboardPanel>
  );
};
