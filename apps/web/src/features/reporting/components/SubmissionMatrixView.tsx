import { MATRIX_CELL_STATES, type MatrixCell, type SubmissionMatrix } from '@plan/contracts';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../../components/ui/PageStatus';
import { formatNumber, formatPeriod } from '../../../lib/intl-format';
import { localName } from '../../../lib/locale';
import { useMeasures, useRegions } from '../../reference/api/use-reference';
import { useSendReminders, useSubmissionMatrix } from '../api/use-reporting';
import { useReportingError } from '../hooks/use-reporting-error';
import {
  MATRIX_PERIOD_CHOICES,
  cellFor,
  defaultRemindPeriod,
  outstandingFor,
  outstandingIn,
  moveInGrid,
  type GridPosition,
  type MatrixFilters,
} from '../utils/matrix';

type SubmissionMatrixViewProps = {
  filters: MatrixFilters;
  remindPeriod: string | null;
  canRemind: boolean;
  onFiltersChange: (filters: MatrixFilters) => void;
  onRemindPeriodChange: (period: string) => void;
};

type Tip = { text: string; title: string; top: number; left: number };

type CellProps = {
  cell: MatrixCell | undefined;
  period: string;
  unitName: string;
  focusable: boolean;
  highlighted: boolean;
  onFocus: () => void;
  onShowTip: (tip: Tip | null) => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
  buttonRef: (element: HTMLButtonElement | null) => void;
};

const MatrixCellView = ({
  cell,
  period,
  unitName,
  focusable,
  highlighted,
  onFocus,
  onShowTip,
  onKeyDown,
  buttonRef,
}: CellProps) => {
  const { t, i18n } = useTranslation('reporting');
  const lang = i18n.language;
  const tipId = useId();
  const state = cell?.state ?? 'none';
  const n = (value: number) => formatNumber(value, lang);
  const title = t('matrix.tipTitle', { unit: unitName, period: formatPeriod(period, lang) });
  const text =
    cell && cell.owed > 0
      ? t('matrix.tip', {
          owed: n(cell.owed),
          onTime: n(cell.onTime),
          late: n(cell.late),
          missing: n(cell.missing),
          returned: n(cell.returned),
          pending: n(cell.pending),
        })
      : t('matrix.tipNone');
  // Shown beside the cell in a floating box (so no scroll container clips it); read via aria-describedby.
  const show = (element: HTMLElement) => {
    const rect = element.getBoundingClientRect();
    onShowTip({ text, title, top: rect.bottom + 6, left: rect.left + rect.width / 2 });
  };
  return (
    <td className={`matrix-cell matrix-cell--${state}${highlighted ? ' matrix-cell--highlighted' : ''}`}>
      <button
        ref={buttonRef}
        type="button"
        className="matrix-cell__button"
        tabIndex={focusable ? 0 : -1}
        aria-describedby={tipId}
        onFocus={(event) => {
          onFocus();
          show(event.currentTarget);
        }}
        onBlur={() => onShowTip(null)}
        onMouseEnter={(event) => show(event.currentTarget)}
        onMouseLeave={() => onShowTip(null)}
        onKeyDown={onKeyDown}
      >
        <span className="matrix-cell__marker" aria-hidden="true" />
        <span className="matrix-cell__label">{t(`matrix.state.${state}`)}</span>
        {cell && cell.missing > 0 ? <span className="matrix-cell__count">{n(cell.missing)}</span> : null}
      </button>
      <span id={tipId} className="visually-hidden">
        {text}
      </span>
    </td>
  );
};

