import { toSummaryQuery, type DashboardFilters } from '../utils/dashboard-filters';

// Keyed by the exact API query, so equal filters share one cache entry whatever their URL order.
export const dashboardKeys = {
  all: ['dashboard'] as const,
  summaries: () => [...dashboardKeys.all, 'summary'] as const,
  summary: (filters: DashboardFilters) => [...dashboardKeys.summaries(), toSummaryQuery(filters)] as const,
};
