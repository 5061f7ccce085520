// Keeps the chart's place while its code loads, so the layout does not jump.
export const ChartFallback = ({ height }: { height: number }) => (
  <div className="dash-skeleton__block" style={{ height }} aria-hidden="true" />
);
