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

  it('drops empty, unknown and malformed values instead of sending them to the API', () => {
    expect(parse('?measure=&state=late&light=blue&sort=title&region=44%200000&q=%20%20&foo=bar')).toEqual({});
  });

  it('trims the search text and caps its length', () => {
    expect(parse(`?q=${encodeURIComponent('  人工智能  ')}`)).toEqual({ q: '人工智能' });
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
      state: 'overdue',
      light: 'red',
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
  });
});

describe(hasActiveFilters.name, () => {
  it('ignores the sort order', () => {
    expect(hasActiveFilters({ sort: 'code' })).toBe(false);
    expect(hasActiveFilters({ region: '110000' })).toBe(true);
  });
});
