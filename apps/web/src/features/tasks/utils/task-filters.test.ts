import { tasksKeys } from '../api/tasks.keys';
import { hasActiveFilters, parseTaskFilters, toTaskListQuery, toTaskSearchParams } from './task-filters';

const parse = (search: string) => parseTaskFilters(new URLSearchParams(search));

describe(parseTaskFilters.name, () => {
  it('reads every filter from the query string', () => {
    expect(
      parse('?measure=policy&region=440000&sector=manufacturing&state=behind&light=red&q=算力&sort=-gap'),
    ).toEqual({
      measure: 'policy',
      region: '440000',
      sector: 'manufacturing',
      state: 'behind',
      light: 'red',
      q: '算力',
      sort: '-gap',
    });
  });

  it('reads the lead unit, the due-date range and the archived choice', () => {
    const lead = '01A226F7-C796-7000-8000-0032B3B9BA6C';
    expect(parse(`?leadUnit=${lead}&dueFrom=2026-01-01&dueTo=2026-12-31&archived=only`)).toEqual({
      leadUnit: lead.toLowerCase(),
      dueFrom: '2026-01-01',
      dueTo: '2026-12-31',
      archived: 'only',
    });
    expect(parse('?leadUnit=ndrc&dueFrom=2026-02-30&dueTo=2026-1-5&archived=exclude')).toEqual({});
  });

  it('drops empty, unknown and malformed values instead of sending them to the API', () => {
    expect(parse('?measure=&state=late&light=blue&sort=title&region=44%200000&q=%20%20&foo=bar')).toEqual({});
  });

  it('trims the search text and caps its length', () => {
    expect(parse(`?q=${encodeURIComponent('  人工智能  ')}`)).toEqual({ q: '人工智能' });
    expect(parse(`?q=${encodeURIComponent('算力\u0000枢纽')}`)).toEqual({ q: '算力 枢纽' });
    expect(parse(`?q=${'x'.repeat(500)}`).q).toHaveLength(200);
  });
});

describe(toTaskSearchParams.name, () => {
  it('writes only the filters that are set, in a fixed order', () => {
    const params = toTaskSearchParams({
      q: 'AI 终端',
      light: 'yellow',
      measure: 'pilots',
      region: undefined,
      state: undefined,
    });
    expect(params.toString()).toBe('measure=pilots&light=yellow&q=AI+%E7%BB%88%E7%AB%AF');
  });

  it('round-trips through the URL', () => {
    const filters = {
      measure: 'talent',
      region: '000000',
      sector: 'energy',
      leadUnit: '01a226f7-c796-7000-8000-0032b3b9ba6c',
      state: 'overdue',
      light: 'red',
      dueFrom: '2026-01-01',
      dueTo: '2027-06-30',
      archived: 'include',
      q: '“人工智能+”能源',
      sort: 'dueDate',
    } as const;
    expect(parseTaskFilters(new URLSearchParams(toTaskSearchParams(filters).toString()))).toEqual(filters);
  });

  it('gives equal filters equal URLs and query keys whatever the field order', () => {
    const a = { state: 'behind', measure: 'policy' } as const;
    const b = { measure: 'policy', state: 'behind', q: '' } as const;
    expect(toTaskSearchParams(a).toString()).toBe(toTaskSearchParams(b).toString());
    expect(JSON.stringify(tasksKeys.list(a))).toBe(JSON.stringify(tasksKeys.list(b)));
  });
});

describe(toTaskListQuery.name, () => {
  it('adds the cursor and page size for the API', () => {
    expect(toTaskListQuery({ measure: 'security', q: '' }, 'abc', 50)).toEqual({
      measure: 'security',
      cursor: 'abc',
      limit: 50,
    });
    expect(toTaskListQuery({}, undefined, undefined)).toEqual({});
    expect(
      toTaskListQuery({ dueFrom: '2026-01-01', archived: 'only', sort: '-daysLate' }, undefined, 50),
    ).toEqual({
      dueFrom: '2026-01-01',
      archived: 'only',
      sort: '-daysLate',
      limit: 50,
    });
  });
});

describe(hasActiveFilters.name, () => {
  it('ignores the sort order', () => {
    expect(hasActiveFilters({ sort: 'code' })).toBe(false);
    expect(hasActiveFilters({ region: '110000' })).toBe(true);
  });
});

describe('comma-separated lists from dashboard links', () => {
  it('keeps a list whose every item is valid and drops one with a bad item', () => {
    const parsed = parseTaskFilters(
      new URLSearchParams('state=behind,overdue&measure=policy,talent&light=red,blue'),
    );
    expect(parsed.state).toBe('behind,overdue');
    expect(parsed.measure).toBe('policy,talent');
    expect(parsed.light).toBeUndefined();
  });
});
