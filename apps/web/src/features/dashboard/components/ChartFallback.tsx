import type { Ref } from 'react';

// Keeps the chart's place while its code loads, so the layout does not jump.
export const ChartFallback = ({ height, ref }: { height: number; ref?: Ref<HTMLDivElement> }) => (
  <div ref={ref} className="dash-skeleton__block" style={{ height }} aria-hidden="true" />
);
