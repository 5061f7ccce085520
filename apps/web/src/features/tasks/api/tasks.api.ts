import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { toTaskListQuery, type TaskFilters, type TaskListQuery } from '../utils/task-filters';
import { tasksKeys } from './tasks.keys';
import type { TaskDetail, TaskListResponse } from './types';

export const TASK_PAGE_SIZE = 50;

export const fetchTasks = (query: TaskListQuery, signal?: AbortSignal) =>
  apiRequest<TaskListResponse>('/tasks', { query, signal });

export const fetchTask = (id: string, signal?: AbortSignal) =>
  apiRequest<TaskDetail>(`/tasks/${encodeURIComponent(id)}`, { signal });

export const taskListQueryOptions = (filters: TaskFilters) =>
  infiniteQueryOptions({
    queryKey: tasksKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      fetchTasks(toTaskListQuery(filters, pageParam ?? undefined, TASK_PAGE_SIZE), signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });

export const taskDetailQueryOptions = (id: string) =>
  queryOptions({
    queryKey: tasksKeys.detail(id),
    queryFn: ({ signal }) => fetchTask(id, signal),
  });
