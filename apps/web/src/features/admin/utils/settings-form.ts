import { REPORT_DUE_DAY_MAX, type Cadence, type WorkspaceSettingsView } from '@plan/contracts';
import type { UpdateWorkspaceBody } from '../api/admin.api';
import { checkText, type TextErrorKey } from './form-checks';

export type SettingsFormValues = { name: string; cadence: Cadence; dueDay: string };
export type SettingsFormField = keyof SettingsFormValues;
export type SettingsFormErrorKey = TextErrorKey | 'dueDay';
export type SettingsFormErrors = Partial<Record<SettingsFormField, SettingsFormErrorKey>>;

export const WORKSPACE_NAME_MAX = 200;
export const SETTINGS_FIELDS: readonly SettingsFormField[] = ['name', 'cadence', 'dueDay'];

export const settingsToForm = (s: WorkspaceSettingsView): SettingsFormValues => ({
  name: s.name,
  cadence: s.cadence,
  dueDay: String(s.dueDay),
});

export const validateSettingsForm = (values: SettingsFormValues): SettingsFormErrors => {
  const errors: SettingsFormErrors = {};
  const name = checkText(values.name, WORKSPACE_NAME_MAX);
  if (name) errors.name = name;
  const day = Number(values.dueDay);
  if (!values.dueDay.trim()) errors.dueDay = 'required';
  else if (!/^\d+$/.test(values.dueDay.trim()) || day < 1 || day > REPORT_DUE_DAY_MAX)
    errors.dueDay = 'dueDay';
  return errors;
};

export const toUpdateWorkspaceBody = (
  values: SettingsFormValues,
  current: WorkspaceSettingsView,
): UpdateWorkspaceBody => {
  const body: UpdateWorkspaceBody = { version: current.version };
  if (values.name.trim() !== current.name) body.name = values.name.trim();
  if (values.cadence !== current.cadence) body.cadence = values.cadence;
  if (Number(values.dueDay) !== current.dueDay) body.dueDay = Number(values.dueDay);
  return body;
};
