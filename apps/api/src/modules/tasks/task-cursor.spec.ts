import { TASK_SORTS, type TaskSort } from '@plan/contracts';
import { AppException } from '../../common/app.exception';
import { decodeCursor, encodeCursor, sortSpec } from './task-cursor';

const ID = '0b6f2c1e-5a3d-4c8e-9f10-1234567890ab';

// A value of the right shape for each sort key, as Postgres renders `(expr)::text`.
const SAMPLE: Record<string, string> = {
  code: 'POL-001',
  dueDate: '2026-06-30',
  progress: '42',
  gap: '-12.5',
  daysLate: '0',
  updatedAt: '2026-03-01 12:34:56.123456+08',
};

const key = (sort: TaskSort) => sort.replace(/^-/, '');
const raw = (payload: unknown) => Buffer.from(JSON.stringify(payload)).toString('base64url');

function expectInvalid(sort: TaskSort, cursor: string): void {
  let thrown: unknown;
  try {
    decodeCursor(sort, cursor);
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(AppException);
  expect((thrown as AppException).code).toBe('INVALID_CURSOR');
}

describe(sortSpec.name, () => {
  const CASTS: Record<string, string> = {
    code: 'text',
    dueDate: 'date',
    progress: 'int',
    gap: 'numeric',
    daysLate: 'int',
    updatedAt: 'timestamptz',
  };

  it.each(TASK_SORTS.map((s) => [s]))('knows the direction and cast for %s', (sort) => {
    const spec = sortSpec(sort);
    expect(spec.desc).toBe(sort.startsWith('-'));
    expect(spec.cast).toBe(CASTS[key(sort)]);
    expect(spec.expr).toBe(sortSpec(key(sort) as TaskSort).expr);
  });

  it('sorts nullable columns through a sentinel', () => {
    expect(sortSpec('dueDate').expr).toContain(`DATE '9999-12-31'`);
    expect(sortSpec('-gap').expr).toContain('COALESCE');
  });
});

describe(encodeCursor.name, () => {
  it('produces URL-safe text', () => {
    const c = encodeCursor('code', { value: '??>>~~ü', id: ID });
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});

describe(decodeCursor.name, () => {
  describe('round trip', () => {
    it.each(TASK_SORTS.map((s) => [s]))('%s', (sort) => {
      const cursor = { value: SAMPLE[key(sort)], id: ID };
      expect(decodeCursor(sort, encodeCursor(sort, cursor))).toEqual(cursor);
    });

    it.each(['dueDate', '-dueDate'] as const)('keeps the 9999-12-31 sentinel for %s', (sort) => {
      const cursor = { value: '9999-12-31', id: ID };
      expect(decodeCursor(sort, encodeCursor(sort, cursor))).toEqual(cursor);
    });

    it.each([
      '2026-03-01 12:34:56+08',
      '2026-03-01 12:34:56.123456+08',
      '2026-03-01 12:34:56.1-03',
      '2026-03-01 04:34:56.5+05:30',
      '2026-03-01 04:34:56+00',
    ])('keeps the timestamp %s', (value) => {
      for (const sort of ['updatedAt', '-updatedAt'] as const) {
        expect(decodeCursor(sort, encodeCursor(sort, { value, id: ID }))).toEqual({ value, id: ID });
      }
    });

    it.each([
      ['gap', '-9999'],
      ['gap', '0'],
      ['gap', '99.99'],
      ['progress', '-1'],
      ['progress', '100'],
      ['daysLate', '365'],
      ['code', ''],
      ['code', 'X'.repeat(32)],
    ] as const)('accepts %s = %j', (sort, value) => {
      expect(decodeCursor(sort, encodeCursor(sort, { value, id: ID }))).toEqual({ value, id: ID });
    });
  });

  describe('refuses with INVALID_CURSOR', () => {
    it('text that is not base64', () => {
      expectInvalid('code', '!!!not base64***');
    });

    it('an empty cursor', () => {
      expectInvalid('code', '');
    });

    it('base64 that is not JSON', () => {
      expectInvalid('code', Buffer.from('not json {').toString('base64url'));
    });

    it.each([[null], [42], ['a string'], [true]])('JSON %j instead of an object', (payload) => {
      expectInvalid('code', raw(payload));
    });

    it('a JSON array', () => {
      expectInvalid('code', raw(['code', 'POL-001', ID]));
    });

    it('a cursor made for another sort', () => {
      const c = encodeCursor('code', { value: 'POL-001', id: ID });
      expectInvalid('-code', c);
      expectInvalid('progress', c);
    });

    it('a cursor naming a sort that does not exist', () => {
      expectInvalid('code', raw({ s: 'title', v: 'POL-001', i: ID }));
    });

    it.each([['not-a-uuid'], [''], [`${ID}0`], [`${ID}' OR '1'='1`]])('the id %j', (id) => {
      expectInvalid('code', raw({ s: 'code', v: 'POL-001', i: id }));
    });

    it.each([[42], [null], [undefined], [{ v: 1 }]])('an id of %j', (id) => {
      expectInvalid('code', raw({ s: 'code', v: 'POL-001', i: id }));
    });

    it.each([
      ['progress', 42],
      ['code', null],
      ['code', ['POL-001']],
      ['gap', 1.5],
    ] as const)('%s with a non-string value %j', (sort, value) => {
      expectInvalid(sort, raw({ s: sort, v: value, i: ID }));
    });

    it.each([
      ['progress', 'abc'],
      ['progress', '1.5'],
      ['progress', '1; DROP TABLE tasks'],
      ['-daysLate', '2026-01-01'],
      ['gap', '12.345'],
      ['gap', 'NaN'],
      ['-gap', '1e3'],
      ['dueDate', '2026/06/30'],
      ['dueDate', '20260630'],
      ['-dueDate', '2026-06-30T00:00:00Z'],
      ['updatedAt', '2026-03-01T12:34:56Z'],
      ['updatedAt', '2026-03-01 12:34:56'],
      ['-updatedAt', '2026-03-01 12:34:56.1234567+08'],
      ['updatedAt', '2026-03-01'],
    ] as const)('%s with a value of the wrong shape %j', (sort, value) => {
      expectInvalid(sort, raw({ s: sort, v: value, i: ID }));
    });

    it.each([
      ['code', 'X'.repeat(33)],
      ['progress', '1234567890'],
      ['daysLate', '-1234567890'],
      ['gap', '1234567.5'],
      ['dueDate', '02026-06-30'],
    ] as const)('%s with an over-long value', (sort, value) => {
      expectInvalid(sort, raw({ s: sort, v: value, i: ID }));
    });

    it('a payload missing the value', () => {
      expectInvalid('code', raw({ s: 'code', i: ID }));
    });
  });
});
