import type { Light, ScheduleState } from '@plan/contracts';

// The one colour map for schedule states and lights: every chart, card and legend reads it, so a
// state has the same colour everywhere. Green-light states share the green family but differ in hue.
export const STATE_COLORS: Record<ScheduleState, string> = {
  completed: '#1d4ed8',
  ahead: '#0f766e',
  on_track: '#16a34a',
  not_started: '#cbd5e1',
  behind: '#ca8a04',
  overdue: '#dc2626',
  suspended: '#6b7280',
};

export const LIGHT_COLORS: Record<Light, string> = {
  green: '#16a34a',
  yellow: '#ca8a04',
  red: '#dc2626',
  grey: '#6b7280',
};

// Series that are not states: the trend lines.
export const SERIES_COLORS = {
  expected: '#64748b',
  actual: '#1d4e89',
  completedRate: '#15803d',
  ranking: '#1d4e89',
} as const;

// Five classes, light to dark, for tile maps and heat maps (worse = darker).
export const SEQUENTIAL_PALETTES = {
  red: ['#fde4e1', '#f8b4ac', '#ef7f73', '#c9362c', '#8c1c16'],
  blue: ['#e0ecfa', '#b0cdef', '#6fa2dd', '#2f6cb8', '#173f73'],
  orange: ['#fdebd3', '#f9c48b', '#f0924a', '#b8541a', '#7a3410'],
} as const;
export type SequentialPalette = keyof typeof SEQUENTIAL_PALETTES;

const channel = (hex: string, offset: number): number => {
  const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
  return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
};

// WCAG relative luminance of a #rrggbb colour.
export const luminance = (hex: string): number =>
  0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);

export const contrastRatio = (a: string, b: string): number => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

const DARK_TEXT = '#1c2733';
const LIGHT_TEXT = '#ffffff';

// Text drawn on a coloured fill: whichever of dark or white reads better.
export const readableTextColor = (background: string): string =>
  contrastRatio(background, DARK_TEXT) >= contrastRatio(background, LIGHT_TEXT) ? DARK_TEXT : LIGHT_TEXT;
