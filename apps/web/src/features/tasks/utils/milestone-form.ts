import { isIsoDate } from '@plan/contracts';
import type { Milestone, MilestonePatchBody, MilestoneWriteBody } from '../api/types';

export type MilestoneFormValues = { title: string; dueDate: string; weight: string };
export type MilestoneFormField = keyof MilestoneFormValues;

export const MILESTONE_ERROR_KEYS = [
  'required',
  'tooLong',
  'controlChars',
  'dateInvalid',
  'outsideTask',
  'weightInvalid',
] as const;
export type MilestoneErrorKey = (typeof MILESTONE_ERROR_KEYS)[number];
export type MilestoneFormErrors = Partial<Record<MilestoneFormField, MilestoneErrorKey>>;

// Mirrors NewMilestoneDto in apps/api: title ≤ 300, weight > 0 and ≤ 9999 with at most 2 decimals.
export const MILESTONE_TITLE_MAX = 300;
const MAX_WEIGHT = 9999;
const WEIGHT_PATTERN = /^\d+(\.\d{1,2})?$/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const emptyMilestoneForm = (): MilestoneFormValues => ({ title: '', dueDate: '', weight: '1' });

export const toMilestoneFormValues = (milestone: Milestone): MilestoneFormValues => ({
  title: milestone.title,
  dueDate: milestone.dueDate,
  weight: String(milestone.weight),
});

type TaskDates = { startDate: string; dueDate: string | null };

export const validateMilestoneForm = (values: MilestoneFormValues, task: TaskDates): MilestoneFormErrors => {
  const errors: MilestoneFormErrors = {};
  const title = values.title.trim();
  if (!title) errors.title = 'required';
  else if (title.length > MILESTONE_TITLE_MAX) errors.title = 'tooLong';
  else if (CONTROL_CHARS.test(title)) errors.title = 'controlChars';

  if (!values.dueDate) errors.dueDate = 'required';
  else if (!isIsoDate(values.dueDate)) errors.dueDate = 'dateInvalid';
  else if (values.dueDate < task.startDate || (task.dueDate !== null && values.dueDate > task.dueDate))
    errors.dueDate = 'outsideTask';

  const weight = values.weight.trim();
  const number = Number(weight);
  if (!WEIGHT_PATTERN.test(weight) || !(number > 0) || number > MAX_WEIGHT) errors.weight = 'weightInvalid';
  return errors;
};

export const toMilestoneBody = (values: MilestoneFormValues): MilestoneWriteBody => ({
  title: values.title.trim(),
  dueDate: values.dueDate,
  weight: Number(values.weight.trim()),
});

// Only the changed fields, with the version read, as PATCH /milestones/:id wants.
export const toMilestonePatch = (milestone: Milestone, values: MilestoneFormValues): MilestonePatchBody => {
  const body = toMilestoneBody(values);
  const patch: MilestonePatchBody = { version: milestone.version };
  if (body.title !== milestone.title) patch.title = body.title;
  if (body.dueDate !== milestone.dueDate) patch.dueDate = body.dueDate;
  if (body.weight !== milestone.weight) patch.weight = body.weight;
  return patch;
};
