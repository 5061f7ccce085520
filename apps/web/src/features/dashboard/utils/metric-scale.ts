import {
  readableTextColor,
  SEQUENTIAL_PALETTES,
  type SequentialPalette,
} from '../../../components/charts/chart-colors';
import type { RegionMetric } from './dashboard-filters';

export type MetricScale = {
  unit: 'percent' | 'count';
  // Lower bounds of classes 2..5; class 1 starts at 0. Fixed, so colours compare across periods.
  bounds: [number, number, number, number];
  palette: SequentialPalette;
};

export const METRIC_SCALES: Record<RegionMetric, MetricScale> = {
  behindShare: { unit: 'percent', bounds: [10, 25, 40, 60], palette: 'red' },
  averageProgress: { unit: 'percent', bounds: [20, 40, 60, 80], palette: 'blue' },
  reportsMissing: { unit: 'count', bounds: [1, 2, 4, 8], palette: 'orange' },
};

export type Shade = { classIndex: number; fill: string; textColor: string };

export const shadeOf = (value: number, scale: MetricScale): Shade => {
  const classIndex = scale.bounds.filter((bound) => value >= bound).length;
  const fill = SEQUENTIAL_PALETTES[scale.palette][classIndex]!;
  return { classIndex, fill, textColor: readableTextColor(fill) };
};

// How a legend class reads: "below 10%", "10%–25%", "60% and above"; counts as 0, 1, 2–3, 8 and above.
export type LegendRange =
  | { kind: 'exact'; value: number }
  | { kind: 'below'; max: number }
  | { kind: 'between'; min: number; max: number }
  | { kind: 'atLeast'; min: number };

export type LegendClass = Shade & { range: LegendRange };

export const toLegendClasses = (scale: MetricScale): LegendClass[] => {
  const edges = [0, ...scale.bounds];
  return edges.map((min, index) => {
    const next = edges[index + 1];
    const shade = shadeOf(min, scale);
    let range: LegendRange;
    if (next === undefined) range = { kind: 'atLeast', min };
    else if (scale.unit === 'count') {
      range = next - 1 === min ? { kind: 'exact', value: min } : { kind: 'between', min, max: next - 1 };
    } else range = index === 0 ? { kind: 'below', max: next } : { kind: 'between', min, max: next };
    return { ...shade, range };
  });
};
