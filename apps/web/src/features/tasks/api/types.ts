// The value lists come from the shared contracts, under the names the web has always used.
export {
  SCHEDULE_STATES as TASK_STATES,
  LIGHTS as TASK_LIGHTS,
  REPORTED_STATES,
  TASK_SORTS,
  type ScheduleState as TaskState,
  type Light as TaskLight,
  type ReportedState,
  type TaskSort,
} from '@plan/contracts';
import type { Light as TaskLight, ReportedState, ScheduleState as TaskState } from '@plan/contracts';

export type NamedRef = { id: string; nameZh: string; nameEn: string };
export type CodedRef = { code: string; nameZh: string; nameEn: string };

export type TaskStatus = {
  expected: number | null;
  actual: number;
  gap: number | null;
  daysLate: number;
  state: TaskState;
  light: TaskLight;
};

export type PersonRef = { id: string; displayName: string };

export type TaskListItem = {
  id: string;
  code: string;
  title: string;
  measure: CodedRef;
  region: CodedRef;
  sectors: string[];
  leadUnit: NamedRef;
  responsiblePerson: { id: string; displayName: string };
  startDate: string;
  dueDate: string | null;
  progress: number;
  reportedState: ReportedState;
  suspendedReason?: string | null;
  status: TaskStatus;
  version: number;
  archivedAt: string | null;
  sourceMeetingId?: string | null;
  updatedAt: string;
};

export type TaskListResponse = {
  items: TaskListItem[];
  nextCursor: string | null;
  total: number;
};

export type Milestone = {
  id: string;
  title: string;
  dueDate: string;
  weight: number;
  doneDate: string | null;
  version: number;
};

export type ApprovedReport = {
  id: string;
  period: string;
  progress: number;
  reportedState: ReportedState;
  achievements: string;
  problems: string;
  nextSteps: string;
  approvedAt: string;
};

export type TaskDetail = TaskListItem & {
  requirement: string;
  cooperatingUnits: NamedRef[];
  milestones: Milestone[];
  latestApprovedReport: ApprovedReport | null;
  updatedBy?: PersonRef | null;
};

// Bodies of POST /api/tasks and PATCH /api/tasks/:id (the PATCH sends only what changed).
export type TaskWriteBody = {
  title: string;
  requirement: string;
  measure: string;
  region: string;
  sectors: string[];
  leadUnitId: string;
  cooperatingUnitIds: string[];
  responsiblePersonId: string;
  startDate: string;
  dueDate: string | null;
};
export type TaskPatchBody = Partial<TaskWriteBody> & { version: number };

export type MilestoneWriteBody = { title: string; dueDate: string; weight: number };
export type MilestonePatchBody = Partial<MilestoneWriteBody> & { version: number; doneDate?: string | null };

// GET /api/people?unit=: the people a task can be assigned to.
export type Person = {
  id: string;
  username: string;
  displayName: string;
  role: string;
  unitId: string;
  active: boolean;
};
