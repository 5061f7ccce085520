import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SCHEDULE_STATES } from '@plan/contracts';
import { hasActiveFilters, type DashboardFilters, type ListFilterField } from '../utils/dashboard-filters';

export type FilterOption = { value: string; label: string };
export type FilterOptionGroup = { label: string; options: FilterOption[] };

export type DashboardFilterOptions = {
  measure: FilterOption[];
  region: FilterOption[];
  sector: FilterOption[];
  leadUnit: FilterOptionGroup[];
  period: FilterOption[];
  latestPeriodLabel: string;
};

type DashboardFilterBarProps = {
  filters: DashboardFilters;
  options: DashboardFilterOptions;
  onChange: (field: ListFilterField | 'period', values: string[]) => void;
  onReset: () => void;
};

// A link may carry several values for a field (the API takes lists); the select then says how many.
const MULTIPLE = '__multiple__';

type FilterSelectProps = {
  label: string;
  values: string[];
  allLabel: string;
  options?: FilterOption[];
  groups?: FilterOptionGroup[];
  onChange: (values: string[]) => void;
};

const FilterSelect = ({
  label,
  values,
  allLabel,
  options = [],
  groups = [],
  onChange,
}: FilterSelectProps) => {
  const { t } = useTranslation('dashboard');
  const id = useId();
  const value = values.length > 1 ? MULTIPLE : (values[0] ?? '');
  const known = new Set([...options, ...groups.flatMap((g) => g.options)].map((o) => o.value));
  return (
    <div className="field dash-filters__field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const next = event.target.value;
          if (next !== MULTIPLE) onChange(next ? [next] : []);
        }}
      >
        <option value="">{allLabel}</option>
        {values.length > 1 ? (
          <option value={MULTIPLE} disabled>
            {t('filter.multiple', { count: values.length })}
          </option>
        ) : null}
        {/* A value from the URL whose option has not loaded yet still shows as chosen. */}
        {values.length === 1 && !known.has(values[0]!) ? (
          <option value={values[0]}>{values[0]}</option>
        ) : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
};

export const DashboardFilterBar = ({ filters, options, onChange, onReset }: DashboardFilterBarProps) => {
  const { t } = useTranslation('dashboard');
  const all = t('filter.all');
  return (
    <section className="dash-filters" aria-label={t('filter.label')}>
      <FilterSelect
        label={t('filter.measure')}
        values={filters.measure}
        allLabel={all}
        options={options.measure}
        onChange={(values) => onChange('measure', values)}
      />
      <FilterSelect
        label={t('filter.region')}
        values={filters.region}
        allLabel={all}
        options={options.region}
        onChange={(values) => onChange('region', values)}
      />
      <FilterSelect
        label={t('filter.sector')}
        values={filters.sector}
        allLabel={all}
        options={options.sector}
        onChange={(values) => onChange('sector', values)}
      />
      <FilterSelect
        label={t('filter.leadUnit')}
        values={filters.leadUnit}
        allLabel={all}
        groups={options.leadUnit}
        onChange={(values) => onChange('leadUnit', values)}
      />
      <FilterSelect
        label={t('filter.state')}
        values={filters.state}
        allLabel={all}
        options={SCHEDULE_STATES.map((state) => ({ value: state, label: t(`state.${state}`) }))}
        onChange={(values) => onChange('state', values)}
      />
      <FilterSelect
        label={t('filter.period')}
        values={filters.period ? [filters.period] : []}
        allLabel={options.latestPeriodLabel}
        options={options.period}
        onChange={(values) => onChange('period', values)}
      />
      {hasActiveFilters(filters) ? (
        <button type="button" className="button button--quiet dash-filters__reset" onClick={onReset}>
          {t('filter.reset')}
        </button>
      ) : null}
    </section>
  );
};
