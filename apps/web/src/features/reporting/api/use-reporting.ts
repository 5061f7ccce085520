import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { dashboardKeys } from '../../dashboard/api/dashboard.keys';
import { tasksKeys } from '../../tasks/api/tasks.keys';
import type { MatrixFilters } from '../utils/matrix';
import {
  approveReport,
  matrixQueryOptions,
  myTasksQueryOptions,
  reportTaskQueryOptions,
  returnReport,
  reviewQueueQueryOptions,
  sendReminders,
  taskReportsQueryOptions,
} from './reporting.api';
import { reportingKeys } from './reporting.keys';

export const useMyTasks = (period: string | null) => useQuery(myTasksQueryOptions(period));
export const useReviewQueue = (enabled = true) => useQuery({ ...reviewQueueQueryOptions(), enabled });
export const useSubmissionMatrix = (filters: MatrixFilters) => useQuery(matrixQueryOptions(filters));
export const useReportTask = (taskId: string) => useQuery(reportTaskQueryOptions(taskId));
export const useTaskReports = (taskId: string) => useQuery(taskReportsQueryOptions(taskId));

// A reviewed or filed report moves task figures, the dashboard and every reporting list.
export const invalidateAfterReportChange = (queryClient: QueryClient, taskId?: string) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: reportingKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: tasksKeys.all }),
    queryClient.invalidateQueries({ queryKey: dashboardKeys.all }),
    taskId ? queryClient.invalidateQueries({ queryKey: reportingKeys.taskReports(taskId) }) : null,
  ]);

export const useApproveReport = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reportId, version }: { reportId: string; version: number; taskId: string }) =>
      approveReport(reportId, version),
    onSettled: (_data, _error, variables) => invalidateAfterReportChange(queryClient, variables.taskId),
  });
};

export const useReturnReport = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      reportId,
      version,
      comment,
    }: {
      reportId: string;
      version: number;
      comment: string;
      taskId: string;
    }) => returnReport(reportId, version, comment),
    onSettled: (_data, _error, variables) => invalidateAfterReportChange(queryClient, variables.taskId),
  });
};

export const useSendReminders = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendReminders,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportingKeys.lists() }),
  });
};
