import {
  collectingPeriod,
  type Cadence,
  CADENCES,
  isCadence,
  isPeriod,
  isPeriodForCadence,
  latestClosedPeriod,
  nextPeriod,
  owesReport,
  periodDueDate,
  periodEnd,
  periodOf,
  periodsBetween,
  periodStart,
  previousPeriod,
} from './period';

describe(isCadence.name, () => {
  it.each(CADENCES.map((c) => [c]))('accepts %s', (c) => {
    expect(isCadence(c)).toBe(true);
  });

  it.each([['year'], ['Month'], [''], [null], [3]])('rejects %p', (c) => {
    expect(isCadence(c)).toBe(false);
  });
});

describe(isPeriod.name, () => {
  it.each([['2026-01'], ['2026-12'], ['1900-01'], ['2999-12']])('accepts %s', (p) => {
    expect(isPeriod(p)).toBe(true);
  });

  it.each([
    ['2026-00'],
    ['2026-13'],
    ['2026-1'],
    ['26-01'],
    ['1899-12'],
    ['3000-01'],
    ['2026-01-01'],
    ['2026/01'],
    ['2026-01 '],
    [''],
    [null],
    [undefined],
    [202601],
  ])('rejects %p', (p) => {
    expect(isPeriod(p)).toBe(false);
  });
});

describe(isPeriodForCadence.name, () => {
  it.each([
    ['2026-01', 'month', true],
    ['2026-02', 'month', true],
    ['2026-12', 'month', true],
    ['2026-03', 'quarter', true],
    ['2026-06', 'quarter', true],
    ['2026-09', 'quarter', true],
    ['2026-12', 'quarter', true],
    ['2026-01', 'quarter', false],
    ['2026-02', 'quarter', false],
    ['2026-04', 'quarter', false],
    ['2026-11', 'quarter', false],
    ['2026-13', 'month', false],
    ['2026-3', 'quarter', false],
    [null, 'month', false],
  ] as const)('%p for %s → %s', (p, cadence, expected) => {
    expect(isPeriodForCadence(p, cadence)).toBe(expected);
  });

  it('throws for an unknown cadence', () => {
    expect(() => isPeriodForCadence('2026-03', 'year' as Cadence)).toThrow(RangeError);
  });
});

describe(periodOf.name, () => {
  it.each([
    ['2026-02-10', 'month', '2026-02'],
    ['2026-01-01', 'month', '2026-01'],
    ['2026-12-31', 'month', '2026-12'],
    ['2028-02-29', 'month', '2028-02'],
    ['2026-01-01', 'quarter', '2026-03'],
    ['2026-02-10', 'quarter', '2026-03'],
    ['2026-03-31', 'quarter', '2026-03'],
    ['2026-04-01', 'quarter', '2026-06'],
    ['2026-08-15', 'quarter', '2026-09'],
    ['2026-10-01', 'quarter', '2026-12'],
    ['2026-12-31', 'quarter', '2026-12'],
  ] as const)('%s in %s cadence → %s', (date, cadence, expected) => {
    expect(periodOf(date, cadence)).toBe(expected);
  });

  it.each([
    ['2026-02-30', 'month'],
    ['2026-02', 'month'],
    ['2026-02-10', 'week'],
  ])('throws for %s, %s', (date, cadence) => {
    expect(() => periodOf(date, cadence as Cadence)).toThrow(RangeError);
  });
});

describe(periodStart.name, () => {
  it.each([
    ['2026-02', 'month', '2026-02-01'],
    ['2026-12', 'month', '2026-12-01'],
    ['2026-03', 'quarter', '2026-01-01'],
    ['2026-06', 'quarter', '2026-04-01'],
    ['2026-09', 'quarter', '2026-07-01'],
    ['2026-12', 'quarter', '2026-10-01'],
  ] as const)('%s (%s) starts on %s', (p, cadence, expected) => {
    expect(periodStart(p, cadence)).toBe(expected);
  });

  it.each([
    ['2026-13', 'month'],
    ['2026-02', 'quarter'],
    ['2026-1', 'month'],
  ] as const)('throws for %s (%s)', (p, cadence) => {
    expect(() => periodStart(p, cadence)).toThrow(RangeError);
  });
});

describe(periodEnd.name, () => {
  it.each([
    ['2026-01', 'month', '2026-01-31'],
    ['2026-02', 'month', '2026-02-28'],
    ['2028-02', 'month', '2028-02-29'],
    ['2100-02', 'month', '2100-02-28'],
    ['2026-04', 'month', '2026-04-30'],
    ['2026-03', 'quarter', '2026-03-31'],
    ['2026-06', 'quarter', '2026-06-30'],
    ['2026-09', 'quarter', '2026-09-30'],
    ['2026-12', 'quarter', '2026-12-31'],
  ] as const)('%s (%s) ends on %s', (p, cadence, expected) => {
    expect(periodEnd(p, cadence)).toBe(expected);
  });

  it.each([
    ['2026-00', 'month'],
    ['2026-10', 'quarter'],
  ] as const)('throws for %s (%s)', (p, cadence) => {
    expect(() => periodEnd(p, cadence)).toThrow(RangeError);
  });
});

