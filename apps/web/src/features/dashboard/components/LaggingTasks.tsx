import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatNumber } from '../../../lib/intl-format';
import type { LaggingRow } from '../utils/to-watchlist-series';
import { DashboardPanel } from './DashboardPanel';
import { ShowAllToggle } from './ShowAllToggle';

const COLLAPSED = 8;

// Memoised: a filter change redraws it only once the new answer has arrived.
export const LaggingTasks = memo(function LaggingTasks({ rows }: { rows: LaggingRow[] }) {
  const { t, i18n } = useTranslation('dashboard');
  const lang = i18n.language;
  const tableId = useId();
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? rows : rows.slice(0, COLLAPSED);

  return (
    <DashboardPanel title={t('lagging.title')} hint={t('lagging.hint')} testId="panel-lagging">
      {rows.length === 0 ? (
        <p className="dash-empty">{t('lagging.empty')}</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="data-table dash-lagging" id={tableId}>
              <caption className="visually-hidden">{t('lagging.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('lagging.code')}</th>
                  <th scope="col">{t('lagging.task')}</th>
                  <th scope="col">{t('lagging.leadUnit')}</th>
                  <th scope="col">{t('lagging.region')}</th>
                  <th scope="col" className="numeric">
                    {t('lagging.daysLate')}
                  </th>
                  <th scope="col">{t('lagging.light')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => (
                  <tr key={row.id}>
                    <td className="dash-code">{row.code}</td>
                    <th scope="row" className="dash-lagging__title">
                      <Link to={`/tasks/${encodeURIComponent(row.id)}`}>{row.title}</Link>
                    </th>
                    <td>{row.leadUnit}</td>
                    <td className="dash-nowrap">{row.region}</td>
                    <td className="numeric dash-nowrap">
                      {t('lagging.days', { count: row.daysLate, value: formatNumber(row.daysLate, lang) })}
                    </td>
                    <td className="dash-nowrap">
                      <span className="status-badge">
                        <span className={`light-dot light-dot--${row.light}`} aria-hidden="true" />
                        <span>
                          {t('lagging.status', {
                            light: t(`light.${row.light}`),
                            state: t(`state.${row.state}`),
                          })}
                        </span>
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rows.length > COLLAPSED ? (
            <ShowAllToggle
              total={rows.length}
              expanded={expanded}
              onToggle={() => setExpanded((value) => !value)}
              controls={tableId}
            />
          ) : null}
        </>
      )}
    </DashboardPanel>
  );
});
