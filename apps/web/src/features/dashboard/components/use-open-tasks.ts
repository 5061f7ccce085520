import { useCallback, useLayoutEffect, useRef } from 'react';
import { useNavigate } from 'react-router-dom';
import { toTaskListHref, type DashboardFilters, type DrillDown } from '../utils/dashboard-filters';

// Opens the task list behind a chart element, under the filters current when it is clicked. The
// function stays the same when only the filters change, so a memoised chart is not redrawn for a
// filter change before the new figures (and with them its new rows) have arrived.
export const useOpenTasks = (filters: DashboardFilters): ((drill: DrillDown) => void) => {
  const navigate = useNavigate();
  const current = useRef(filters);
  useLayoutEffect(() => {
    current.current = filters;
  }, [filters]);
  return useCallback((drill: DrillDown) => void navigate(toTaskListHref(current.current, drill)), [navigate]);
};
