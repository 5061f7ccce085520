import { useId, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localName } from '../../../lib/locale';
import { useMeasures, useRegions, useSectors } from '../../reference/api/use-reference';
import { TASK_LIGHTS, TASK_SORTS, TASK_STATES } from '../api/types';
import { hasActiveFilters, type TaskFilterField, type TaskFilters } from '../utils/task-filters';

type TaskFilterBarProps = {
  filters: TaskFilters;
  onChange: (filters: TaskFilters) => void;
};

type Option = { value: string; label: string };

type FilterSelectProps = {
  label: string;
  value: string | undefined;
  options: Option[];
  allLabel: string;
  onChange: (value: string | undefined) => void;
};

const FilterSelect = ({ label, value, options, allLabel, onChange }: FilterSelectProps) => {
  const id = useId();
  return (
    <div className="field field--inline">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
};

const FilterRow = ({ children }: { children: ReactNode }) => (
  <div className="filter-bar__row">{children}</div>
);

export const TaskFilterBar = ({ filters, onChange }: TaskFilterBarProps) => {
  const { t, i18n } = useTranslation('tasks');
  const lang = i18n.language;
  const measures = useMeasures();
  const regions = useRegions();
  const sectors = useSectors();
  const searchId = useId();

  const set = (field: TaskFilterField) => (value: string | undefined) =>
    onChange({ ...filters, [field]: value });

  const handleSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = new FormData(event.currentTarget).get('q');
    onChange({ ...filters, q: typeof q === 'string' ? q : undefined });
  };

  const all = t('filter.all');

  return (
    <section className="filter-bar" aria-label={t('filter.label')}>
      <FilterRow>
        <FilterSelect
          label={t('filter.measure')}
          value={filters.measure}
          allLabel={all}
          options={(measures.data ?? []).map((m) => ({ value: m.code, label: localName(m, lang) }))}
          onChange={set('measure')}
        />
        <FilterSelect
          label={t('filter.region')}
          value={filters.region}
          allLabel={all}
          options={(regions.data ?? []).map((r) => ({ value: r.code, label: localName(r, lang) }))}
          onChange={set('region')}
        />
        <FilterSelect
          label={t('filter.sector')}
          value={filters.sector}
          allLabel={all}
          options={(sectors.data ?? []).map((s) => ({ value: s.code, label: localName(s, lang) }))}
          onChange={set('sector')}
        />
        <FilterSelect
          label={t('filter.state')}
          value={filters.state}
          allLabel={all}
          options={TASK_STATES.map((state) => ({ value: state, label: t(`state.${state}`) }))}
          onChange={set('state')}
        />
        <FilterSelect
          label={t('filter.light')}
          value={filters.light}
          allLabel={all}
          options={TASK_LIGHTS.map((light) => ({ value: light, label: t(`light.${light}`) }))}
          onChange={set('light')}
        />
      </FilterRow>
      <FilterRow>
        {/* Keyed by the URL value so back/forward navigation refills the box. */}
        <form key={filters.q ?? ''} className="filter-bar__search" role="search" onSubmit={handleSearch}>
          <div className="field field--inline">
            <label htmlFor={searchId}>{t('filter.q')}</label>
            <input
              id={searchId}
              name="q"
              type="search"
              defaultValue={filters.q ?? ''}
              placeholder={t('filter.qPlaceholder')}
              maxLength={200}
            />
          </div>
          <button type="submit" className="button">
            {t('filter.search')}
          </button>
        </form>
        <FilterSelect
          label={t('filter.sort')}
          value={filters.sort}
          allLabel={t('sort.default')}
          options={TASK_SORTS.map((sort) => ({ value: sort, label: t(`sort.${sort}`) }))}
          onChange={set('sort')}
        />
        {hasActiveFilters(filters) ? (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => onChange({ sort: filters.sort })}
          >
            {t('filter.reset')}
          </button>
        ) : null}
      </FilterRow>
    </section>
  );
};