describe(nextPeriod.name, () => {
  it.each([
    ['2026-01', 'month', '2026-02'],
    ['2026-11', 'month', '2026-12'],
    ['2026-12', 'month', '2027-01'],
    ['2026-03', 'quarter', '2026-06'],
    ['2026-09', 'quarter', '2026-12'],
    ['2026-12', 'quarter', '2027-03'],
  ] as const)('%s (%s) → %s', (p, cadence, expected) => {
    expect(nextPeriod(p, cadence)).toBe(expected);
  });

  it.each([
    ['2026-02', 'quarter'],
    ['2999-12', 'month'],
    ['bad', 'month'],
  ] as const)('throws for %s (%s)', (p, cadence) => {
    expect(() => nextPeriod(p, cadence)).toThrow(RangeError);
  });
});

describe(previousPeriod.name, () => {
  it.each([
    ['2026-02', 'month', '2026-01'],
    ['2026-01', 'month', '2025-12'],
    ['2026-06', 'quarter', '2026-03'],
    ['2026-03', 'quarter', '2025-12'],
  ] as const)('%s (%s) → %s', (p, cadence, expected) => {
    expect(previousPeriod(p, cadence)).toBe(expected);
  });

  it.each([
    ['2026-05', 'quarter'],
    ['1900-01', 'month'],
    ['1900-03', 'quarter'],
  ] as const)('throws for %s (%s)', (p, cadence) => {
    expect(() => previousPeriod(p, cadence)).toThrow(RangeError);
  });
});

describe(periodsBetween.name, () => {
  it.each([
    ['2026-01', '2026-01', 'month', ['2026-01']],
    ['2026-01', '2026-03', 'month', ['2026-01', '2026-02', '2026-03']],
    ['2025-11', '2026-02', 'month', ['2025-11', '2025-12', '2026-01', '2026-02']],
    ['2026-03', '2026-01', 'month', []],
    ['2026-03', '2026-12', 'quarter', ['2026-03', '2026-06', '2026-09', '2026-12']],
    ['2025-12', '2026-03', 'quarter', ['2025-12', '2026-03']],
    ['2026-06', '2026-03', 'quarter', []],
    ['2999-11', '2999-12', 'month', ['2999-11', '2999-12']],
  ] as const)('%s..%s (%s) → %j', (from, to, cadence, expected) => {
    expect(periodsBetween(from, to, cadence)).toEqual(expected);
  });

  it('lists every month of a long range', () => {
    const periods = periodsBetween('2025-01', '2030-12', 'month');
    expect(periods).toHaveLength(72);
    expect(periods.at(-1)).toBe('2030-12');
  });

  it.each([
    ['2026-01', '2026-03', 'quarter'],
    ['2026-03', '2026-05', 'quarter'],
    ['2026-13', '2027-01', 'month'],
  ] as const)('throws for %s..%s (%s)', (from, to, cadence) => {
    expect(() => periodsBetween(from, to, cadence)).toThrow(RangeError);
  });
});

describe(periodDueDate.name, () => {
  it.each([
    ['2026-10', 'month', 5, '2026-11-05'],
    ['2026-12', 'month', 5, '2027-01-05'],
    ['2026-01', 'month', 28, '2026-02-28'],
    ['2026-01', 'month', 1, '2026-02-01'],
    ['2028-01', 'month', 28, '2028-02-28'],
    ['2026-09', 'quarter', 5, '2026-10-05'],
    ['2026-12', 'quarter', 5, '2027-01-05'],
    ['2026-03', 'quarter', 15, '2026-04-15'],
  ] as const)('%s (%s), day %i → %s', (p, cadence, dueDay, expected) => {
    expect(periodDueDate(p, cadence, dueDay)).toBe(expected);
  });

  it.each([
    ['2026-10', 'month', 0],
    ['2026-10', 'month', 29],
    ['2026-10', 'month', 5.5],
    ['2026-10', 'quarter', 5],
    ['2026-13', 'month', 5],
  ] as const)('throws for %s (%s), day %p', (p, cadence, dueDay) => {
    expect(() => periodDueDate(p, cadence, dueDay)).toThrow(RangeError);
  });
});

