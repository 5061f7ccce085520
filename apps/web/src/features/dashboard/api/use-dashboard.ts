import { useQuery } from '@tanstack/react-query';
import type { TaskFilters } from '../../tasks/utils/task-filters';
import { dashboardSummaryQueryOptions } from './dashboard.api';

export const useDashboardSummary = (filters: TaskFilters = {}) =>
  useQuery(dashboardSummaryQueryOptions(filters));
