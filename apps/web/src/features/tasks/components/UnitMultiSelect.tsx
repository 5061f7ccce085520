import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localName } from '../../../lib/locale';
import type { Region, Unit } from '../../reference/api/types';
import { groupUnitsByRegion } from '../utils/group-units';

type UnitMultiSelectProps = {
  id: string;
  units: Unit[];
  regions: Region[];
  value: string[];
  leadUnitId: string;
  taskRegion: string;
  onChange: (value: string[]) => void;
  hintId: string;
  errorId?: string;
  disabled?: boolean;
};

const matches = (unit: Unit, query: string): boolean => {
  if (!query) return true;
  const needle = query.toLowerCase();
  return [unit.nameZh, unit.nameEn, unit.code].some((text) => text.toLowerCase().includes(needle));
};

// ~100 units: the chosen ones as removable chips, the rest as checkboxes narrowed by typing a name.
export const UnitMultiSelect = ({
  id,
  units,
  regions,
  value,
  leadUnitId,
  taskRegion,
  onChange,
  hintId,
  errorId,
  disabled,
}: UnitMultiSelectProps) => {
  const { t, i18n } = useTranslation('tasks');
  const lang = i18n.language;
  const [query, setQuery] = useState('');
  const filterRef = useRef<HTMLInputElement>(null);
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const trimmed = query.trim();
  const groups = groupUnitsByRegion(
    units.filter((unit) => matches(unit, trimmed)),
    regions,
    taskRegion,
  );
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');

  const toggle = (unitId: string, checked: boolean) =>
    onChange(checked ? [...value, unitId] : value.filter((item) => item !== unitId));

  return (
    <fieldset
      className="field unit-picker"
      aria-describedby={describedBy}
      aria-invalid={errorId ? true : undefined}
      disabled={disabled}
    >
      <legend>{t('form.cooperatingUnits')}</legend>
      <div className="unit-picker__selected">
        <p className="unit-picker__label" id={`${id}-selected`}>
          {t('form.selectedUnits')}
        </p>
        {value.length ? (
          <ul className="chip-list" aria-labelledby={`${id}-selected`}>
            {value.map((unitId) => {
              const unit = byId.get(unitId);
              const name = unit ? localName(unit, lang) : unitId;
              return (
                <li key={unitId} className="chip">
                  <span>{name}</span>
                  <button
                    type="button"
                    className="chip__remove"
                    aria-label={t('form.removeUnit', { name })}
                    onClick={() => {
                      toggle(unitId, false);
                      filterRef.current?.focus();
                    }}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="muted">{t('form.noneSelected')}</p>
        )}
      </div>
      <div className="field field--inline unit-picker__filter">
        <label htmlFor={id}>{t('form.unitFilter')}</label>
        <input
          ref={filterRef}
          id={id}
          type="search"
          value={query}
          autoComplete="off"
          placeholder={t('form.unitFilterPlaceholder')}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <div className="unit-picker__options" role="group" aria-label={t('form.cooperatingUnits')}>
        {groups.length === 0 ? <p className="muted">{t('form.noUnitMatch')}</p> : null}
        {groups.map((group) => (
          <div key={group.region.code} className="unit-picker__group">
            <p className="unit-picker__group-name" aria-hidden="true">
              {localName(group.region, lang)}
            </p>
            {group.units.map((unit) => {
              const isLead = unit.id === leadUnitId;
              const inputId = `${id}-${unit.id}`;
              return (
                <label
                  key={unit.id}
                  htmlFor={inputId}
                  className={`choice${isLead ? ' choice--disabled' : ''}`}
                >
                  <input
                    id={inputId}
                    type="checkbox"
                    checked={value.includes(unit.id)}
                    disabled={isLead}
                    onChange={(event) => toggle(unit.id, event.target.checked)}
                  />
                  <span>
                    {localName(unit, lang)}
                    {isLead ? <span className="muted"> {t('form.isLead')}</span> : null}
                  </span>
                </label>
              );
            })}
          </div>
        ))}
      </div>
    </fieldset>
  );
};
