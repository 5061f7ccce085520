import { CADENCES, REPORT_DUE_DAY_MAX, type Cadence, type WorkspaceSettingsView } from '@plan/contracts';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isVersionConflict, useUpdateWorkspace } from '../api/use-admin';
import { useAdminErrorMessage } from '../api/use-admin-error-message';
import { firstError } from '../utils/form-checks';
import {
  SETTINGS_FIELDS,
  settingsToForm,
  timeZoneOptions,
  toUpdateWorkspaceBody,
  utcOffsetLabel,
  validateSettingsForm,
  WORKSPACE_NAME_MAX,
  type SettingsFormErrors,
  type SettingsFormField,
  type SettingsFormValues,
} from '../utils/settings-form';
import { FormField } from './FormField';

type SettingsFormProps = { settings: WorkspaceSettingsView };

const CADENCE_KEY = { month: 'settings.cadenceMonth', quarter: 'settings.cadenceQuarter' } as const;

export const SettingsForm = ({ settings }: SettingsFormProps) => {
  const { t } = useTranslation('admin');
  const errorMessage = useAdminErrorMessage();
  const save = useUpdateWorkspace();
  const id = useId();
  const [values, setValues] = useState<SettingsFormValues>(() => settingsToForm(settings));
  const [errors, setErrors] = useState<SettingsFormErrors>({});
  const [saved, setSaved] = useState(false);
  const [seenVersion, setSeenVersion] = useState(settings.version);
  const fieldId = (field: SettingsFormField) => `${id}-${field}`;
  const zones = useMemo(() => timeZoneOptions(settings.timezone), [settings.timezone]);

  // A newer version arrived (after a conflict or a save): show it.
  if (settings.version !== seenVersion) {
    setSeenVersion(settings.version);
    setValues(settingsToForm(settings));
  }

  const set = <K extends keyof SettingsFormValues>(field: K, value: SettingsFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
    setSaved(false);
  };

  const errorText = (field: SettingsFormField) => {
    const key = errors[field];
    return key
      ? t(`form.error.${key}`, { max: field === 'name' ? WORKSPACE_NAME_MAX : REPORT_DUE_DAY_MAX })
      : undefined;
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const found = validateSettingsForm(values);
    setErrors(found);
    const bad = firstError(SETTINGS_FIELDS, found);
    if (bad) {
      document.getElementById(fieldId(bad))?.focus();
      return;
    }
    save.mutate(toUpdateWorkspaceBody(values, settings), { onSuccess: () => setSaved(true) });
  };

  return (
    <form className="adm-form adm-settings" onSubmit={submit} noValidate>
      <FormField id={fieldId('name')} label={t('settings.name')} required error={errorText('name')}>
        {(a11y) => (
          <input
            {...a11y}
            type="text"
            required
            maxLength={WORKSPACE_NAME_MAX}
            value={values.name}
            onChange={(e) => set('name', e.target.value)}
          />
        )}
      </FormField>
      <FormField id={fieldId('cadence')} label={t('settings.cadence')} required>
        {(a11y) => (
          <select
            {...a11y}
            value={values.cadence}
            onChange={(e) => set('cadence', e.target.value as Cadence)}
          >
            {CADENCES.map((c) => (
              <option key={c} value={c}>
                {t(CADENCE_KEY[c])}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        id={fieldId('dueDay')}
        label={t('settings.dueDay')}
        required
        hint={t('settings.dueDayHint', { max: REPORT_DUE_DAY_MAX })}
        error={errorText('dueDay')}
      >
        {(a11y) => (
          <input
            {...a11y}
            type="number"
            inputMode="numeric"
            min={1}
            max={REPORT_DUE_DAY_MAX}
            step={1}
            required
            value={values.dueDay}
            onChange={(e) => set('dueDay', e.target.value)}
          />
        )}
      </FormField>
      <FormField
        id={fieldId('timezone')}
        label={t('settings.timezone')}
        required
        hint={t('settings.timezoneHint')}
      >
        {(a11y) => (
          <select {...a11y} value={values.timezone} onChange={(e) => set('timezone', e.target.value)}>
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {`${zone} (${utcOffsetLabel(zone)})`}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {save.isError ? (
        <p className="form-error" role="alert">
          {isVersionConflict(save.error) ? t('common.conflict') : errorMessage(save.error)}
        </p>
      ) : null}
      <p className="adm-status" role="status">
        {saved ? t('common.saved') : ''}
      </p>
      <div>
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('settings.submit')}
        </button>
      </div>
    </form>
  );
};
