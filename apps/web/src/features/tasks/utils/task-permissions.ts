import { reachCovers, reachOf } from '@plan/contracts';
import type { Me } from '../../auth/api/types';

// What the task pages offer: exactly what the API's route policy allows (libs/contracts).
type TaskUnits = { leadUnit: { id: string }; cooperatingUnits?: { id: string }[] };
type Caller = Pick<Me, 'role' | 'unit'> | null | undefined;

const unitsOf = (task: TaskUnits) => ({
  leadUnitId: task.leadUnit.id,
  cooperatingUnitIds: (task.cooperatingUnits ?? []).map((unit) => unit.id),
});

// Leaders and administrators create tasks for any unit; staff and unit heads for their own.
export const canCreateTask = (me: Pick<Me, 'role'> | null | undefined): boolean =>
  Boolean(me && reachOf(me.role, 'POST /api/tasks'));

// Staff and unit heads edit the tasks their unit leads or cooperates on; administrators any.
export const canEditTask = (me: Caller, task: TaskUnits): boolean =>
  Boolean(me) && reachCovers(reachOf(me!.role, 'PATCH /api/tasks/:id'), me!.unit?.id, unitsOf(task));

// Archiving and restoring: leaders and administrators.
export const canArchiveTask = (me: Pick<Me, 'role'> | null | undefined): boolean =>
  Boolean(me && reachOf(me.role, 'DELETE /api/tasks/:id'));
