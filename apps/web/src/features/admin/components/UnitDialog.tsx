import { UNIT_LEVELS, type AdminUnit, type UnitLevel } from '@plan/contracts';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/ui/Dialog';
import { DialogFooter } from './DialogFooter';
import { useRegions } from '../../reference/api/use-reference';
import { useCreateUnit, useUpdateUnit } from '../api/use-admin';
import { firstError } from '../utils/form-checks';
import {
  emptyUnitForm,
  toCreateUnitBody,
  toUpdateUnitBody,
  UNIT_FIELDS,
  UNIT_NAME_EN_MAX,
  UNIT_NAME_ZH_MAX,
  unitToForm,
  validateUnitForm,
  type UnitFormErrors,
  type UnitFormField,
  type UnitFormValues,
} from '../utils/unit-form';
import { FormField } from './FormField';

type UnitDialogProps = {
  // null: a new unit
  unit: AdminUnit | null;
  onClose: () => void;
  onSaved: (unit: AdminUnit) => void;
};

export const UnitDialog = ({ unit, onClose, onSaved }: UnitDialogProps) => {
  const { t, i18n } = useTranslation('admin');
  const regions = useRegions();
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const pending = create.isPending || update.isPending;
  const failure = create.error ?? update.error;
  const id = useId();
  const first = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState<UnitFormValues>(() => (unit ? unitToForm(unit) : emptyUnitForm()));
  const [errors, setErrors] = useState<UnitFormErrors>({});
  const fieldId = (field: string) => `${id}-${field}`;

  const set = <K extends keyof UnitFormValues>(field: K, value: UnitFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const errorText = (field: UnitFormField) => {
    const key = errors[field];
    if (!key) return undefined;
    return t(`form.error.${key}`, { max: field === 'nameEn' ? UNIT_NAME_EN_MAX : UNIT_NAME_ZH_MAX });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const found = validateUnitForm(values, !unit);
    setErrors(found);
    const bad = firstError(UNIT_FIELDS, found);
    if (bad) {
      document.getElementById(fieldId(bad))?.focus();
      return;
    }
    if (unit) update.mutate({ id: unit.id, body: toUpdateUnitBody(values, unit) }, { onSuccess: onSaved });
    else create.mutate(toCreateUnitBody(values), { onSuccess: onSaved });
  };

  const regionLabel = (r: { nameZh: string; nameEn: string }) =>
    i18n.language === 'en' ? r.nameEn : r.nameZh;

  return (
    <Dialog
      title={unit ? t('units.dialogEdit') : t('units.dialogCreate')}
      onClose={() => !pending && onClose()}
      initialFocus={first}
    >
      <form className="adm-form" onSubmit={submit} noValidate>
        {unit ? null : (
          <FormField
            id={fieldId('code')}
            label={t('units.code')}
            hint={t('units.codeHint')}
            error={errorText('code')}
          >
            {(a11y) => (
              <input
                {...a11y}
                ref={first}
                type="text"
                maxLength={64}
                value={values.code}
                onChange={(e) => set('code', e.target.value)}
              />
            )}
          </FormField>
        )}
        <FormField id={fieldId('nameZh')} label={t('units.nameZh')} required error={errorText('nameZh')}>
          {(a11y) => (
            <input
              {...a11y}
              ref={unit ? first : undefined}
              type="text"
              required
              maxLength={UNIT_NAME_ZH_MAX}
              value={values.nameZh}
              onChange={(e) => set('nameZh', e.target.value)}
            />
          )}
        </FormField>
        <FormField id={fieldId('nameEn')} label={t('units.nameEn')} required error={errorText('nameEn')}>
          {(a11y) => (
            <input
              {...a11y}
              type="text"
              required
              maxLength={UNIT_NAME_EN_MAX}
              value={values.nameEn}
              onChange={(e) => set('nameEn', e.target.value)}
            />
          )}
        </FormField>
        <div className="adm-form__row adm-form__row--even">
          <FormField
            id={fieldId('regionCode')}
            label={t('units.region')}
            required
            error={errorText('regionCode')}
          >
            {(a11y) => (
              <select
                {...a11y}
                required
                value={values.regionCode}
                onChange={(e) => set('regionCode', e.target.value)}
              >
                <option value="" disabled>
                  {t('common.choose')}
                </option>
                {(regions.data ?? []).map((r) => (
                  <option key={r.code} value={r.code}>
                    {regionLabel(r)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField id={fieldId('level')} label={t('units.level')} required>
            {(a11y) => (
              <select
                {...a11y}
                value={values.level}
                onChange={(e) => set('level', e.target.value as UnitLevel)}
              >
                {UNIT_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {t(`level.${level}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
        <div className="adm-check">
          <input
            id={fieldId('active')}
            type="checkbox"
            checked={values.active}
            onChange={(e) => set('active', e.target.checked)}
          />
          <label htmlFor={fieldId('active')}>{t('units.activeLabel')}</label>
        </div>
        <DialogFooter failure={failure} pending={pending} onClose={onClose} />
      </form>
    </Dialog>
  );
};