export const SubmissionMatrixView = ({
  filters,
  remindPeriod,
  canRemind,
  onFiltersChange,
  onRemindPeriodChange,
}: SubmissionMatrixViewProps) => {
  const { t, i18n } = useTranslation('reporting');
  const lang = i18n.language;
  const id = useId();
  const matrix = useSubmissionMatrix(filters);
  const measures = useMeasures();
  const regions = useRegions();
  const remind = useSendReminders();
  const errorMessage = useReportingError();
  const [active, setActive] = useState<GridPosition>({ row: 0, col: 0 });
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  const tipShown = tip !== null;
  useEffect(() => {
    if (!tipShown) return;
    const hide = () => setTip(null);
    window.addEventListener('scroll', hide, { passive: true });
    return () => window.removeEventListener('scroll', hide);
  }, [tipShown]);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  const data: SubmissionMatrix | undefined = matrix.data;
  const periods = useMemo(() => data?.periods ?? [], [data]);
  const chosenPeriod =
    remindPeriod && periods.includes(remindPeriod) ? remindPeriod : data ? defaultRemindPeriod(data) : null;
  const outstanding = data && chosenPeriod ? outstandingFor(data, chosenPeriod) : { units: 0, reports: 0 };

  const onCellKey = (event: KeyboardEvent<HTMLButtonElement>, from: GridPosition) => {
    if (!data) return;
    const next = moveInGrid(
      from,
      event.key,
      { rows: data.units.length, cols: periods.length },
      event.ctrlKey,
    );
    if (!next) return;
    event.preventDefault();
    setActive(next);
    buttons.current.get(`${next.row}:${next.col}`)?.focus();
  };

  const sendReminders = (unitIds: string[] | undefined, label: string) => {
    if (!chosenPeriod) return;
    setSentTo(label);
    remind.mutate({ period: chosenPeriod, ...(unitIds ? { unitIds } : {}) });
  };

  const setFilter = (changes: Partial<MatrixFilters>) => onFiltersChange({ ...filters, ...changes });

  return (
    <section className="matrix" aria-labelledby="matrix-title">
      <div className="reporting-toolbar">
        <h2 id="matrix-title" className="reporting-toolbar__title">
          {t('matrix.title')}
        </h2>
        <div className="field field--inline">
          <label htmlFor={`${id}-periods`}>{t('matrix.filter.periods')}</label>
          <select
            id={`${id}-periods`}
            value={filters.periods}
            onChange={(event) => setFilter({ periods: Number(event.target.value) })}
          >
            {MATRIX_PERIOD_CHOICES.map((count) => (
              <option key={count} value={count}>
                {t('matrix.filter.periodCount', { count })}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--inline">
          <label htmlFor={`${id}-region`}>{t('matrix.filter.region')}</label>
          <select
            id={`${id}-region`}
            value={filters.region}
            onChange={(event) => setFilter({ region: event.target.value })}
          >
            <option value="">{t('matrix.filter.all')}</option>
            {(regions.data ?? []).map((region) => (
              <option key={region.code} value={region.code}>
                {localName(region, lang)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--inline">
          <label htmlFor={`${id}-measure`}>{t('matrix.filter.measure')}</label>
          <select
            id={`${id}-measure`}
            value={filters.measure}
            onChange={(event) => setFilter({ measure: event.target.value })}
          >
            <option value="">{t('matrix.filter.all')}</option>
            {(measures.data ?? []).map((measure) => (
              <option key={measure.code} value={measure.code}>
                {localName(measure, lang)}
              </option>
            ))}
          </select>
        </div>
      </div>

      <ul className="matrix-legend" aria-label={t('matrix.legendLabel')}>
        {MATRIX_CELL_STATES.map((state) => (
          <li key={state} className={`matrix-legend__item matrix-cell--${state}`}>
            <span className="matrix-cell__marker" aria-hidden="true" />
            <span className="matrix-legend__label">{t(`matrix.state.${state}`)}</span>
            <span className="matrix-legend__text">{t(`matrix.stateHelp.${state}`)}</span>
          </li>
        ))}
      </ul>

      {canRemind && data && chosenPeriod ? (
        <div className="remind-bar">
          <div className="field field--inline">
            <label htmlFor={`${id}-remind-period`}>{t('matrix.remind.period')}</label>
            <select
              id={`${id}-remind-period`}
              value={chosenPeriod}
              onChange={(event) => onRemindPeriodChange(event.target.value)}
            >
              {[...periods].reverse().map((period) => (
                <option key={period} value={period}>
                  {formatPeriod(period, lang)}
                </option>
              ))}
            </select>
          </div>
          <p className="remind-bar__summary">
            {t('matrix.remind.summary', {
              period: formatPeriod(chosenPeriod, lang),
              units: formatNumber(outstanding.units, lang),
              reports: formatNumber(outstanding.reports, lang),
            })}
          </p>
          <button
            type="button"
            className="button button--primary"
            disabled={outstanding.reports === 0 || remind.isPending}
            onClick={() => sendReminders(undefined, t('matrix.remind.allUnits'))}
          >
            {t('matrix.remind.all')}
          </button>
        </div>
      ) : null}
      <div role="status" className="remind-result">
        {remind.isSuccess && sentTo ? (
          <p className="notice notice--success">
            {t('matrix.remind.sent', {
              to: sentTo,
              notified: formatNumber(remind.data.notified, lang),
              tasks: formatNumber(remind.data.tasks, lang),
              count: remind.data.notified,
            })}
          </p>
        ) : null}
        {remind.isError ? <p className="form-error">{errorMessage(remind.error)}</p> : null}
      </div>

      {matrix.isPending ? <LoadingState /> : null}
      {matrix.isError ? <ErrorState error={matrix.error} onRetry={() => void matrix.refetch()} /> : null}
      {data && data.units.length === 0 ? <p className="empty-state">{t('matrix.empty')}</p> : null}

      {data && data.units.length > 0 ? (
        <div className="table-scroll matrix__scroll" onScroll={() => setTip(null)}>
          <table className="data-table matrix__table">
            <caption className="visually-hidden">{t('matrix.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="matrix__unit-col">
                  {t('matrix.unit')}
                </th>
                {periods.map((period) => (
                  <th
                    key={period}
                    scope="col"
                    className={`matrix__period${period === chosenPeriod && canRemind ? ' matrix__period--highlighted' : ''}`}
                  >
                    {formatPeriod(period, lang)}
                  </th>
                ))}
                {canRemind ? (
                  <th scope="col" className="matrix__action-col">
                    {t('matrix.remind.column')}
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {data.units.map((row, rowIndex) => {
                const unitName = localName(row.unit, lang);
                const unitOutstanding = chosenPeriod ? outstandingIn(cellFor(row.cells, chosenPeriod)) : 0;
                return (
                  <tr key={row.unit.id}>
                    <th scope="row" className="matrix__unit">
                      {unitName}
                    </th>
                    {periods.map((period, colIndex) => (
                      <MatrixCellView
                        key={period}
                        cell={cellFor(row.cells, period)}
                        period={period}
                        unitName={unitName}
                        highlighted={period === chosenPeriod && canRemind}
                        focusable={active.row === rowIndex && active.col === colIndex}
                        onFocus={() => setActive({ row: rowIndex, col: colIndex })}
                        onShowTip={setTip}
                        onKeyDown={(event) => onCellKey(event, { row: rowIndex, col: colIndex })}
                        buttonRef={(element) => {
                          const key = `${rowIndex}:${colIndex}`;
                          if (element) buttons.current.set(key, element);
                          else buttons.current.delete(key);
                        }}
                      />
                    ))}
                    {canRemind ? (
                      <td className="matrix__action">
                        <button
                          type="button"
                          className="button button--small"
                          disabled={unitOutstanding === 0 || remind.isPending}
                          aria-label={t('matrix.remind.unitLabel', {
                            unit: unitName,
                            period: chosenPeriod ? formatPeriod(chosenPeriod, lang) : '',
                          })}
                          onClick={() => sendReminders([row.unit.id], unitName)}
                        >
                          {t('matrix.remind.unit')}
                        </button>
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {tip ? (
        <div
          className="matrix-tip"
          role="tooltip"
          aria-hidden="true"
          style={{ top: tip.top, left: tip.left }}
        >
          <span className="matrix-tip__title">{tip.title}</span>
          {tip.text}
        </div>
      ) : null}
    </section>
  );
};
