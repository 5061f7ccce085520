import type { DashboardSummary } from './dashboard';
import type { Light, ReportedState, ScheduleState } from './task';

// One task as it stood at a moment: what the ledger, the briefing and "changes since" are made of.
// Live rows and frozen meeting rows have the same shape, so every document is built one way.
export type TaskSnapshotRow = {
  taskId: string;
  code: string;
  title: string;
  requirement: string;
  measureCode: string;
  measureNameZh: string;
  measureNameEn: string;
  regionCode: string;
  regionNameZh: string;
  regionNameEn: string;
  sectors: string[];
  leadUnitId: string;
  leadUnitNameZh: string;
  leadUnitNameEn: string;
  cooperatingUnitIds: string[];
  cooperatingUnitsZh: string;
  cooperatingUnitsEn: string;
  responsibleName: string;
  startDate: string;
  dueDate: string | null;
  progress: number;
  reportedState: ReportedState;
  suspendedReason: string | null;
  state: ScheduleState;
  light: Light;
  expected: number | null;
  gap: number | null;
  daysLate: number;
  reportMissing: boolean;
  latestPeriod: string | null;
  achievements: string;
  problems: string;
  nextSteps: string;
  sourceMeetingId: string | null;
};

export type MeetingView = {
  id: string;
  title: string;
  heldOn: string;
  asOf: string;
  frozenAt: string;
  taskCount: number;
  createdBy: { id: string; displayName: string } | null;
  decisionCount: number;
};

export type MeetingDetail = MeetingView & { summary: DashboardSummary; previousMeetingId: string | null };

export type TaskChange = {
  taskId: string;
  code: string;
  title: string;
  leadUnitNameZh: string;
  leadUnitNameEn: string;
  before: Pick<TaskSnapshotRow, 'state' | 'light' | 'progress' | 'problems'> | null;
  after: Pick<TaskSnapshotRow, 'state' | 'light' | 'progress' | 'problems'>;
  progressDelta: number;
};

export type MeetingChanges = {
  from: { meetingId: string; title: string; asOf: string };
  to: { meetingId: string | null; title: string | null; asOf: string };
  stateChanged: TaskChange[];
  lightChanged: TaskChange[];
  newlyCompleted: TaskChange[];
  newlyOverdue: TaskChange[];
  largestProgress: TaskChange[];
  newProblems: TaskChange[];
  newTasks: TaskChange[];
};

export const MEETING_CHANGES_LIMIT = 50;
