import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localName } from '../../../lib/locale';
import { useMeasures, useRegions, useSectors, useUnits } from '../../reference/api/use-reference';
import { TASK_LIGHTS, TASK_SORTS, TASK_STATES } from '../api/types';
import { groupUnitsByRegion } from '../utils/group-units';
import {
  ARCHIVED_CHOICES,
  hasActiveFilters,
  type ArchivedChoice,
  type TaskFilterField,
  type TaskFilters,
} from '../utils/task-filters';
import { TaskSearchBox } from './TaskSearchBox';

type TaskFilterBarProps = {
  filters: TaskFilters;
  onChange: (filters: TaskFilters, options?: { typing?: boolean }) => void;
};

type Option = { value: string; label: string };
type OptionGroup = { label: string; options: Option[] };

type FilterSelectProps = {
  label: string;
  value: string | undefined;
  options?: Option[];
  groups?: OptionGroup[];
  allLabel: string;
  onChange: (value: string | undefined) => void;
  className?: string;
};

const FilterSelect = ({
  label,
  value,
  options = [],
  groups = [],
  allLabel,
  onChange,
  className,
}: FilterSelectProps) => {
  const id = useId();
  return (
    <div className={`field field--inline${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)}>
        <option value="">{allLabel}</option>
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

type DateFilterProps = {
  label: string;
  value: string | undefined;
  min?: string;
  max?: string;
  onChange: (value: string | undefined) => void;
};

const DateFilter = ({ label, value, min, max, onChange }: DateFilterProps) => {
  const id = useId();
  return (
    <div className="field field--inline field--date">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={value ?? ''}
        min={min}
        max={max}
        onChange={(event) => onChange(event.target.value || undefined)}
      />
    </div>
  );
};

export const TaskFilterBar = ({ filters, onChange }: TaskFilterBarProps) => {
  const { t, i18n } = useTranslation('tasks');
  const lang = i18n.language;
  const measures = useMeasures();
  const regions = useRegions();
  const sectors = useSectors();
  const units = useUnits();

  const set = (field: TaskFilterField) => (value: string | undefined) =>
    onChange({ ...filters, [field]: value });

  const unitGroups = groupUnitsByRegion(units.data ?? [], regions.data ?? [], filters.region).map(
    (group) => ({
      label: localName(group.region, lang),
      options: group.units.map((unit) => ({ value: unit.id, label: localName(unit, lang) })),
    }),
  );
  const all = t('filter.all');

  return (
    <section className="filter-bar" aria-label={t('filter.label')}>
      <div className="filter-bar__row">
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
          label={t('filter.leadUnit')}
          value={filters.leadUnit}
          allLabel={all}
          groups={unitGroups}
          onChange={set('leadUnit')}
          className="field--wide"
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
      </div>
      <div className="filter-bar__row">
        <TaskSearchBox value={filters.q} onSearch={(q) => onChange({ ...filters, q }, { typing: true })} />
        <DateFilter
          label={t('filter.dueFrom')}
          value={filters.dueFrom}
          max={filters.dueTo}
          onChange={set('dueFrom')}
        />
        <DateFilter
          label={t('filter.dueTo')}
          value={filters.dueTo}
          min={filters.dueFrom}
          onChange={set('dueTo')}
        />
        <FilterSelect
          label={t('filter.archived')}
          value={filters.archived}
          allLabel={t('filter.archivedChoice.exclude')}
          options={ARCHIVED_CHOICES.map((choice: ArchivedChoice) => ({
            value: choice,
            label: t(`filter.archivedChoice.${choice}`),
          }))}
          onChange={set('archived')}
        />
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
      </div>
    </section>
  );
};
