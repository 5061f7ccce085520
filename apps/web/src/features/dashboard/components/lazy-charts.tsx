import {
  memo,
  Suspense,
  use,
  useEffect,
  useRef,
  useState,
  type ComponentProps,
  type ComponentType,
} from 'react';
import { flushSync } from 'react-dom';
import { ChartFallback } from './ChartFallback';
import { measureChartHeight, rankingChartHeight, TREND_CHART_HEIGHT } from './chart-heights';
import type * as Charts from './DashboardCharts';

// The dashboard's recharts charts load lazily (recharts stays out of every other page) and are drawn
// after the figures, one chart per task: drawing one takes recharts a long task (its store settles
// through several synchronous renders), and three in one task would keep the page from answering
// clicks and keys for as long. A chart below the fold is drawn when it is scrolled near (or the page
// is printed). Each keeps its place with a block of its height meanwhile.

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

// Charts waiting to be drawn, in the order they asked (the page's order); one per task, each after
// the browser has painted since the last, and at background priority: input, and whatever React has
// to render for it (a filter just chosen), goes first.
const waiting: (() => void)[] = [];
let draining = false;

const inBackground = (next: () => void) => {
  if (typeof scheduler !== 'undefined') void scheduler.postTask(next, { priority: 'background' });
  else setTimeout(next, 0);
};

const afterPaint = (next: () => void) => requestAnimationFrame(() => inBackground(next));

const drawNext = () => {
  const draw = waiting.shift();
  if (!draw) {
    draining = false;
    return;
  }
  draw();
  afterPaint(drawNext);
};

const whenItsTurn = (draw: () => void) => {
  waiting.push(draw);
  if (draining) return;
  draining = true;
  // Once the code is there; a failed download is drawn too, for the error boundary to report.
  void loadCharts().then(
    () => afterPaint(drawNext),
    () => afterPaint(drawNext),
  );
};

// Draws every waiting chart now, if the code is there (a page about to be printed).
const drawAllNow = () => {
  if ((charts as { status?: string } | undefined)?.status !== 'fulfilled') return;
  for (let draw = waiting.shift(); draw; draw = waiting.shift()) draw();
};

// Calls `then` once `element` is scrolled into view, or the page is printed.
const whenNear = (element: HTMLElement, then: () => void): (() => void) => {
  if (typeof IntersectionObserver !== 'function') {
    then();
    return () => undefined;
  }
  const near = () => {
    stop();
    then();
  };
  const printing = () => {
    near();
    drawAllNow();
  };
  const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && near(), {
    rootMargin: '0px',
  });
  const stop = () => {
    observer.disconnect();
    window.removeEventListener('beforeprint', printing);
  };
  observer.observe(element);
  window.addEventListener('beforeprint', printing);
  return stop;
};

const deferredChart = <P extends object>(
  pick: (module: ChartsModule) => ComponentType<P>,
  height: (props: P) => number,
  { belowTheFold = false } = {},
) =>
  memo(function DeferredChart(props: P) {
    const [drawn, setDrawn] = useState(false);
    const place = useRef<HTMLDivElement>(null);
    useEffect(() => {
      let mounted = true;
      // Synchronously, so the chart's whole first render is this one task.
      const draw = () =>
        whenItsTurn(() => {
          if (mounted) flushSync(() => setDrawn(true));
        });
      const stop = belowTheFold && place.current ? whenNear(place.current, draw) : draw();
      return () => {
        mounted = false;
        stop?.();
      };
    }, []);
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
