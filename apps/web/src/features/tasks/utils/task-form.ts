import { isIsoDate, MEASURE_CODES } from '@plan/contracts';
import { isApiError } from '../../../lib/api-client';
import { errorDetails } from '../../../lib/api-client';
import type { TaskDetail, TaskPatchBody, TaskWriteBody } from '../api/types';

// The fields of the task form, in the order the form shows them.
export const TASK_FORM_FIELDS = [
  'title',
  'requirement',
  'measure',
  'region',
  'sectors',
  'leadUnitId',
  'cooperatingUnitIds',
  'responsiblePersonId',
  'startDate',
  'dueDate',
] as const;
export type TaskFormField = (typeof TASK_FORM_FIELDS)[number];

export type TaskFormValues = {
  title: string;
  requirement: string;
  measure: string;
  region: string;
  sectors: string[];
  leadUnitId: string;
  cooperatingUnitIds: string[];
  responsiblePersonId: string;
  startDate: string;
  // Ignored while `ongoing` (长期) is ticked; kept so unticking brings the date back.
  dueDate: string;
  ongoing: boolean;
};

// Mirrors CreateTaskDto in apps/api.
export const TASK_LIMITS = { title: 300, requirement: 10_000, sectors: 19, cooperatingUnits: 50 } as const;

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const REGION_CODE = /^\d{6}$/;

export const emptyTaskForm = (defaults: Partial<TaskFormValues> = {}): TaskFormValues => ({
  title: '',
  requirement: '',
  measure: '',
  region: '',
  sectors: [],
  leadUnitId: '',
  cooperatingUnitIds: [],
  responsiblePersonId: '',
  startDate: '',
  dueDate: '',
  ongoing: false,
  ...defaults,
});

export const toTaskFormValues = (task: TaskDetail): TaskFormValues => ({
  title: task.title,
  requirement: task.requirement,
  measure: task.measure.code,
  region: task.region.code,
  sectors: [...task.sectors],
  leadUnitId: task.leadUnit.id,
  cooperatingUnitIds: task.cooperatingUnits.map((unit) => unit.id),
  responsiblePersonId: task.responsiblePerson.id,
  startDate: task.startDate,
  dueDate: task.dueDate ?? '',
  ongoing: task.dueDate === null,
});

const uniqueSorted = (values: string[]): string[] => [...new Set(values)].sort();
const unique = (values: string[]): string[] => [...new Set(values)];

export type TaskFieldValue = string | string[] | null;

// One field as the API stores it: lists are sets, the title is trimmed, 长期 is a null due date.
export const taskFieldValue = (values: TaskFormValues, field: TaskFormField): TaskFieldValue => {
  switch (field) {
    case 'title':
      return values.title.trim();
    case 'sectors':
      return uniqueSorted(values.sectors);
    case 'cooperatingUnitIds':
      return uniqueSorted(values.cooperatingUnitIds);
    case 'dueDate':
      return values.ongoing ? null : values.dueDate;
    default:
      return values[field];
  }
};

export const sameTaskField = (a: TaskFormValues, b: TaskFormValues, field: TaskFormField): boolean =>
  JSON.stringify(taskFieldValue(a, field)) === JSON.stringify(taskFieldValue(b, field));

export const changedTaskFields = (base: TaskFormValues, values: TaskFormValues): TaskFormField[] =>
  TASK_FORM_FIELDS.filter((field) => !sameTaskField(base, values, field));

export const toTaskWriteBody = (values: TaskFormValues): TaskWriteBody => ({
  title: values.title.trim(),
  requirement: values.requirement,
  measure: values.measure,
  region: values.region,
  sectors: unique(values.sectors),
  leadUnitId: values.leadUnitId,
  cooperatingUnitIds: unique(values.cooperatingUnitIds),
  responsiblePersonId: values.responsiblePersonId,
  startDate: values.startDate,
  dueDate: values.ongoing ? null : values.dueDate,
});

// Only what the user changed goes into the PATCH, so a save never silently reverts someone else's field.
export const toTaskPatchBody = (
  base: TaskFormValues,
  values: TaskFormValues,
  version: number,
): TaskPatchBody => {
  const full = toTaskWriteBody(values);
  const patch: TaskPatchBody = { version };
  for (const field of changedTaskFields(base, values)) Object.assign(patch, { [field]: full[field] });
  return patch;
};

export const TASK_FORM_ERROR_KEYS = [
  'required',
  'tooLong',
  'controlChars',
  'invalidChoice',
  'sectorsRequired',
  'tooMany',
  'leadAlsoCooperating',
  'dateInvalid',
  'dueRequired',
  'dueBeforeStart',
  'referenceInvalid',
  'datesInvalid',
] as const;
export type TaskFormErrorKey = (typeof TASK_FORM_ERROR_KEYS)[number];

