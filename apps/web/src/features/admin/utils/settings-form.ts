import { REPORT_DUE_DAY_MAX, type Cadence, type WorkspaceSettingsView } from '@plan/contracts';
import type { UpdateWorkspaceBody } from '../api/admin.api';
import { checkText, type TextErrorKey } from './form-checks';

export type SettingsFormValues = { name: string; cadence: Cadence; dueDay: string; timezone: string };
export type SettingsFormField = keyof SettingsFormValues;
export type SettingsFormErrorKey = TextErrorKey | 'dueDay';
export type SettingsFormErrors = Partial<Record<SettingsFormField, SettingsFormErrorKey>>;

export const WORKSPACE_NAME_MAX = 200;
export const SETTINGS_FIELDS: readonly SettingsFormField[] = ['name', 'cadence', 'dueDay', 'timezone'];

// The zones of China first (where a workspace almost always is), then every other zone the browser knows;
// the current one is always offered, even if this browser does not list it.
const CHINA_ZONES = ['Asia/Shanghai', 'Asia/Urumqi', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei'];

export function timeZoneOptions(current: string): string[] {
  const known =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ([] as string[]);
  const rest = [...new Set([current, ...known])].filter((z) => !CHINA_ZONES.includes(z)).sort();
  return [...CHINA_ZONES, ...rest];
}

// "UTC+08:00" for a zone, now (offsets move with daylight saving time).
export function utcOffsetLabel(zone: string, now = new Date()): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(now)
      .find((p) => p.type === 'timeZoneName')?.value;
    return !part || part === 'GMT' ? 'UTC+00:00' : part.replace('GMT', 'UTC');
  } catch {
    return '';
  }
}

export const settingsToForm = (s: WorkspaceSettingsView): SettingsFormValues => ({
  name: s.name,
  cadence: s.cadence,
  dueDay: String(s.dueDay),
  timezone: s.timezone,
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
  if (values.timezone !== current.timezone) body.timezone = values.timezone;
  return body;
};
