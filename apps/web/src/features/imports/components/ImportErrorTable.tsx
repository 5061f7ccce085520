import type { ImportRowError } from '@plan/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/intl-format';
import { rowErrorReason } from '../utils/import-result';

type ImportErrorTableProps = { errors: ImportRowError[]; unlisted: number };

const COLLAPSED = 100;

// One row per bad cell: where it is (sheet, row, column, cell) and why, in the UI language.
export const ImportErrorTable = ({ errors, unlisted }: ImportErrorTableProps) => {
  const { t, i18n } = useTranslation('imports');
  const lang = i18n.language;
  const headingId = useId();
  const tableId = useId();
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? errors : errors.slice(0, COLLAPSED);

  return (
    <div className="imp-errors" data-testid="import-errors">
      <h3 id={headingId}>
        {t('errors.title', {
          count: errors.length + unlisted,
          value: formatNumber(errors.length + unlisted, lang),
        })}
      </h3>
      <div className="table-scroll imp-errors__scroll">
        <table className="data-table imp-errors__table" id={tableId} aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('errors.sheet')}</th>
              <th scope="col" className="numeric">
                {t('errors.row')}
              </th>
              <th scope="col">{t('errors.column')}</th>
              <th scope="col">{t('errors.value')}</th>
              <th scope="col">{t('errors.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((error, index) => (
              <tr
                key={`${error.sheet}-${error.row}-${error.column}-${index}`}
                data-row={error.row}
                data-column={error.column}
                data-code={error.code}
              >
                <td className="imp-nowrap">{error.sheet}</td>
                <td className="numeric">{formatNumber(error.row, lang, { useGrouping: false })}</td>
                <td className="imp-nowrap">
                  {error.column}
                  {error.cell ? (
                    <span className="imp-cell">{t('errors.cell', { cell: error.cell })}</span>
                  ) : null}
                </td>
                <td className="imp-value">
                  {error.value ? error.value : <span className="muted">{t('errors.emptyValue')}</span>}
                </td>
                <td className="imp-reason">{rowErrorReason(error, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {errors.length > COLLAPSED ? (
        <button
          type="button"
          className="button button--quiet imp-more"
          aria-expanded={expanded}
          aria-controls={tableId}
          onClick={() => setExpanded((value) => !value)}
        >
          {expanded
            ? t('errors.showFewer')
            : t('errors.showAll', { count: errors.length, value: formatNumber(errors.length, lang) })}
        </button>
      ) : null}
      {unlisted > 0 ? (
        <p className="imp-hint">
          {t('errors.unlisted', {
            listed: formatNumber(errors.length, lang),
            total: formatNumber(errors.length + unlisted, lang),
          })}
        </p>
      ) : null}
    </div>
  );
};