// A message under a field: a key of tasks:form.error, or the server's own text in the UI language.
export type FieldIssue = { key: TaskFormErrorKey; values?: Record<string, number> } | { text: string };
export type TaskFormErrors = Partial<Record<TaskFormField, FieldIssue>>;

const text = (value: string, max: number, required: boolean): FieldIssue | undefined => {
  if (required && !value.trim()) return { key: 'required' };
  if (value.length > max) return { key: 'tooLong', values: { max } };
  if (CONTROL_CHARS.test(value)) return { key: 'controlChars' };
  return undefined;
};

const dateIssue = (value: string, missing: TaskFormErrorKey): FieldIssue | undefined => {
  if (!value) return { key: missing };
  return isIsoDate(value) ? undefined : { key: 'dateInvalid' };
};

// The same rules as the API's CreateTaskDto and TasksService, so most mistakes never reach the server.
export const validateTaskForm = (values: TaskFormValues): TaskFormErrors => {
  const errors: TaskFormErrors = {
    title: text(values.title, TASK_LIMITS.title, true),
    requirement: text(values.requirement, TASK_LIMITS.requirement, false),
  };
  if (!values.measure) errors.measure = { key: 'required' };
  else if (!(MEASURE_CODES as readonly string[]).includes(values.measure))
    errors.measure = { key: 'invalidChoice' };
  if (!values.region) errors.region = { key: 'required' };
  else if (!REGION_CODE.test(values.region)) errors.region = { key: 'invalidChoice' };

  const sectors = unique(values.sectors);
  if (sectors.length === 0) errors.sectors = { key: 'sectorsRequired' };
  else if (sectors.length > TASK_LIMITS.sectors)
    errors.sectors = { key: 'tooMany', values: { max: TASK_LIMITS.sectors } };

  if (!values.leadUnitId) errors.leadUnitId = { key: 'required' };
  const cooperating = unique(values.cooperatingUnitIds);
  if (cooperating.length > TASK_LIMITS.cooperatingUnits)
    errors.cooperatingUnitIds = { key: 'tooMany', values: { max: TASK_LIMITS.cooperatingUnits } };
  else if (values.leadUnitId && cooperating.includes(values.leadUnitId))
    errors.cooperatingUnitIds = { key: 'leadAlsoCooperating' };
  if (!values.responsiblePersonId) errors.responsiblePersonId = { key: 'required' };

  errors.startDate = dateIssue(values.startDate, 'required');
  if (!values.ongoing) {
    errors.dueDate = dateIssue(values.dueDate, 'dueRequired');
    if (!errors.dueDate && !errors.startDate && values.dueDate < values.startDate)
      errors.dueDate = { key: 'dueBeforeStart' };
  }
  return compactErrors(errors);
};

const compactErrors = (errors: TaskFormErrors): TaskFormErrors => {
  const result: TaskFormErrors = {};
  for (const field of TASK_FORM_FIELDS) {
    const issue = errors[field];
    if (issue) result[field] = issue;
  }
  return result;
};

export const hasErrors = (errors: TaskFormErrors): boolean => Object.keys(errors).length > 0;

const isFormField = (value: unknown): value is TaskFormField =>
  typeof value === 'string' && (TASK_FORM_FIELDS as readonly string[]).includes(value);

type ValidationDetail = { field?: unknown; messageZh?: unknown; messageEn?: unknown };

// Field errors in a 4xx answer (VALIDATION_FAILED details[], TASK_REFERENCE_INVALID details.field,
// TASK_DATES_INVALID); null when the error is not about particular fields.
export const serverFieldErrors = (error: unknown, locale: string): TaskFormErrors | null => {
  if (!isApiError(error)) return null;
  const details = errorDetails(error);
  if (error.code === 'VALIDATION_FAILED' && Array.isArray(details)) {
    const errors: TaskFormErrors = {};
    for (const detail of details as ValidationDetail[]) {
      const field = typeof detail.field === 'string' ? detail.field.split('.')[0] : undefined;
      const message = locale.startsWith('zh') ? detail.messageZh : detail.messageEn;
      if (isFormField(field) && !errors[field] && typeof message === 'string')
        errors[field] = { text: message };
    }
    return hasErrors(errors) ? compactErrors(errors) : null;
  }
  if (error.code === 'TASK_REFERENCE_INVALID') {
    const field = (details as { field?: unknown } | undefined)?.field;
    if (field === 'title') return { title: { key: 'required' } };
    return isFormField(field) ? { [field]: { key: 'referenceInvalid' } } : null;
  }
  if (error.code === 'TASK_DATES_INVALID') return { dueDate: { key: 'datesInvalid' } };
  return null;
};
