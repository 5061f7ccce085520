import { sameTaskField, TASK_FORM_FIELDS, type TaskFormField, type TaskFormValues } from './task-form';

// Who changed a field since the version the edit started from.
export type FieldChange = 'mine' | 'theirs' | 'both' | 'same';

export type ConflictRow = { field: TaskFormField; change: FieldChange };

// The form keys that hold one field: the due date is the date and the 长期 box together.
const FIELD_KEYS: Record<TaskFormField, (keyof TaskFormValues)[]> = {
  title: ['title'],
  requirement: ['requirement'],
  measure: ['measure'],
  region: ['region'],
  sectors: ['sectors'],
  leadUnitId: ['leadUnitId'],
  cooperatingUnitIds: ['cooperatingUnitIds'],
  responsiblePersonId: ['responsiblePersonId'],
  startDate: ['startDate'],
  dueDate: ['dueDate', 'ongoing'],
};

// Field by field: my edit (base → mine) against the server's (base → theirs). Untouched fields are left out.
export const diffTaskEdit = (
  base: TaskFormValues,
  mine: TaskFormValues,
  theirs: TaskFormValues,
): ConflictRow[] => {
  const rows: ConflictRow[] = [];
  for (const field of TASK_FORM_FIELDS) {
    const mineChanged = !sameTaskField(base, mine, field);
    const theirsChanged = !sameTaskField(base, theirs, field);
    if (!mineChanged && !theirsChanged) continue;
    let change: FieldChange = mineChanged ? 'mine' : 'theirs';
    if (mineChanged && theirsChanged) change = sameTaskField(mine, theirs, field) ? 'same' : 'both';
    rows.push({ field, change });
  }
  return rows;
};

// My edit replayed on the current version: the fields I changed take my value, every other field
// keeps the current one (including the other person's changes).
export const rebaseTaskEdit = (
  base: TaskFormValues,
  mine: TaskFormValues,
  theirs: TaskFormValues,
): TaskFormValues => {
  const result: TaskFormValues = {
    ...theirs,
    sectors: [...theirs.sectors],
    cooperatingUnitIds: [...theirs.cooperatingUnitIds],
  };
  for (const field of TASK_FORM_FIELDS) {
    if (sameTaskField(base, mine, field)) continue;
    for (const key of FIELD_KEYS[field]) Object.assign(result, { [key]: mine[key] });
  }
  return result;
};

// The fields my re-applied edit would still change on the current version; none when the other
// person made the same changes (or I changed nothing).
export const pendingTaskFields = (
  base: TaskFormValues,
  mine: TaskFormValues,
  theirs: TaskFormValues,
): TaskFormField[] =>
  TASK_FORM_FIELDS.filter(
    (field) => !sameTaskField(base, mine, field) && !sameTaskField(mine, theirs, field),
  );
