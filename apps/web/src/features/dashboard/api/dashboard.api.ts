import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { toSummaryQuery, type DashboardFilters } from '../utils/dashboard-filters';
import { dashboardKeys } from './dashboard.keys';
import type { DashboardSummary } from './types';

export const fetchDashboardSummary = (filters: DashboardFilters, signal?: AbortSignal) =>
  apiRequest<DashboardSummary>('/dashboard/summary', { query: toSummaryQuery(filters), signal });

// One request feeds every panel. While new filters load, the panels keep the previous answer.
export const dashboardSummaryQueryOptions = (filters: DashboardFilters) =>
  queryOptions({
    queryKey: dashboardKeys.summary(filters),
    queryFn: ({ signal }) => fetchDashboardSummary(filters, signal),
    placeholderData: keepPreviousData,
  });
