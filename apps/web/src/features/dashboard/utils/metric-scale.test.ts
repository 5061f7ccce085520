import { METRIC_SCALES, shadeOf, toLegendClasses } from './metric-scale';

describe('metric scales', () => {
  it('puts values into five fixed classes', () => {
    const scale = METRIC_SCALES.behindShare;
    expect([0, 9.9, 10, 28.6, 40, 59.9, 60, 100].map((v) => shadeOf(v, scale).classIndex)).toEqual([
      0, 0, 1, 2, 3, 3, 4, 4,
    ]);
  });

  it('pairs every fill with a readable text colour', () => {
    expect(shadeOf(0, METRIC_SCALES.behindShare).textColor).toBe('#1c2733');
    expect(shadeOf(100, METRIC_SCALES.behindShare).textColor).toBe('#ffffff');
  });

  it('describes the classes of a percentage scale', () => {
    expect(toLegendClasses(METRIC_SCALES.averageProgress).map((c) => c.range)).toEqual([
      { kind: 'below', max: 20 },
      { kind: 'between', min: 20, max: 40 },
      { kind: 'between', min: 40, max: 60 },
      { kind: 'between', min: 60, max: 80 },
      { kind: 'atLeast', min: 80 },
    ]);
  });

  it('describes the classes of a count scale in whole numbers', () => {
    expect(toLegendClasses(METRIC_SCALES.reportsMissing).map((c) => c.range)).toEqual([
      { kind: 'exact', value: 0 },
      { kind: 'exact', value: 1 },
      { kind: 'between', min: 2, max: 3 },
      { kind: 'between', min: 4, max: 7 },
      { kind: 'atLeast', min: 8 },
    ]);
  });
});
