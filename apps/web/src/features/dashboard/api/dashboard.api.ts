import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { compactFilters, type TaskFilters } from '../../tasks/utils/task-filters';
import { dashboardKeys } from './dashboard.keys';
import type { DashboardSummary } from './types';

export const fetchDashboardSummary = (filters: TaskFilters, signal?: AbortSignal) =>
  apiRequest<DashboardSummary>('/dashboard/summary', { query: compactFilters(filters), signal });

export const dashboardSummaryQueryOptions = (filters: TaskFilters) =>
  queryOptions({
    queryKey: dashboardKeys.summary(filters),
    queryFn: ({ signal }) => fetchDashboardSummary(filters, signal),
  });