describe(latestClosedPeriod.name, () => {
  it.each([
    ['2026-11-29', 'month', 5, '2026-10'],
    ['2026-11-05', 'month', 5, '2026-09'],
    ['2026-11-06', 'month', 5, '2026-10'],
    ['2026-11-01', 'month', 5, '2026-09'],
    ['2026-11-02', 'month', 1, '2026-10'],
    ['2026-11-01', 'month', 1, '2026-09'],
    ['2026-01-06', 'month', 5, '2025-12'],
    ['2026-01-05', 'month', 5, '2025-11'],
    ['2026-03-01', 'month', 28, '2026-01'],
    ['2028-02-29', 'month', 28, '2028-01'],
    ['2026-11-29', 'quarter', 5, '2026-09'],
    ['2026-10-05', 'quarter', 5, '2026-06'],
    ['2026-10-06', 'quarter', 5, '2026-09'],
    ['2026-12-31', 'quarter', 5, '2026-09'],
    ['2027-01-05', 'quarter', 5, '2026-09'],
    ['2027-01-06', 'quarter', 5, '2026-12'],
  ] as const)('today %s (%s, due day %i) → %s', (today, cadence, dueDay, expected) => {
    expect(latestClosedPeriod(today, cadence, dueDay)).toBe(expected);
  });

  it('agrees with periodDueDate: the result is closed and the next period is not', () => {
    for (const cadence of CADENCES) {
      for (const today of ['2026-02-05', '2026-02-06', '2026-07-04', '2026-07-31', '2028-03-01']) {
        const closed = latestClosedPeriod(today, cadence, 5);
        expect(periodDueDate(closed, cadence, 5) < today).toBe(true);
        expect(periodDueDate(nextPeriod(closed, cadence), cadence, 5) >= today).toBe(true);
      }
    }
  });

  it.each([
    ['2026-11-31', 'month', 5],
    ['2026-11-29', 'month', 0],
    ['2026-11-29', 'year', 5],
  ])('throws for %s (%s, due day %p)', (today, cadence, dueDay) => {
    expect(() => latestClosedPeriod(today, cadence as Cadence, dueDay)).toThrow(RangeError);
  });
});

describe(owesReport.name, () => {
  const task = (
    startDate: string,
    completedOn: string | null = null,
    dueDate: string | null = '2026-12-31',
  ) => ({
    startDate,
    dueDate,
    completedOn,
  });

  it.each([
    ['started mid-period', true, task('2026-10-15'), '2026-10', 'month'],
    ['started on the last day', true, task('2026-10-31'), '2026-10', 'month'],
    ['starts the day after', false, task('2026-11-01'), '2026-10', 'month'],
    ['started long before', true, task('2025-01-01'), '2026-10', 'month'],
    ['completed before the period', false, task('2026-01-01', '2026-09-30'), '2026-10', 'month'],
    ['completed on the first day', true, task('2026-01-01', '2026-10-01'), '2026-10', 'month'],
    ['completed inside the period', true, task('2026-01-01', '2026-10-20'), '2026-10', 'month'],
    ['completed after the period', true, task('2026-01-01', '2026-11-03'), '2026-10', 'month'],
    ['past its due date, not completed', true, task('2026-01-01', null, '2026-06-30'), '2026-10', 'month'],
    [
      'past its due date, completed later',
      true,
      task('2026-01-01', '2026-11-10', '2026-06-30'),
      '2026-10',
      'month',
    ],
    ['long-term', true, task('2026-01-01', null, null), '2026-10', 'month'],
    ['quarter: started in its first month', true, task('2026-07-01'), '2026-09', 'quarter'],
    ['quarter: started in its last month', true, task('2026-09-30'), '2026-09', 'quarter'],
    ['quarter: starts after it', false, task('2026-10-01'), '2026-09', 'quarter'],
    ['quarter: completed in its first month', true, task('2026-01-01', '2026-07-01'), '2026-09', 'quarter'],
    ['quarter: completed the day before', false, task('2026-01-01', '2026-06-30'), '2026-09', 'quarter'],
  ] as const)('%s → %s', (_label, expected, t, p, cadence) => {
    expect(owesReport(t, p, cadence)).toBe(expected);
  });

  it('accepts a task without a due date field', () => {
    expect(owesReport({ startDate: '2026-01-01', completedOn: null }, '2026-02', 'month')).toBe(true);
  });

  it.each([
    [task('2026-13-01'), '2026-10', 'month'],
    [task('2026-01-01', '2026-02-30'), '2026-10', 'month'],
    [task('2026-01-01'), '2026-10', 'quarter'],
  ] as const)('throws for %j in %s (%s)', (t, p, cadence) => {
    expect(() => owesReport(t, p, cadence)).toThrow(RangeError);
  });
});

describe(collectingPeriod.name, () => {
  it.each([
    ['2026-11-29', 'month', 5, '2026-11'],
    ['2026-12-03', 'month', 5, '2026-11'],
    ['2026-12-05', 'month', 5, '2026-11'],
    ['2026-12-06', 'month', 5, '2026-12'],
    ['2027-01-01', 'month', 5, '2026-12'],
    ['2026-04-05', 'quarter', 5, '2026-03'],
    ['2026-04-06', 'quarter', 5, '2026-06'],
    ['2026-12-31', 'quarter', 5, '2026-12'],
    ['2026-12-20', 'month', 28, '2026-11'],
  ] as const)('on %s (%s, due day %d) collects %s', (today, cadence, dueDay, expected) => {
    expect(collectingPeriod(today, cadence, dueDay)).toBe(expected);
  });
});
