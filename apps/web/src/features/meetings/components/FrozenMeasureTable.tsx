import type { DashboardGroup, DashboardTotals } from '@plan/contracts';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../../lib/intl-format';
import { localName } from '../../../lib/locale';

type FrozenMeasureTableProps = { groups: DashboardGroup[]; totals: DashboardTotals; headingId: string };

const COUNT_COLUMNS = [
  'tasks',
  'completed',
  'onTrack',
  'ahead',
  'behind',
  'overdue',
  'notStarted',
  'suspended',
  'reportsMissing',
] as const;

export const FrozenMeasureTable = ({ groups, totals, headingId }: FrozenMeasureTableProps) => {
  const { t, i18n } = useTranslation('meetings');
  const lang = i18n.language;
  return (
    <div className="table-scroll">
      <table className="data-table mt-measures" aria-labelledby={headingId} data-testid="frozen-measures">
        <thead>
          <tr>
            <th scope="col">{t('measures.measure')}</th>
            {COUNT_COLUMNS.map((column) => (
              <th key={column} scope="col" className="numeric">
                {t(`measures.column.${column}`)}
              </th>
            ))}
            <th scope="col" className="numeric">
              {t('measures.averageProgress')}
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.code} data-measure={group.code}>
              <th scope="row">{localName(group, lang)}</th>
              {COUNT_COLUMNS.map((column) => (
                <td key={column} className="numeric">
                  {formatNumber(group[column], lang)}
                </td>
              ))}
              <td className="numeric">{formatPercent(group.averageProgress, lang)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('measures.total')}</th>
            {COUNT_COLUMNS.map((column) => (
              <td key={column} className="numeric">
                {formatNumber(totals[column], lang)}
              </td>
            ))}
            <td className="numeric">{formatPercent(totals.averageProgress, lang)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
};
