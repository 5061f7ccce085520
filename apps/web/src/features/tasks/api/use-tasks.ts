import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { TaskFilters } from '../utils/task-filters';
import { taskDetailQueryOptions, taskListQueryOptions } from './tasks.api';

export const useTaskList = (filters: TaskFilters) => useInfiniteQuery(taskListQueryOptions(filters));

export const useTask = (id: string) => useQuery(taskDetailQueryOptions(id));
