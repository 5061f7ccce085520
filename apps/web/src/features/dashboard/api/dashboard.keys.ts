import { compactFilters, type TaskFilters } from '../../tasks/utils/task-filters';

export const dashboardKeys = {
  all: ['dashboard'] as const,
  summaries: () => [...dashboardKeys.all, 'summary'] as const,
  summary: (filters: TaskFilters) => [...dashboardKeys.summaries(), compactFilters(filters)] as const,
};
