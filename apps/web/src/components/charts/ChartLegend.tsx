type ChartLegendProps = {
  items: { key: string; label: string; color: string; dashed?: boolean }[];
  label?: string;
};

// A text legend: each colour is named, so the chart never relies on colour alone.
export const ChartLegend = ({ items, label }: ChartLegendProps) => (
  <ul className="chart-legend" aria-label={label}>
    {items.map((item) => (
      <li key={item.key} className="chart-legend__item">
        <span
          className={
            item.dashed ? 'chart-legend__swatch chart-legend__swatch--dashed' : 'chart-legend__swatch'
          }
          style={item.dashed ? { borderColor: item.color } : { background: item.color }}
          aria-hidden="true"
        />
        {item.label}
      </li>
    ))}
  </ul>
);
