// Vertical nudges (px) for labels written at the ends of lines: labels of lines that end close
// together are pushed apart, the highest staying in place. `pxPerUnit` converts values to pixels.
export const endLabelOffsets = (
  lastValues: [key: string, value: number][],
  pxPerUnit: number,
  minGapPx = 14,
): Record<string, number> => {
  const offsets: Record<string, number> = {};
  let previous = -Infinity;
  for (const [key, value] of [...lastValues].sort((a, b) => b[1] - a[1])) {
    const y = -value * pxPerUnit;
    const placed = Math.max(y, previous + minGapPx);
    offsets[key] = placed - y;
    previous = placed;
  }
  return offsets;
};
