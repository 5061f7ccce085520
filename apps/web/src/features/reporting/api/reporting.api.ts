import type {
  AttachmentView,
  MyTasksResponse,
  ProgressReportView,
  RemindResponse,
  ReviewQueueItem,
  SubmissionMatrix,
  TaskDetail,
} from '@plan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { MatrixFilters } from '../utils/matrix';
import type { ReportBody } from '../utils/report-values';
import { reportingKeys } from './reporting.keys';

const id = (value: string) => encodeURIComponent(value);

export const fetchMyTasks = (period: string | null, signal?: AbortSignal) =>
  apiRequest<MyTasksResponse>('/reporting/my-tasks', { query: { period }, signal });

export const fetchReviewQueue = (signal?: AbortSignal) =>
  apiRequest<ReviewQueueItem[]>('/reporting/review-queue', { signal });

export const fetchMatrix = (filters: MatrixFilters, signal?: AbortSignal) =>
  apiRequest<SubmissionMatrix>('/reporting/matrix', {
    query: { periods: filters.periods, region: filters.region, measure: filters.measure },
    signal,
  });

export const sendReminders = (body: { period: string; unitIds?: string[] }) =>
  apiRequest<RemindResponse>('/reporting/remind', { method: 'POST', body });

export const fetchReportTask = (taskId: string, signal?: AbortSignal) =>
  apiRequest<TaskDetail>(`/tasks/${id(taskId)}`, { signal });

export const fetchTaskReports = (taskId: string, signal?: AbortSignal) =>
  apiRequest<ProgressReportView[]>(`/tasks/${id(taskId)}/reports`, { signal });

export const fetchReport = (reportId: string, signal?: AbortSignal) =>
  apiRequest<ProgressReportView>(`/reports/${id(reportId)}`, { signal });

export const createReport = (taskId: string, body: ReportBody & { period: string; submit?: boolean }) =>
  apiRequest<ProgressReportView>(`/tasks/${id(taskId)}/reports`, { method: 'POST', body });

export const updateReport = (reportId: string, body: ReportBody & { version: number }) =>
  apiRequest<ProgressReportView>(`/reports/${id(reportId)}`, { method: 'PATCH', body });

export const submitReport = (reportId: string, version: number) =>
  apiRequest<ProgressReportView>(`/reports/${id(reportId)}/submit`, {
    method: 'POST',
    body: { version },
  });

export const approveReport = (reportId: string, version: number, comment?: string) =>
  apiRequest<ProgressReportView>(`/reports/${id(reportId)}/approve`, {
    method: 'POST',
    body: comment ? { version, comment } : { version },
  });

export const returnReport = (reportId: string, version: number, comment: string) =>
  apiRequest<ProgressReportView>(`/reports/${id(reportId)}/return`, {
    method: 'POST',
    body: { version, comment },
  });

export const uploadAttachment = (reportId: string, file: File, signal?: AbortSignal) => {
  const form = new FormData();
  form.append('file', file, file.name);
  return apiRequest<AttachmentView>(`/reports/${id(reportId)}/attachments`, {
    method: 'POST',
    form,
    signal,
  });
};

export const deleteAttachment = (attachmentId: string) =>
  apiRequest<void>(`/attachments/${id(attachmentId)}`, { method: 'DELETE' });

export const attachmentHref = (attachmentId: string): string => `/api/attachments/${id(attachmentId)}`;

export const myTasksQueryOptions = (period: string | null) =>
  queryOptions({
    queryKey: reportingKeys.myTasks(period),
    queryFn: ({ signal }) => fetchMyTasks(period, signal),
  });

export const reviewQueueQueryOptions = () =>
  queryOptions({
    queryKey: reportingKeys.reviewQueue(),
    queryFn: ({ signal }) => fetchReviewQueue(signal),
  });

export const matrixQueryOptions = (filters: MatrixFilters) =>
  queryOptions({
    queryKey: reportingKeys.matrix(filters),
    queryFn: ({ signal }) => fetchMatrix(filters, signal),
  });

export const reportTaskQueryOptions = (taskId: string) =>
  queryOptions({
    queryKey: reportingKeys.task(taskId),
    queryFn: ({ signal }) => fetchReportTask(taskId, signal),
  });

// Always fresh: the form must start from what the server holds now, not from a cached minute ago.
export const taskReportsQueryOptions = (taskId: string) =>
  queryOptions({
    queryKey: reportingKeys.taskReports(taskId),
    queryFn: ({ signal }) => fetchTaskReports(taskId, signal),
    staleTime: 0,
    gcTime: 0,
  });
