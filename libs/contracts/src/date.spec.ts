import {
  addDays,
  addMonths,
  compareDates,
  daysInMonth,
  diffDays,
  endOfMonth,
  isIsoDate,
  isLeapYear,
  maxDate,
  minDate,
  parseIsoDate,
  startOfMonth,
  todayIn,
  toIsoDate,
} from './date';

describe(isIsoDate.name, () => {
  it.each([
    ['2026-01-01'],
    ['2026-12-31'],
    ['2028-02-29'],
    ['2000-02-29'],
    ['1900-01-01'],
    ['2999-12-31'],
    ['2026-04-30'],
  ])('accepts %s', (s) => {
    expect(isIsoDate(s)).toBe(true);
  });

  it.each([
    ['2026-02-29', 'not a leap year'],
    ['1900-02-29', 'century, not a leap year'],
    ['2026-02-30', 'no such day'],
    ['2026-04-31', 'April has 30 days'],
    ['2026-13-01', 'month 13'],
    ['2026-00-10', 'month 0'],
    ['2026-01-00', 'day 0'],
    ['2026-01-32', 'day 32'],
    ['2026-1-5', 'not zero-padded'],
    ['26-01-05', 'two-digit year'],
    ['1899-12-31', 'before 1900'],
    ['3000-01-01', 'after 2999'],
    ['2026-01-05T00:00:00Z', 'has a time'],
    [' 2026-01-05', 'leading space'],
    ['2026-01-05\n', 'trailing newline'],
    ['2026/01/05', 'wrong separator'],
    ['20260105', 'no separators'],
    ['２０２６-01-05', 'full-width digits'],
    ['', 'empty'],
  ])('rejects %j (%s)', (s) => {
    expect(isIsoDate(s)).toBe(false);
  });

  it.each([[null], [undefined], [20260105], [new Date('2026-01-05')], [{}], [['2026-01-05']]])(
    'rejects the non-string %p',
    (s) => {
      expect(isIsoDate(s)).toBe(false);
    },
  );
});

describe(isLeapYear.name, () => {
  it.each([
    [2024, true],
    [2028, true],
    [2000, true],
    [2400, true],
    [2026, false],
    [1900, false],
    [2100, false],
  ])('%i → %s', (year, expected) => {
    expect(isLeapYear(year)).toBe(expected);
  });
});

