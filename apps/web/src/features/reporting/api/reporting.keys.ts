import type { MatrixFilters } from '../utils/matrix';

export const reportingKeys = {
  all: ['reporting'] as const,
  lists: () => [...reportingKeys.all, 'list'] as const,
  myTasks: (period: string | null) => [...reportingKeys.lists(), 'my-tasks', period ?? 'collecting'] as const,
  reviewQueue: () => [...reportingKeys.lists(), 'review-queue'] as const,
  matrix: (filters: MatrixFilters) => [...reportingKeys.lists(), 'matrix', filters] as const,
  details: () => [...reportingKeys.all, 'detail'] as const,
  task: (taskId: string) => [...reportingKeys.details(), 'task', taskId] as const,
  taskReports: (taskId: string) => [...reportingKeys.details(), 'task-reports', taskId] as const,
};
