import type { Me, Role } from '../../auth/api/types';

// Who may create and edit tasks for now; the API does not check roles yet (see PRODUCT.md "Roles").
const TASK_EDITOR_ROLES: readonly Role[] = ['admin', 'leader', 'staff'];

type TaskUnits = { leadUnit: { id: string }; cooperatingUnits?: { id: string }[] };

export const canCreateTask = (me: Pick<Me, 'role'> | null | undefined): boolean =>
  Boolean(me && TASK_EDITOR_ROLES.includes(me.role));

// Staff edit the tasks their own unit leads or cooperates on; admins and leaders edit any.
export const canEditTask = (me: Pick<Me, 'role' | 'unit'> | null | undefined, task: TaskUnits): boolean => {
  if (!me || !TASK_EDITOR_ROLES.includes(me.role)) return false;
  if (me.role !== 'staff') return true;
  const unitId = me.unit?.id;
  if (!unitId) return false;
  return task.leadUnit.id === unitId || (task.cooperatingUnits ?? []).some((unit) => unit.id === unitId);
};
