import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartDataTable } from '../../../components/charts/ChartDataTable';
import { ChartLegend } from '../../../components/charts/ChartLegend';
import { ChartNoData } from '../../../components/charts/ChartNoData';
import { STATE_COLORS } from '../../../components/charts/chart-colors';
import { formatNumber } from '../../../lib/intl-format';
import { toTaskListHref, type DashboardFilters } from '../utils/dashboard-filters';
import { STATE_ORDER } from '../utils/state-counts';
import { hasTasks, type MeasureStatusRow } from '../utils/to-measure-series';
import { DashboardPanel } from './DashboardPanel';
import { LazyMeasureStatusChart } from './lazy-charts';
import { useOpenTasks } from './use-open-tasks';

type MeasureStatusPanelProps = { rows: MeasureStatusRow[]; filters: DashboardFilters };

// The table view is also the keyboard path: each count links to its tasks.
export const MeasureStatusPanel = ({ rows, filters }: MeasureStatusPanelProps) => {
  const { t, i18n } = useTranslation('dashboard');
  const [asTable, setAsTable] = useState(false);
  const openTasks = useOpenTasks(filters);
  const lang = i18n.language;
  const stateLabels = Object.fromEntries(STATE_ORDER.map((state) => [state, t(`state.${state}`)]));
  const empty = !hasTasks(rows);

  return (
    <DashboardPanel
      title={t('measures.title')}
      hint={t('measures.hint')}
      testId="panel-measures"
      actions={
        empty ? null : (
          <button
            type="button"
            className="button button--quiet dash-toggle"
            aria-pressed={asTable}
            onClick={() => setAsTable((value) => !value)}
          >
            {t('measures.showTable')}
          </button>
        )
      }
    >
      {empty ? (
        <ChartNoData text={t('chart.noData')} height={120} />
      ) : (
        <>
          <ChartLegend
            items={STATE_ORDER.map((state) => ({
              key: state,
              label: stateLabels[state]!,
              color: STATE_COLORS[state],
            }))}
          />
          {asTable ? (
            <ChartDataTable
              caption={t('measures.chartLabel')}
              data={rows}
              index="name"
              indexHeader={t('measures.measure')}
              categories={[...STATE_ORDER]}
              categoryLabels={stateLabels}
              valueFormatter={(value) => formatNumber(value, lang)}
              hrefFor={(row, state) =>
                row[state as (typeof STATE_ORDER)[number]] > 0
                  ? toTaskListHref(filters, { measure: row.code, state })
                  : undefined
              }
              extraColumn={{
                header: t('measures.total'),
                render: (row) => formatNumber(row.tasks, lang),
              }}
            />
          ) : (
            <LazyMeasureStatusChart rows={rows} onOpenTasks={openTasks} />
          )}
        </>
      )}
    </DashboardPanel>
  );
};
