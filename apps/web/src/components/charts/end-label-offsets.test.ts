import { endLabelOffsets } from './end-label-offsets';

describe(endLabelOffsets.name, () => {
  it('leaves labels far apart where they are', () => {
    expect(
      endLabelOffsets(
        [
          ['a', 60],
          ['b', 13],
        ],
        2,
      ),
    ).toEqual({ a: 0, b: 0 });
  });

  it('pushes the lower of two close labels down, the higher staying put', () => {
    // 60.7 and 56.6 at 2 px per point are 8.2 px apart; 14 px are needed.
    const offsets = endLabelOffsets(
      [
        ['actual', 56.6],
        ['expected', 60.7],
      ],
      2,
    );
    expect(offsets.expected).toBe(0);
    expect(offsets.actual).toBeCloseTo(5.8, 5);
  });

  it('keeps a chain of close labels apart', () => {
    const offsets = endLabelOffsets(
      [
        ['a', 50],
        ['b', 50],
        ['c', 50],
      ],
      2,
    );
    expect([offsets.a, offsets.b, offsets.c]).toEqual([0, 14, 28]);
  });
});
