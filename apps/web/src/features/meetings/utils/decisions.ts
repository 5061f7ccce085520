import type { TaskListItem } from '@plan/contracts';

export type DecisionRow = Pick<
  TaskListItem,
  'id' | 'code' | 'title' | 'leadUnit' | 'dueDate' | 'status' | 'sourceMeetingId' | 'archivedAt' | 'createdAt'
>;

// The meeting's decisions among the tasks at hand (the most recently changed, plus those recorded in
// this session, which win as the freshest copy), newest first, each once.
export const meetingDecisions = (
  meetingId: string,
  recent: readonly DecisionRow[],
  recorded: readonly DecisionRow[] = [],
): DecisionRow[] => {
  const byId = new Map<string, DecisionRow>();
  for (const task of [...recent, ...recorded]) {
    if (task.sourceMeetingId === meetingId) byId.set(task.id, task);
  }
  return [...byId.values()].sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || a.code.localeCompare(b.code),
  );
};
