import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { MilestoneView, ProgressReportView } from '@plan/contracts';
import { apiRequest } from '../../../lib/api-client';
import { toTaskListQuery, type TaskFilters, type TaskListQuery } from '../utils/task-filters';
import { tasksKeys } from './tasks.keys';
import type {
  MilestonePatchBody,
  MilestoneWriteBody,
  Person,
  TaskDetail,
  TaskListResponse,
  TaskPatchBody,
  TaskWriteBody,
} from './types';

// One page of the list; "load more" fetches the next by cursor, so 100k tasks never load at once.
export const TASK_PAGE_SIZE = 50;

const taskPath = (id: string) => `/tasks/${encodeURIComponent(id)}`;
const milestonePath = (taskId: string, id?: string) =>
  `${taskPath(taskId)}/milestones${id ? `/${encodeURIComponent(id)}` : ''}`;

export const fetchTasks = (query: TaskListQuery, signal?: AbortSignal) =>
  apiRequest<TaskListResponse>('/tasks', { query, signal });

export const fetchTask = (id: string, signal?: AbortSignal) =>
  apiRequest<TaskDetail>(taskPath(id), { signal });

export const fetchTaskReports = (id: string, signal?: AbortSignal) =>
  apiRequest<ProgressReportView[]>(`${taskPath(id)}/reports`, { signal });

export const fetchPeople = (unitId: string, signal?: AbortSignal) =>
  apiRequest<Person[]>('/people', { query: { unit: unitId }, signal });

export const createTask = (body: TaskWriteBody) => apiRequest<TaskDetail>('/tasks', { method: 'POST', body });

export const updateTask = (id: string, body: TaskPatchBody) =>
  apiRequest<TaskDetail>(taskPath(id), { method: 'PATCH', body });

export const archiveTask = (id: string, version: number) =>
  apiRequest<TaskDetail>(taskPath(id), { method: 'DELETE', query: { version } });

export const restoreTask = (id: string, version: number) =>
  apiRequest<TaskDetail>(`${taskPath(id)}/restore`, { method: 'POST', body: { version } });

export const createMilestone = (taskId: string, body: MilestoneWriteBody) =>
  apiRequest<MilestoneView>(milestonePath(taskId), { method: 'POST', body });

export const updateMilestone = (taskId: string, id: string, body: MilestonePatchBody) =>
  apiRequest<MilestoneView>(milestonePath(taskId, id), { method: 'PATCH', body });

export const completeMilestone = (taskId: string, id: string, version: number) =>
  apiRequest<MilestoneView>(`${milestonePath(taskId, id)}/complete`, { method: 'POST', body: { version } });

export const deleteMilestone = (taskId: string, id: string, version: number) =>
  apiRequest<void>(milestonePath(taskId, id), { method: 'DELETE', query: { version } });

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

export const taskReportsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: tasksKeys.reports(id),
    queryFn: ({ signal }) => fetchTaskReports(id, signal),
  });

export const peopleQueryOptions = (unitId: string) =>
  queryOptions({
    queryKey: tasksKeys.people(unitId),
    queryFn: ({ signal }) => fetchPeople(unitId, signal),
    staleTime: 10 * 60_000,
    enabled: Boolean(unitId),
  });
