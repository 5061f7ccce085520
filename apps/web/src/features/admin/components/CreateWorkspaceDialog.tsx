import { PASSWORD_MIN_LENGTH, UNIT_LEVELS, type CreatedWorkspace, type UnitLevel } from '@plan/contracts';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/ui/Dialog';
import { DialogFooter } from './DialogFooter';
import { useRegions } from '../../reference/api/use-reference';
import { useCreateWorkspace } from '../api/use-admin';
import { firstError } from '../utils/form-checks';
import {
  emptyWorkspaceForm,
  toCreateWorkspaceBody,
  validateWorkspaceForm,
  WORKSPACE_FIELD_MAX,
  WORKSPACE_FIELDS,
  type WorkspaceFormErrors,
  type WorkspaceFormField,
  type WorkspaceFormValues,
} from '../utils/workspace-form';
import { FormField, type FieldA11y } from './FormField';

type CreateWorkspaceDialogProps = {
  onClose: () => void;
  onCreated: (created: CreatedWorkspace, adminUsername: string) => void;
};

export const CreateWorkspaceDialog = ({ onClose, onCreated }: CreateWorkspaceDialogProps) => {
  const { t, i18n } = useTranslation('admin');
  const regions = useRegions();
  const create = useCreateWorkspace();
  const id = useId();
  const first = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState<WorkspaceFormValues>(emptyWorkspaceForm);
  const [errors, setErrors] = useState<WorkspaceFormErrors>({});
  const fieldId = (field: WorkspaceFormField) => `${id}-${field}`;

  const set = <K extends WorkspaceFormField>(field: K, value: WorkspaceFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };
  const errorText = (field: WorkspaceFormField) => {
    const key = errors[field];
    return key
      ? t(`form.error.${key}`, { max: WORKSPACE_FIELD_MAX[field] ?? 0, min: PASSWORD_MIN_LENGTH })
      : undefined;
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const found = validateWorkspaceForm(values);
    setErrors(found);
    const bad = firstError(WORKSPACE_FIELDS, found);
    if (bad) {
      document.getElementById(fieldId(bad))?.focus();
      return;
    }
    const body = toCreateWorkspaceBody(values);
    create.mutate(body, { onSuccess: (created) => onCreated(created, body.admin.username) });
  };

  const text = (
    field: WorkspaceFormField,
    label: string,
    extra: { hint?: string; type?: string; autoComplete?: string } = {},
  ) => (
    <FormField id={fieldId(field)} label={label} required hint={extra.hint} error={errorText(field)}>
      {(a11y: FieldA11y) => (
        <input
          {...a11y}
          ref={field === 'code' ? first : undefined}
          type={extra.type ?? 'text'}
          autoComplete={extra.autoComplete ?? 'off'}
          required
          value={values[field]}
          onChange={(e) => set(field, e.target.value)}
        />
      )}
    </FormField>
  );

  return (
    <Dialog
      title={t('newWorkspace.title')}
      description={t('newWorkspace.description')}
      onClose={() => !create.isPending && onClose()}
      initialFocus={first}
    >
      <form className="adm-form" onSubmit={submit} noValidate>
        <div className="adm-form__row adm-form__row--even">
          {text('code', t('newWorkspace.code'), { hint: t('newWorkspace.codeHint') })}
          {text('name', t('newWorkspace.name'))}
        </div>
        <fieldset className="adm-fieldset">
          <legend>{t('newWorkspace.unitSection')}</legend>
          <div className="adm-form__row adm-form__row--even">
            {text('unitNameZh', t('units.nameZh'))}
            {text('unitNameEn', t('units.nameEn'))}
          </div>
          <div className="adm-form__row adm-form__row--even">
            <FormField
              id={fieldId('unitRegion')}
              label={t('units.region')}
              required
              error={errorText('unitRegion')}
            >
              {(a11y) => (
                <select
                  {...a11y}
                  required
                  value={values.unitRegion}
                  onChange={(e) => set('unitRegion', e.target.value)}
                >
                  <option value="" disabled>
                    {t('common.choose')}
                  </option>
                  {(regions.data ?? []).map((r) => (
                    <option key={r.code} value={r.code}>
                      {i18n.language === 'en' ? r.nameEn : r.nameZh}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField id={fieldId('unitLevel')} label={t('units.level')} required>
              {(a11y) => (
                <select
                  {...a11y}
                  value={values.unitLevel}
                  onChange={(e) => set('unitLevel', e.target.value as UnitLevel)}
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
        </fieldset>
        <fieldset className="adm-fieldset">
          <legend>{t('newWorkspace.adminSection')}</legend>
          <div className="adm-form__row adm-form__row--even">
            {text('adminUsername', t('people.username'), { hint: t('people.usernameHint') })}
            {text('adminName', t('people.displayName'))}
          </div>
          {text('adminPassword', t('people.password'), {
            type: 'password',
            autoComplete: 'new-password',
            hint: t('people.passwordHint', { min: PASSWORD_MIN_LENGTH }),
          })}
        </fieldset>
        <DialogFooter
          failure={create.error}
          pending={create.isPending}
          onClose={onClose}
          submitLabel={t('newWorkspace.submit')}
        />
      </form>
    </Dialog>
  );
};
