import { lazy } from 'react';

const loadCharts = () => import('./DashboardCharts');

// Started when the page mounts, so recharts downloads while the summary request is in flight.
export const preloadDashboardCharts = (): void => {
  void loadCharts();
};

export const LazyMeasureStatusChart = lazy(() =>
  loadCharts().then((m) => ({ default: m.MeasureStatusChart })),
);
export const LazyRegionRankingChart = lazy(() =>
  loadCharts().then((m) => ({ default: m.RegionRankingChart })),
);
export const LazyTrendChart = lazy(() => loadCharts().then((m) => ({ default: m.TrendChart })));
