import { assertIsoDate, compareDates, diffDays } from './date';
import type { Light, ReportedState, ScheduleState } from './task';

export type ScheduleMilestoneInput = { dueDate: string; weight: number; doneDate: string | null };

export type ScheduleInput = {
  // 'YYYY-MM-DD' in the workspace time zone
  today: string;
  startDate: string;
  // null = long-term task 长期/持续推进
  dueDate: string | null;
  milestones: readonly ScheduleMilestoneInput[];
  // latest APPROVED report, null if none
  approved: { progress: number; reportedState: ReportedState } | null;
  // long-term tasks: due date of the earliest period whose report is missing
  missingReportDueDate?: string | null;
};

export type ScheduleStatus = {
  expected: number | null;
  actual: number;
  gap: number | null;
  daysLate: number;
  state: ScheduleState;
  light: Light;
};

// percentage points
export const GAP_THRESHOLD = 10;
// behind turns from yellow to red after this many days late
export const YELLOW_MAX_DAYS_LATE = 15;

export function computeScheduleStatus(input: ScheduleInput): ScheduleStatus {
  validate(input);
  const { today, startDate, dueDate, milestones, approved } = input;
  const expected = expectedProgress(input);
  const actual = approved?.progress ?? 0;
  // decisions use the rounded figures so what is displayed always matches the state
  const gap = expected === null ? null : round1(expected - actual);

  const lateMilestoneDays = milestoneDaysLate(milestones, today);
  const pastDue = dueDate !== null && compareDates(today, dueDate) > 0;
  const missingReportDueDate = input.missingReportDueDate ?? null;
  // a missing report only matters for a long-term task without milestones; milestones judge the rest
  const missingReportDays =
    dueDate === null && milestones.length === 0 && missingReportDueDate !== null
      ? Math.max(0, diffDays(today, missingReportDueDate))
      : 0;
  const daysLate = lateMilestoneDays || (pastDue ? diffDays(today, dueDate) : 0) || missingReportDays;

  const result = (state: ScheduleState, days: number): ScheduleStatus => ({
    expected,
    actual,
    gap,
    daysLate: days,
    state,
    light: lightFor(state, days),
  });

  if (approved?.reportedState === 'completed') return result('completed', 0);
  if (approved?.reportedState === 'suspended') return result('suspended', 0);
  if (compareDates(startDate, today) > 0) return result('not_started', 0);
  if (pastDue) return result('overdue', daysLate);
  if (lateMilestoneDays > 0 || (gap !== null && gap >= GAP_THRESHOLD) || missingReportDays > 0) {
    return result('behind', daysLate);
  }
  if (actual === 0 && expected === 0) return result('not_started', daysLate);
  if (gap !== null && gap <= -GAP_THRESHOLD) return result('ahead', daysLate);
  return result('on_track', daysLate);
}

export function lightFor(state: ScheduleState, daysLate: number): Light {
  switch (state) {
    case 'completed':
    case 'ahead':
    case 'on_track':
    case 'not_started':
      return 'green';
    case 'suspended':
      return 'grey';
    case 'behind':
      return daysLate > YELLOW_MAX_DAYS_LATE ? 'red' : 'yellow';
    case 'overdue':
      return 'red';
  }
}

export function isLagging(state: ScheduleState): state is 'behind' | 'overdue' {
  return state === 'behind' || state === 'overdue';
}

export function round1(x: number): number {
  const rounded = Math.round(x * 10) / 10;
  // avoids displaying "-0"
  return rounded === 0 ? 0 : rounded;
}

function expectedProgress({ today, startDate, dueDate, milestones }: ScheduleInput): number | null {
  if (milestones.length > 0) {
    const totalWeight = milestones.reduce((sum, m) => sum + m.weight, 0);
    // all-zero weights would divide by zero; count the milestones equally instead
    const weightOf = (m: ScheduleMilestoneInput) => (totalWeight > 0 ? m.weight : 1);
    const total = totalWeight > 0 ? totalWeight : milestones.length;
    const reached = milestones
      .filter((m) => compareDates(m.dueDate, today) <= 0)
      .reduce((sum, m) => sum + weightOf(m), 0);
    return round1((100 * reached) / total);
  }
  if (dueDate === null) return null;
  const span = diffDays(dueDate, startDate);
  if (span === 0) return compareDates(today, dueDate) >= 0 ? 100 : 0;
  const elapsed = diffDays(today, startDate);
  return round1(Math.min(100, Math.max(0, (100 * elapsed) / span)));
}

// Days since the earliest incomplete milestone passed; a milestone due on D is met if done on D.
function milestoneDaysLate(milestones: readonly ScheduleMilestoneInput[], today: string): number {
  const earliestLate = milestones
    .filter((m) => m.doneDate === null && compareDates(m.dueDate, today) < 0)
    .reduce<string | null>((min, m) => (min === null || m.dueDate < min ? m.dueDate : min), null);
  return earliestLate === null ? 0 : diffDays(today, earliestLate);
}

function validate(input: ScheduleInput): void {
  assertIsoDate(input.today);
  assertIsoDate(input.startDate);
  if (input.dueDate !== null) {
    assertIsoDate(input.dueDate);
    if (compareDates(input.dueDate, input.startDate) < 0) {
      throw new RangeError(`Due date ${input.dueDate} is before start date ${input.startDate}`);
    }
  }
  const missingReportDueDate = input.missingReportDueDate ?? null;
  if (missingReportDueDate !== null) assertIsoDate(missingReportDueDate);
  for (const m of input.milestones) {
    assertIsoDate(m.dueDate);
    if (m.doneDate !== null) assertIsoDate(m.doneDate);
    if (!Number.isFinite(m.weight) || m.weight < 0)
      throw new RangeError(`Invalid milestone weight: ${m.weight}`);
  }
  const progress = input.approved?.progress;
  if (progress !== undefined && !(Number.isFinite(progress) && progress >= 0 && progress <= 100)) {
    throw new RangeError(`Invalid progress: ${progress}`);
  }
}
