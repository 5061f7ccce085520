import type { Light, ScheduleState, TaskListItem } from '@plan/contracts';
import { localName } from '../../../lib/locale';
import type { UpcomingMilestone } from '../api/types';

export type UpcomingRow = {
  id: string;
  title: string;
  dueDate: string;
  daysLeft: number;
  taskId: string;
  taskCode: string;
  taskTitle: string;
  leadUnit: string;
};

export type LaggingRow = {
  id: string;
  code: string;
  title: string;
  leadUnit: string;
  region: string;
  daysLate: number;
  progress: number;
  expected: number | null;
  state: ScheduleState;
  light: Light;
};

// The API orders both lists (milestones by due date, lagging tasks by days late); keep its order.
export const toUpcomingRows = (milestones: UpcomingMilestone[] | undefined, locale: string): UpcomingRow[] =>
  (milestones ?? []).map((m) => ({
    id: m.id,
    title: m.title,
    dueDate: m.dueDate,
    daysLeft: m.daysLeft,
    taskId: m.task.id,
    taskCode: m.task.code,
    taskTitle: m.task.title,
    leadUnit: localName(m.leadUnit, locale),
  }));

export const toLaggingRows = (tasks: TaskListItem[] | undefined, locale: string): LaggingRow[] =>
  (tasks ?? []).map((task) => ({
    id: task.id,
    code: task.code,
    title: task.title,
    leadUnit: localName(task.leadUnit, locale),
    region: localName(task.region, locale),
    daysLate: task.status.daysLate,
    progress: task.progress,
    expected: task.status.expected,
    state: task.status.state,
    light: task.status.light,
  }));
