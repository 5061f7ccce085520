import { useTranslation } from 'react-i18next';
import { localName } from '../../../lib/locale';
import { useSectors } from '../../reference/api/use-reference';

type SectorCheckboxesProps = {
  id: string;
  value: string[];
  onChange: (value: string[]) => void;
  describedBy?: string;
  invalid: boolean;
  disabled?: boolean;
};

// Nineteen sectors fit on screen: plain checkboxes beat a multi-select list for keyboard and touch.
export const SectorCheckboxes = ({
  id,
  value,
  onChange,
  describedBy,
  invalid,
  disabled,
}: SectorCheckboxesProps) => {
  const { t, i18n } = useTranslation('tasks');
  const sectors = useSectors();
  const toggle = (code: string, checked: boolean) =>
    onChange(checked ? [...value, code] : value.filter((item) => item !== code));

  return (
    <fieldset
      className="field choice-group"
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
    >
      <legend>
        {t('form.sectors')}
        <span className="required-mark" aria-hidden="true">
          *
        </span>
      </legend>
      <div className="choice-group__grid">
        {(sectors.data ?? []).map((sector, index) => {
          const inputId = index === 0 ? id : `${id}-${sector.code}`;
          return (
            <label key={sector.code} className="choice" htmlFor={inputId}>
              <input
                id={inputId}
                type="checkbox"
                checked={value.includes(sector.code)}
                disabled={disabled}
                onChange={(event) => toggle(sector.code, event.target.checked)}
              />
              <span>{localName(sector, i18n.language)}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
};