describe(daysInMonth.name, () => {
  it.each([
    [2026, 1, 31],
    [2026, 2, 28],
    [2028, 2, 29],
    [2100, 2, 28],
    [2026, 4, 30],
    [2026, 6, 30],
    [2026, 9, 30],
    [2026, 11, 30],
    [2026, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it.each([[0], [13], [1.5]])('throws for month %p', (month) => {
    expect(() => daysInMonth(2026, month)).toThrow(RangeError);
  });
});

describe(toIsoDate.name, () => {
  it.each([
    [2026, 1, 5, '2026-01-05'],
    [2028, 2, 29, '2028-02-29'],
    [1900, 12, 31, '1900-12-31'],
  ])('%i, %i, %i → %s', (y, m, d, expected) => {
    expect(toIsoDate(y, m, d)).toBe(expected);
  });

  it.each([
    [2026, 2, 29],
    [2026, 13, 1],
    [1899, 1, 1],
    [Number.NaN, 1, 1],
  ])('throws for %p, %p, %p', (y, m, d) => {
    expect(() => toIsoDate(y, m, d)).toThrow(RangeError);
  });
});

describe(parseIsoDate.name, () => {
  it('splits a date into numbers', () => {
    expect(parseIsoDate('2026-02-09')).toEqual({ year: 2026, month: 2, day: 9 });
  });

  it('throws for an invalid date', () => {
    expect(() => parseIsoDate('2026-02-30')).toThrow(RangeError);
  });
});

describe(addDays.name, () => {
  it.each([
    ['2026-01-05', 0, '2026-01-05'],
    ['2026-01-05', 1, '2026-01-06'],
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2028-01-01', 365, '2028-12-31'],
    // spans the March daylight-saving switch of zones that have one
    ['2026-03-07', 2, '2026-03-09'],
    ['2026-10-24', 2, '2026-10-26'],
  ])('%s + %i → %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it.each([
    ['2026-02-30', 1],
    ['2026-01-05', 1.5],
    ['2026-01-05', Number.NaN],
    ['2999-12-31', 1],
    ['1900-01-01', -1],
  ])('throws for %s + %p', (date, n) => {
    expect(() => addDays(date, n)).toThrow(RangeError);
  });
});

describe(diffDays.name, () => {
  it.each([
    ['2026-01-05', '2026-01-05', 0],
    ['2026-01-06', '2026-01-05', 1],
    ['2026-01-05', '2026-01-06', -1],
    ['2026-03-01', '2026-02-01', 28],
    ['2028-03-01', '2028-02-01', 29],
    ['2027-01-01', '2026-01-01', 365],
    ['2029-01-01', '2028-01-01', 366],
    ['2026-03-30', '2026-03-28', 2],
    ['2026-11-01', '2026-10-24', 8],
  ])('%s − %s = %i', (a, b, expected) => {
    expect(diffDays(a, b)).toBe(expected);
  });

  it('is the inverse of addDays', () => {
    expect(diffDays(addDays('2026-05-17', 1000), '2026-05-17')).toBe(1000);
  });

  it.each([
    ['2026-02-30', '2026-01-01'],
    ['2026-01-01', 'tomorrow'],
  ])('throws for %s − %s', (a, b) => {
    expect(() => diffDays(a, b)).toThrow(RangeError);
  });
});

describe(compareDates.name, () => {
  it.each([
    ['2026-01-05', '2026-01-06', -1],
    ['2026-01-06', '2026-01-05', 1],
    ['2026-01-05', '2026-01-05', 0],
    ['2025-12-31', '2026-01-01', -1],
    ['2026-10-01', '2026-09-30', 1],
  ])('%s vs %s → %i', (a, b, expected) => {
    expect(compareDates(a, b)).toBe(expected);
  });

  it('sorts dates chronologically', () => {
    expect(['2026-10-01', '2025-12-31', '2026-02-01'].sort(compareDates)).toEqual([
      '2025-12-31',
      '2026-02-01',
      '2026-10-01',
    ]);
  });

  it('throws for an invalid date', () => {
    expect(() => compareDates('2026-1-5', '2026-01-05')).toThrow(RangeError);
  });
});

describe(minDate.name, () => {
  it.each([
    [['2026-01-05'], '2026-01-05'],
    [['2026-03-01', '2026-01-05', '2026-02-01'], '2026-01-05'],
    [['2026-01-05', '2026-01-05'], '2026-01-05'],
  ])('min of %j is %s', (dates, expected) => {
    const [first, ...rest] = dates as [string, ...string[]];
    expect(minDate(first, ...rest)).toBe(expected);
  });

  it.each([[['bad']], [['2026-01-05', 'bad']]])('throws for %j', (dates) => {
    const [first, ...rest] = dates as [string, ...string[]];
    expect(() => minDate(first, ...rest)).toThrow(RangeError);
  });
});

describe(maxDate.name, () => {
  it.each([
    [['2026-01-05'], '2026-01-05'],
    [['2026-03-01', '2026-01-05', '2026-12-01'], '2026-12-01'],
    [['2025-12-31', '2026-01-01'], '2026-01-01'],
  ])('max of %j is %s', (dates, expected) => {
    const [first, ...rest] = dates as [string, ...string[]];
    expect(maxDate(first, ...rest)).toBe(expected);
  });

  it.each([[['bad']], [['2026-01-05', '2026-13-01']]])('throws for %j', (dates) => {
    const [first, ...rest] = dates as [string, ...string[]];
    expect(() => maxDate(first, ...rest)).toThrow(RangeError);
  });
});

describe(startOfMonth.name, () => {
  it.each([
    ['2026-02-17', '2026-02-01'],
    ['2026-02-01', '2026-02-01'],
    ['2026-12-31', '2026-12-01'],
  ])('%s → %s', (date, expected) => {
    expect(startOfMonth(date)).toBe(expected);
  });

  it('throws for an invalid date', () => {
    expect(() => startOfMonth('2026-02')).toThrow(RangeError);
  });
});

describe(endOfMonth.name, () => {
  it.each([
    ['2026-01-05', '2026-01-31'],
    ['2026-02-01', '2026-02-28'],
    ['2028-02-10', '2028-02-29'],
    ['2100-02-10', '2100-02-28'],
    ['2026-04-30', '2026-04-30'],
    ['2026-12-01', '2026-12-31'],
  ])('%s → %s', (date, expected) => {
    expect(endOfMonth(date)).toBe(expected);
  });

  it('throws for an invalid date', () => {
    expect(() => endOfMonth('2026-02-29')).toThrow(RangeError);
  });
});

describe(addMonths.name, () => {
  it.each([
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-15', 0, '2026-01-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-11-05', 2, '2027-01-05'],
    ['2026-01-05', -1, '2025-12-05'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-01', -13, '2024-12-01'],
    ['2026-05-10', 24, '2028-05-10'],
    ['2028-02-29', 12, '2029-02-28'],
  ])('%s + %i months → %s', (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });

  it.each([
    ['2026-02-30', 1],
    ['2026-01-05', 0.5],
    ['2999-12-01', 1],
    ['1900-01-31', -1],
  ])('throws for %s + %p months', (date, n) => {
    expect(() => addMonths(date, n)).toThrow(RangeError);
  });
});

describe(todayIn.name, () => {
  it.each([
    // 16:00 UTC is already the next day in Shanghai (UTC+8)
    ['Asia/Shanghai', '2026-03-31T16:00:00Z', '2026-04-01'],
    ['Asia/Shanghai', '2026-03-31T15:59:59Z', '2026-03-31'],
    ['UTC', '2026-03-31T23:59:59Z', '2026-03-31'],
    ['America/Los_Angeles', '2026-01-01T07:59:59Z', '2025-12-31'],
    ['America/Los_Angeles', '2026-01-01T08:00:00Z', '2026-01-01'],
    ['Pacific/Kiritimati', '2026-12-31T10:00:00Z', '2027-01-01'],
    ['Asia/Shanghai', '2028-02-28T16:00:00Z', '2028-02-29'],
  ])('in %s at %s it is %s', (zone, instant, expected) => {
    expect(todayIn(zone, new Date(instant))).toBe(expected);
  });

  it('defaults to the current instant', () => {
    expect(isIsoDate(todayIn('Asia/Shanghai'))).toBe(true);
  });

  it('answers instants on either side of midnight right in any order (the last answer is kept per second)', () => {
    const asked = [
      '2026-03-31T15:59:59.000Z',
      '2026-03-31T15:59:59.999Z',
      '2026-03-31T16:00:00.000Z',
      '2026-03-31T15:59:59.500Z',
      '2026-03-31T16:00:00.001Z',
      '2026-03-31T16:00:00.000Z',
    ].map((instant) => todayIn('Asia/Shanghai', new Date(instant)));
    expect(asked).toEqual([
      '2026-03-31',
      '2026-03-31',
      '2026-04-01',
      '2026-03-31',
      '2026-04-01',
      '2026-04-01',
    ]);
    expect(todayIn('UTC', new Date('2026-03-31T16:00:00.000Z'))).toBe('2026-03-31');
  });

  it('throws for an unknown time zone', () => {
    expect(() => todayIn('Mars/Olympus_Mons', new Date('2026-01-01T00:00:00Z'))).toThrow(RangeError);
  });

  it('throws for an invalid instant', () => {
    expect(() => todayIn('Asia/Shanghai', new Date('nope'))).toThrow(RangeError);
  });
});
