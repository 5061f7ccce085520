import { useCallback, useState } from 'react';
import {
  CartesianGrid,
  LabelList,
  Line,
  LineChart as RechartsLineChart,
  XAxis,
  YAxis,
  type LabelProps,
} from 'recharts';
import { ChartDataTable } from './ChartDataTable';
import { ChartNoData } from './ChartNoData';
import { endLabelOffsets } from './end-label-offsets';
import { textWidth } from './text-wrap';
import './charts.css';

export type LineChartProps<T extends object> = {
  data: T[];
  index: keyof T & string;
  categories: (keyof T & string)[];
  colors: string[];
  categoryLabels?: Partial<Record<string, string>>;
  valueFormatter?: (value: number) => string;
  // Short labels for the index axis (the data table keeps the full index value).
  indexTickField?: keyof T & string;
  dashedCategories?: string[];
  // Writes the last value of each line at its end, for a reader across the room.
  showLastValues?: boolean;
  minValue?: number;
  maxValue?: number;
  yAxisWidth?: number;
  height: number;
  noDataText: string;
  label: string;
  indexHeader: string;
  'data-testid'?: string;
};

const asNumber = (value: unknown): number => (typeof value === 'number' ? value : Number(value) || 0);

const MARGIN_TOP = 8;
const X_AXIS_HEIGHT = 30;
const TICK_FONT_SIZE = 12;
const MIN_TICK_GAP = 8;

// The plot's width, read when it mounts (recharts reads it then too) and kept up to date.
const useWidth = (): [number, (element: HTMLElement | null) => (() => void) | void] => {
  const [width, setWidth] = useState(0);
  const measure = useCallback((element: HTMLElement | null) => {
    if (!element || typeof ResizeObserver !== 'function') return;
    setWidth(element.getBoundingClientRect().width);
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [width, measure];
};

export const LineChart = <T extends object>({
  data,
  index,
  categories,
  colors,
  categoryLabels = {},
  valueFormatter = String,
  indexTickField,
  dashedCategories = [],
  showLastValues = false,
  minValue,
  maxValue,
  yAxisWidth = 48,
  height,
  noDataText,
  label,
  indexHeader,
  'data-testid': testId,
}: LineChartProps<T>) => {
  const [plotWidth, measurePlot] = useWidth();
  if (data.length === 0) {
    return (
      <div className="chart" data-testid={testId}>
        <ChartNoData text={noDataText} height={height} />
      </div>
    );
  }
  const last = data.length - 1;
  // Every step-th index label, counted back from the latest, as many as fit: worked out here from
  // the labels' widths (a canvas measures them) instead of by recharts, which measures each label with
  // a DOM span and a forced layout.
  const tickText = (row: T) => String(row[indexTickField ?? index] ?? '');
  const axisLength = plotWidth - yAxisWidth - (showLastValues ? 52 : 12);
  const widest = Math.max(...data.map((row) => textWidth(tickText(row), TICK_FONT_SIZE)));
  const step =
    plotWidth > 0 && last > 0
      ? Math.max(1, Math.ceil((widest + MIN_TICK_GAP) / (Math.max(1, axisLength) / last)))
      : 1;
  const span = minValue !== undefined && maxValue !== undefined ? maxValue - minValue : 0;
  const offsets = endLabelOffsets(
    categories.map((category) => [category, asNumber(data[last]![category])]),
    span > 0 ? (height - MARGIN_TOP - X_AXIS_HEIGHT) / span : 0,
  );
  const endLabel = (category: string, color: string) => (props: LabelProps) =>
    props.index === last && typeof props.x === 'number' && typeof props.y === 'number' ? (
      <text
        x={props.x + 8}
        y={props.y + (offsets[category] ?? 0)}
        fill={color}
        fontSize={12}
        fontWeight={600}
        dominantBaseline="central"
        pointerEvents="none"
      >
        {valueFormatter(asNumber(props.value))}
      </text>
    ) : null;

  return (
    <figure className="chart" data-testid={testId}>
      <div className="chart__plot" aria-hidden="true" style={{ height }} ref={measurePlot}>
        <RechartsLineChart
          data={data as unknown as Record<string, unknown>[]}
          responsive
          style={{ width: '100%', height: '100%' }}
          margin={{ top: MARGIN_TOP, right: showLastValues ? 52 : 12, bottom: 0, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="var(--color-border)" strokeDasharray="3 3" vertical={false} />
          <XAxis
            height={X_AXIS_HEIGHT}
            dataKey={(indexTickField ?? index) as string}
            tickLine={false}
            tick={{ fontSize: TICK_FONT_SIZE, fill: 'var(--color-text)' }}
            interval={0}
            tickFormatter={(value: unknown, i: number) => ((last - i) % step === 0 ? String(value) : '')}
          />
          <YAxis
            width={yAxisWidth}
            domain={[minValue ?? 'auto', maxValue ?? 'auto']}
            // Every one of its five ticks: there is room, and it saves measuring each label.
            interval={0}
            tickFormatter={(value: number) => valueFormatter(value)}
            tickLine={false}
            axisLine={false}
            tick={{ fontSize: 12, fill: 'var(--color-text-muted)' }}
          />
          {categories.map((category, i) => {
            const color = colors[i % colors.length]!;
            return (
              <Line
                key={category}
                dataKey={category as string}
                name={categoryLabels[category] ?? category}
                stroke={color}
                strokeWidth={2.5}
                strokeDasharray={dashedCategories.includes(category) ? '6 4' : undefined}
                dot={{ r: 3, fill: color, strokeWidth: 0 }}
                isAnimationActive={false}
              >
                {showLastValues ? (
                  <LabelList dataKey={category as string} content={endLabel(category, color)} />
                ) : null}
              </Line>
            );
          })}
        </RechartsLineChart>
      </div>
      <figcaption className="visually-hidden">{label}</figcaption>
      <ChartDataTable
        caption={label}
        data={data}
        index={index}
        indexHeader={indexHeader}
        categories={categories}
        categoryLabels={categoryLabels}
        valueFormatter={valueFormatter}
        visuallyHidden
      />
    </figure>
  );
};
