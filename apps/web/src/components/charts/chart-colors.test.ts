import {
  contrastRatio,
  LIGHT_COLORS,
  readableTextColor,
  SEQUENTIAL_PALETTES,
  STATE_COLORS,
} from './chart-colors';

describe('chart colours', () => {
  it('uses the product light colours', () => {
    expect(LIGHT_COLORS).toEqual({ green: '#16a34a', yellow: '#ca8a04', red: '#dc2626', grey: '#6b7280' });
    expect(STATE_COLORS.behind).toBe(LIGHT_COLORS.yellow);
    expect(STATE_COLORS.overdue).toBe(LIGHT_COLORS.red);
    expect(STATE_COLORS.suspended).toBe(LIGHT_COLORS.grey);
  });

  it('gives every state its own colour', () => {
    const colours = Object.values(STATE_COLORS);
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('computes WCAG contrast', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 0);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
  });

  it('picks a text colour with at least 4.5:1 contrast on every palette class and state', () => {
    const fills = [...Object.values(SEQUENTIAL_PALETTES).flat(), ...Object.values(STATE_COLORS)];
    for (const fill of fills) {
      expect({ fill, ratio: contrastRatio(fill, readableTextColor(fill)) >= 4.5 }).toEqual({
        fill,
        ratio: true,
      });
    }
  });
});
