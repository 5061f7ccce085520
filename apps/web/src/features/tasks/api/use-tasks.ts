import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { TaskFilters } from '../utils/task-filters';
import {
  archiveTask,
  completeMilestone,
  createMilestone,
  createTask,
  deleteMilestone,
  peopleQueryOptions,
  restoreTask,
  taskDetailQueryOptions,
  taskListQueryOptions,
  taskReportsQueryOptions,
  updateMilestone,
  updateTask,
} from './tasks.api';
import { tasksKeys } from './tasks.keys';
import type {
  MilestonePatchBody,
  MilestoneWriteBody,
  TaskDetail,
  TaskPatchBody,
  TaskWriteBody,
} from './types';

// A new sort or filter keeps the old rows on screen (marked busy) instead of flashing a spinner.
export const useTaskList = (filters: TaskFilters) =>
  useInfiniteQuery({ ...taskListQueryOptions(filters), placeholderData: keepPreviousData });

export const useTask = (id: string, enabled = true) => useQuery({ ...taskDetailQueryOptions(id), enabled });

export const useTaskReports = (id: string) => useQuery(taskReportsQueryOptions(id));

export const usePeople = (unitId: string) => useQuery(peopleQueryOptions(unitId));

// Every task write answers with the task as it now is: cache it, and let the lists refetch.
const useTaskWritten = () => {
  const queryClient = useQueryClient();
  return (task: TaskDetail) => {
    queryClient.setQueryData(tasksKeys.detail(task.id), task);
    void queryClient.invalidateQueries({ queryKey: tasksKeys.lists() });
  };
};

export const useCreateTask = () => {
  const written = useTaskWritten();
  return useMutation({ mutationFn: (body: TaskWriteBody) => createTask(body), onSuccess: written });
};

export const useUpdateTask = (id: string) => {
  const written = useTaskWritten();
  return useMutation({ mutationFn: (body: TaskPatchBody) => updateTask(id, body), onSuccess: written });
};

export const useArchiveTask = (id: string) => {
  const written = useTaskWritten();
  return useMutation({ mutationFn: (version: number) => archiveTask(id, version), onSuccess: written });
};

export const useRestoreTask = (id: string) => {
  const written = useTaskWritten();
  return useMutation({ mutationFn: (version: number) => restoreTask(id, version), onSuccess: written });
};

// A milestone write changes the task's schedule status: refetch the task and the lists, also after a
// conflict, so the user sees the milestone as it now is.
const useMilestoneWritten = (taskId: string) => {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: tasksKeys.detail(taskId) }),
      queryClient.invalidateQueries({ queryKey: tasksKeys.lists() }),
    ]);
};

export const useCreateMilestone = (taskId: string) => {
  const written = useMilestoneWritten(taskId);
  return useMutation({
    mutationFn: (body: MilestoneWriteBody) => createMilestone(taskId, body),
    onSettled: written,
  });
};

export const useUpdateMilestone = (taskId: string) => {
  const written = useMilestoneWritten(taskId);
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: MilestonePatchBody }) => updateMilestone(taskId, id, body),
    onSettled: written,
  });
};

export const useCompleteMilestone = (taskId: string) => {
  const written = useMilestoneWritten(taskId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => completeMilestone(taskId, id, version),
    onSettled: written,
  });
};

export const useDeleteMilestone = (taskId: string) => {
  const written = useMilestoneWritten(taskId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => deleteMilestone(taskId, id, version),
    onSettled: written,
  });
};
