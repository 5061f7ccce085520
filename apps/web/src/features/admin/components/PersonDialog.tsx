import { PASSWORD_MIN_LENGTH, ROLES, type AdminPerson, type AdminUnit, type Role } from '@plan/contracts';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/ui/Dialog';
import { DialogFooter } from './DialogFooter';
import { useRegions } from '../../reference/api/use-reference';
import { useCreatePerson, useUpdatePerson } from '../api/use-admin';
import { firstError } from '../utils/form-checks';
import {
  DISPLAY_NAME_MAX,
  emptyPersonForm,
  PERSON_FIELDS,
  personToForm,
  toCreatePersonBody,
  toUpdatePersonBody,
  validatePersonForm,
  type PersonFormErrors,
  type PersonFormField,
  type PersonFormValues,
} from '../utils/person-form';
import { FormField } from './FormField';

type PersonDialogProps = {
  // null: a new person
  person: AdminPerson | null;
  units: readonly AdminUnit[];
  // the signed-in admin may not demote themself
  isSelf: boolean;
  onClose: () => void;
  onSaved: (person: AdminPerson) => void;
};

export const PersonDialog = ({ person, units, isSelf, onClose, onSaved }: PersonDialogProps) => {
  const { t, i18n } = useTranslation('admin');
  const { t: tc } = useTranslation('common');
  const regions = useRegions();
  const create = useCreatePerson();
  const update = useUpdatePerson();
  const pending = create.isPending || update.isPending;
  const failure = create.error ?? update.error;
  const id = useId();
  const first = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState<PersonFormValues>(() =>
    person ? personToForm(person) : emptyPersonForm(),
  );
  const [errors, setErrors] = useState<PersonFormErrors>({});
  const fieldId = (field: string) => `${id}-${field}`;
  const en = i18n.language === 'en';

  const set = <K extends keyof PersonFormValues>(field: K, value: PersonFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const errorText = (field: PersonFormField) => {
    const key = errors[field];
    return key ? t(`form.error.${key}`, { max: DISPLAY_NAME_MAX, min: PASSWORD_MIN_LENGTH }) : undefined;
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const found = validatePersonForm(values, !person);
    setErrors(found);
    const bad = firstError(PERSON_FIELDS, found);
    if (bad) {
      document.getElementById(fieldId(bad))?.focus();
      return;
    }
    if (person)
      update.mutate({ id: person.id, body: toUpdatePersonBody(values, person) }, { onSuccess: onSaved });
    else create.mutate(toCreatePersonBody(values), { onSuccess: onSaved });
  };

  // Active units, plus the person's own unit even if it has since been deactivated.
  const unitOptions = units.filter((u) => u.active || u.id === person?.unitId);

  return (
    <Dialog
      title={person ? t('people.dialogEdit') : t('people.dialogCreate')}
      onClose={() => !pending && onClose()}
      initialFocus={first}
    >
      <form className="adm-form" onSubmit={submit} noValidate>
        {person ? null : (
          <FormField
            id={fieldId('username')}
            label={t('people.username')}
            required
            hint={t('people.usernameHint')}
            error={errorText('username')}
          >
            {(a11y) => (
              <input
                {...a11y}
                ref={first}
                type="text"
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                required
                maxLength={64}
                value={values.username}
                onChange={(e) => set('username', e.target.value)}
              />
            )}
          </FormField>
        )}
        <FormField
          id={fieldId('displayName')}
          label={t('people.displayName')}
          required
          error={errorText('displayName')}
        >
          {(a11y) => (
            <input
              {...a11y}
              ref={person ? first : undefined}
              type="text"
              required
              maxLength={DISPLAY_NAME_MAX}
              value={values.displayName}
              onChange={(e) => set('displayName', e.target.value)}
            />
          )}
        </FormField>
        <div className="adm-form__row">
          <FormField
            id={fieldId('role')}
            label={t('people.role')}
            required
            hint={isSelf ? t('people.selfHint') : undefined}
          >
            {(a11y) => (
              <select
                {...a11y}
                value={values.role}
                disabled={isSelf}
                onChange={(e) => set('role', e.target.value as Role)}
              >
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {tc(`role.${role}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField id={fieldId('unitId')} label={t('people.unit')} required error={errorText('unitId')}>
            {(a11y) => (
              <select
                {...a11y}
                required
                value={values.unitId}
                onChange={(e) => set('unitId', e.target.value)}
              >
                <option value="" disabled>
                  {t('common.choose')}
                </option>
                {unitOptions.map((u) => (
                  <option key={u.id} value={u.id}>
                    {en ? u.nameEn : u.nameZh}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
        {values.role === 'viewer' ? (
          <FormField
            id={fieldId('regionScope')}
            label={t('people.regionScope')}
            hint={t('people.regionScopeHint')}
          >
            {(a11y) => (
              <select
                {...a11y}
                value={values.regionScope}
                onChange={(e) => set('regionScope', e.target.value)}
              >
                <option value="">{t('people.regionScopeNone')}</option>
                {(regions.data ?? []).map((r) => (
                  <option key={r.code} value={r.code}>
                    {en ? r.nameEn : r.nameZh}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        ) : null}
        {person ? null : (
          <FormField
            id={fieldId('password')}
            label={t('people.password')}
            required
            hint={t('people.passwordHint', { min: PASSWORD_MIN_LENGTH })}
            error={errorText('password')}
          >
            {(a11y) => (
              <input
                {...a11y}
                type="password"
                autoComplete="new-password"
                required
                minLength={PASSWORD_MIN_LENGTH}
                value={values.password}
                onChange={(e) => set('password', e.target.value)}
              />
            )}
          </FormField>
        )}
        <DialogFooter failure={failure} pending={pending} onClose={onClose} />
      </form>
    </Dialog>
  );
};
