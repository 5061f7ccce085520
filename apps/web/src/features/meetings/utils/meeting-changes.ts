import type { MeetingChanges, TaskChange } from '@plan/contracts';
import { MEETING_CHANGES_LIMIT } from '@plan/contracts';

// The sections of "changes since", in the order the briefing prints them.
export const CHANGE_SECTIONS = [
  'stateChanged',
  'lightChanged',
  'newlyCompleted',
  'newlyOverdue',
  'largestProgress',
  'newProblems',
  'newTasks',
] as const;
export type ChangeSection = (typeof CHANGE_SECTIONS)[number];

export type ChangeSectionSummary = {
  key: ChangeSection;
  rows: TaskChange[];
  // The API cut the list at its limit: there may be more.
  capped: boolean;
};

export const toChangeSections = (changes: MeetingChanges): ChangeSectionSummary[] =>
  CHANGE_SECTIONS.map((key) => ({
    key,
    rows: changes[key],
    capped: changes[key].length >= MEETING_CHANGES_LIMIT,
  }));

export const countChanges = (changes: MeetingChanges): number =>
  new Set(CHANGE_SECTIONS.flatMap((key) => changes[key].map((row) => row.taskId))).size;

export type ProgressDirection = 'up' | 'down' | 'same';

export const progressDirection = (delta: number): ProgressDirection =>
  delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';

// ▲ and ▼ are read from the words next to them; the arrow only repeats what the text says.
export const PROGRESS_ARROWS: Record<ProgressDirection, string> = { up: '▲', down: '▼', same: '—' };
