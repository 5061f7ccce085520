import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatNumber } from '../../../lib/intl-format';
import { toTaskListHref, type DashboardFilters } from '../utils/dashboard-filters';
import { METRIC_SCALES } from '../utils/metric-scale';
import type { HeatMapSeries } from '../utils/to-heatmap-series';
import { ChartNoData } from '../../../components/charts/ChartNoData';
import { DashboardPanel } from './DashboardPanel';
import { MetricLegend } from './MetricLegend';

type SectorMeasureHeatMapProps = { series: HeatMapSeries; filters: DashboardFilters };

// A table first: every cell says its numbers and links to its tasks; the shade only adds emphasis.
export const SectorMeasureHeatMap = ({ series, filters }: SectorMeasureHeatMapProps) => {
  const { t, i18n } = useTranslation('dashboard');
  const lang = i18n.language;
  return (
    <DashboardPanel title={t('heatmap.title')} hint={t('heatmap.hint')} testId="panel-heatmap">
      {series.rows.length === 0 ? (
        <ChartNoData text={t('heatmap.empty')} height={120} />
      ) : (
        <>
          <div className="dash-heatmap__scroll">
            <table className="dash-heatmap" data-testid="sector-measure-heatmap">
              <caption className="visually-hidden">{t('heatmap.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('heatmap.sector')}</th>
                  {series.columns.map((column) => (
                    <th key={column.code} scope="col">
                      {column.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {series.rows.map((row) => (
                  <tr key={row.code}>
                    <th scope="row">{row.name}</th>
                    {row.cells.map((cell, i) => {
                      if (!cell.shade) {
                        return (
                          <td key={cell.measure} className="dash-heatmap__cell dash-heatmap__cell--empty">
                            <span aria-hidden="true">–</span>
                            <span className="visually-hidden">{t('heatmap.none')}</span>
                          </td>
                        );
                      }
                      const measure = series.columns[i]!.name;
                      return (
                        <td key={cell.measure} className="dash-heatmap__cell">
                          <Link
                            to={toTaskListHref(filters, { sector: row.code, measure: cell.measure })}
                            className="dash-heatmap__link"
                            style={{ background: cell.shade.fill, color: cell.shade.textColor }}
                            data-sector={row.code}
                            data-measure={cell.measure}
                          >
                            <span className="dash-heatmap__count">{formatNumber(cell.tasks, lang)}</span>
                            {cell.lagging > 0 ? (
                              <span className="dash-heatmap__lagging">
                                {t('heatmap.lagging', { value: formatNumber(cell.lagging, lang) })}
                              </span>
                            ) : null}
                            <span className="visually-hidden">
                              {t('heatmap.cellDetails', { sector: row.name, measure })}
                            </span>
                          </Link>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <MetricLegend scale={METRIC_SCALES.behindShare} label={t('heatmap.legend')} showNoTasks={false} />
        </>
      )}
    </DashboardPanel>
  );
};
