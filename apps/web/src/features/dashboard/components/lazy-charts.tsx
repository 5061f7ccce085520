import {
  memo,
  Suspense,
  use,
  useEffect,
  useRef,
  useState,
  type ComponentProps,
  type ComponentType,
  type RefObject,
} from 'react';
import { ChartFallback } from './ChartFallback';
import { measureChartHeight, rankingChartHeight, TREND_CHART_HEIGHT } from './chart-heights';
import type * as Charts from './DashboardCharts';
import { showAllNow, useInTurn } from './in-turn';

// The dashboard's recharts charts load lazily (recharts stays out of every other page) and are drawn
// after the figures, in turn with the other parts that can wait (in-turn.ts): drawing one takes
// recharts a long task (its store settles through several synchronous renders). A chart in view goes
// ahead of the panels below the fold; a chart below the fold is drawn when it is scrolled into view
// (or the page is printed). Each keeps its place with a block of its height meanwhile.

type ChartsModule = typeof Charts;

let charts: Promise<ChartsModule> | undefined;

// A promise that tells React's use() synchronously once it has settled, so a chart whose code is
// there renders at once instead of suspending for a microtask.
const loadCharts = (): Promise<ChartsModule> => {
  if (!charts) {
    const loading = import('./DashboardCharts');
    Object.assign(loading, { status: 'pending' });
    loading.then(
      (value) => Object.assign(loading, { status: 'fulfilled', value }),
      (reason: unknown) => Object.assign(loading, { status: 'rejected', reason }),
    );
    charts = loading;
  }
  return charts;
};

// Started when the page mounts, so recharts downloads while the summary request is in flight.
export const preloadDashboardCharts = (): void => {
  void loadCharts();
};

// Calls `then` once `element` is scrolled into view, or the page is printed.
const whenInView = (element: HTMLElement, then: () => void): (() => void) => {
  if (typeof IntersectionObserver !== 'function') {
    then();
    return () => undefined;
  }
  const inView = () => {
    stop();
    then();
  };
  const printing = () => {
    inView();
    showAllNow();
  };
  const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && inView());
  const stop = () => {
    observer.disconnect();
    window.removeEventListener('beforeprint', printing);
  };
  observer.observe(element);
  window.addEventListener('beforeprint', printing);
  return stop;
};

// Ready to be drawn: its code is there (a failed download too, for the error boundary to report),
// and, below the fold, it has been scrolled into view.
const useReady = (place: RefObject<HTMLDivElement | null>, belowTheFold: boolean): boolean => {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let mounted = true;
    let stop: (() => void) | undefined;
    const whenLoaded = () => {
      if (!mounted) return;
      if (belowTheFold && place.current) stop = whenInView(place.current, () => setReady(true));
      else setReady(true);
    };
    loadCharts().then(whenLoaded, whenLoaded);
    return () => {
      mounted = false;
      stop?.();
    };
  }, [place, belowTheFold]);
  return ready;
};

const deferredChart = <P extends object>(
  pick: (module: ChartsModule) => ComponentType<P>,
  height: (props: P) => number,
  { belowTheFold = false } = {},
) =>
  memo(function DeferredChart(props: P) {
    const place = useRef<HTMLDivElement>(null);
    const drawn = useInTurn(useReady(place, belowTheFold), { first: !belowTheFold });
    const placeholder = <ChartFallback ref={place} height={height(props)} />;
    if (!drawn) return placeholder;
    return (
      <Suspense fallback={placeholder}>
        <Chart pick={pick} props={props} />
      </Suspense>
    );
  });

const Chart = <P extends object>({
  pick,
  props,
}: {
  pick: (module: ChartsModule) => ComponentType<P>;
  props: P;
}) => {
  const Component = pick(use(loadCharts()));
  return <Component {...props} />;
};

export const LazyMeasureStatusChart = deferredChart(
  (m) => m.MeasureStatusChart,
  (props: ComponentProps<ChartsModule['MeasureStatusChart']>) => measureChartHeight(props.rows.length),
);
export const LazyRegionRankingChart = deferredChart(
  (m) => m.RegionRankingChart,
  (props: ComponentProps<ChartsModule['RegionRankingChart']>) => rankingChartHeight(props.rows.length),
  { belowTheFold: true },
);
export const LazyTrendChart = deferredChart(
  (m) => m.TrendChart,
  () => TREND_CHART_HEIGHT,
);
