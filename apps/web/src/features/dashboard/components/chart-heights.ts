// The charts' heights, shared by the charts and the blocks that keep their place until they are drawn.

const ROW_HEIGHT = 46;
const RANKING_ROW_HEIGHT = 26;
export const AXIS_HEIGHT = 32;
export const TREND_CHART_HEIGHT = 250;

// As tall as the trend chart beside it, however few measures the filters leave.
export const measureChartHeight = (rows: number): number => Math.max(262, rows * ROW_HEIGHT + AXIS_HEIGHT);

export const rankingChartHeight = (rows: number): number =>
  Math.max(3, rows) * RANKING_ROW_HEIGHT + AXIS_HEIGHT;
