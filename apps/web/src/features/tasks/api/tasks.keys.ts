import { compactFilters, type TaskFilters } from '../utils/task-filters';

export const tasksKeys = {
  all: ['tasks'] as const,
  lists: () => [...tasksKeys.all, 'list'] as const,
  list: (filters: TaskFilters) => [...tasksKeys.lists(), compactFilters(filters)] as const,
  details: () => [...tasksKeys.all, 'detail'] as const,
  detail: (id: string) => [...tasksKeys.details(), id] as const,
  reports: (id: string) => [...tasksKeys.all, 'reports', id] as const,
  // The people a task can be given to, per lead unit (the form's 责任人 choices).
  people: (unitId: string) => [...tasksKeys.all, 'people', unitId] as const,
};
