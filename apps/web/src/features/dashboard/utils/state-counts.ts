import type { ScheduleState, StateCounts } from '@plan/contracts';

// Stacking order of the schedule states, done first and lagging last, as in every legend.
export const STATE_ORDER = [
  'completed',
  'ahead',
  'on_track',
  'not_started',
  'behind',
  'overdue',
  'suspended',
] as const satisfies readonly ScheduleState[];

// The API counts states under camelCase keys; the task list filters by the state code.
export const STATE_COUNT_KEY: Record<ScheduleState, keyof StateCounts> = {
  completed: 'completed',
  ahead: 'ahead',
  on_track: 'onTrack',
  not_started: 'notStarted',
  behind: 'behind',
  overdue: 'overdue',
  suspended: 'suspended',
};

// Percentage points with one decimal, 0 for an empty whole (as the API rounds its shares).
export const shareOf = (part: number, whole: number): number =>
  whole > 0 ? Math.round((1000 * part) / whole) / 10 : 0;
