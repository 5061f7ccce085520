import {
  Bar,
  CartesianGrid,
  LabelList,
  BarChart as RechartsBarChart,
  XAxis,
  YAxis,
  type LabelProps,
} from 'recharts';
import { readableTextColor } from './chart-colors';
import { ChartDataTable } from './ChartDataTable';
import { ChartNoData } from './ChartNoData';
import { textWidth, wrapText } from './text-wrap';
import './charts.css';

export type ChartValueChange<T> = { datum: T; category: string; value: number };

export type BarChartProps<T extends object> = {
  data: T[];
  // The field naming each bar (shown on the category axis).
  index: keyof T & string;
  categories: (keyof T & string)[];
  // One colour per category, in the same order.
  colors: string[];
  categoryLabels?: Partial<Record<string, string>>;
  valueFormatter?: (value: number) => string;
  onValueChange?: (event: ChartValueChange<T>) => void;
  // 'vertical' lays the bars out horizontally, one row per datum (tremor's naming).
  layout?: 'horizontal' | 'vertical';
  stack?: boolean;
  // Values written on the bars: inside each segment when stacked, at the bar's end otherwise.
  showValueLabels?: boolean;
  yAxisWidth?: number;
  height: number;
  // Caps bar thickness, so a chart with one or two bars does not draw slabs.
  maxBarSize?: number;
  noDataText: string;
  // Names the chart for assistive tech; caption of its data table.
  label: string;
  indexHeader: string;
  'data-testid'?: string;
};

type Box = { x: number; y: number; width: number; height: number };

const MIN_SEGMENT_FOR_LABEL = 22;
const CATEGORY_FONT_SIZE = 13;

const toBox = (viewBox: LabelProps['viewBox']): Box | null => {
  const box = viewBox as Partial<Box> | undefined;
  if (!box || [box.x, box.y, box.width, box.height].some((v) => typeof v !== 'number')) return null;
  return box as Box;
};

const asNumber = (value: unknown): number => (typeof value === 'number' ? value : Number(value) || 0);

export const BarChart = <T extends object>({
  data,
  index,
  categories,
  colors,
  categoryLabels = {},
  valueFormatter = String,
  onValueChange,
  layout = 'horizontal',
  stack = false,
  showValueLabels = false,
  yAxisWidth = 56,
  height,
  maxBarSize,
  noDataText,
  label,
  indexHeader,
  'data-testid': testId,
}: BarChartProps<T>) => {
  if (data.length === 0) {
    return (
      <div className="chart" data-testid={testId}>
        <ChartNoData text={noDataText} height={height} />
      </div>
    );
  }
  const vertical = layout === 'vertical';

  // Stacked segments carry their value inside when there is room; single bars at their end.
  const segmentLabel = (textColor: string) => (props: LabelProps) => {
    const box = toBox(props.viewBox);
    const value = asNumber(props.value);
    if (!box || (stack && value === 0)) return null;
    const length = vertical ? box.width : box.height;
    if (stack && length < MIN_SEGMENT_FOR_LABEL) return null;
    const inside = stack;
    const x = vertical ? (inside ? box.x + box.width / 2 : box.x + box.width + 6) : box.x + box.width / 2;
    const y = vertical ? box.y + box.height / 2 : inside ? box.y + box.height / 2 : box.y - 6;
    return (
      <text
        x={x}
        y={y}
        fill={inside ? textColor : 'var(--color-text)'}
        fontSize={12}
        textAnchor={vertical && !inside ? 'start' : 'middle'}
        dominantBaseline="central"
        // Clicks on a label belong to its bar.
        pointerEvents="none"
      >
        {valueFormatter(value)}
      </text>
    );
  };

  // Long category names (English measure names) wrap onto two lines instead of running off.
  // Text without spaces (Chinese) may break between any two characters.
  const categoryTick = (props: {
    x?: number | string;
    y?: number | string;
    payload?: { value?: unknown };
  }) => {
    const lines = wrapText(String(props.payload?.value ?? ''), yAxisWidth - 12, 2, (text) =>
      textWidth(text, CATEGORY_FONT_SIZE),
    );
    const x = Number(props.x);
    return (
      <text
        className="recharts-text recharts-cartesian-axis-tick-value"
        x={x}
        y={Number(props.y)}
        textAnchor="end"
        fontSize={CATEGORY_FONT_SIZE}
        fill="var(--color-text)"
      >
        {lines.map((line, i) => (
          // Centred on the tick, as recharts' <Text verticalAnchor="middle"> (cap height 0.71em).
          <tspan key={i} x={x} dy={i === 0 ? `${0.355 - (lines.length - 1) / 2}em` : '1em'}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };

  const categoryAxis = {
    dataKey: index as string,
    type: 'category' as const,
    tickLine: false,
    interval: 0 as const,
  };
  const valueAxis = {
    type: 'number' as const,
    allowDecimals: false,
    // Every tick of the few (five) recharts picks: there is room, and it saves measuring each label.
    interval: 0 as const,
    tickFormatter: (value: number) => valueFormatter(value),
    tickLine: false,
    axisLine: false,
  };

  return (
    <figure className="chart" data-testid={testId}>
      <div className="chart__plot" aria-hidden="true" style={{ height }}>
        <RechartsBarChart
          data={data as unknown as Record<string, unknown>[]}
          layout={layout}
          responsive
          style={{ width: '100%', height: '100%' }}
          margin={{ top: 4, right: stack ? 8 : 48, bottom: 0, left: 0 }}
          barCategoryGap="22%"
          maxBarSize={maxBarSize}
          accessibilityLayer={false}
        >
          <CartesianGrid
            stroke="var(--color-border)"
            strokeDasharray="3 3"
            horizontal={!vertical}
            vertical={vertical}
          />
          {vertical ? (
            <>
              <XAxis {...valueAxis} />
              <YAxis {...categoryAxis} width={yAxisWidth} tick={categoryTick} />
            </>
          ) : (
            <>
              <XAxis {...categoryAxis} tick={{ fontSize: 12, fill: 'var(--color-text)' }} />
              <YAxis {...valueAxis} width={yAxisWidth} />
            </>
          )}
          {categories.map((category, i) => {
            const color = colors[i % colors.length]!;
            return (
              <Bar
                key={category}
                dataKey={category as string}
                name={categoryLabels[category] ?? category}
                fill={color}
                stackId={stack ? 'stack' : undefined}
                // A zero still shows as a sliver with its label, unless it is a segment of a stack.
                minPointSize={stack ? 0 : 2}
                isAnimationActive={false}
                cursor={onValueChange ? 'pointer' : undefined}
                onClick={
                  onValueChange
                    ? (item) => {
                        const datum = item.payload as T;
                        onValueChange({ datum, category, value: asNumber(datum[category]) });
                      }
                    : undefined
                }
              >
                {showValueLabels ? (
                  <LabelList dataKey={category as string} content={segmentLabel(readableTextColor(color))} />
                ) : null}
              </Bar>
            );
          })}
        </RechartsBarChart>
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
