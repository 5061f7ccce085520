import { useQuery } from '@tanstack/react-query';
import { EMPTY_FILTERS, type DashboardFilters } from '../utils/dashboard-filters';
import { dashboardSummaryQueryOptions } from './dashboard.api';

export const useDashboardSummary = (filters: DashboardFilters = EMPTY_FILTERS) =>
  useQuery(dashboardSummaryQueryOptions(filters));
