type ChartNoDataProps = {
  text: string;
  height?: number;
};

// The empty state every chart shows instead of bare axes (tremor's NoData).
export const ChartNoData = ({ text, height }: ChartNoDataProps) => (
  <div className="chart-no-data" style={height ? { minHeight: height } : undefined}>
    <p>{text}</p>
  </div>
);
