import {
  EMPTY_FILTERS,
  hasActiveFilters,
  parseDashboardFilters,
  parseRegionMetric,
  toDashboardSearchParams,
  toReportingHref,
  toSummaryQuery,
  toTaskListHref,
} from './dashboard-filters';

const UNIT = '01a226f7-920a-7000-8000-025f85e6ab02';

describe('dashboard filters', () => {
  it('reads single values and comma-separated lists from the URL', () => {
    const params = new URLSearchParams(
      `measure=policy&region=440000,110000&sector=energy&leadUnit=${UNIT}&state=behind,overdue&period=2026-10`,
    );
    expect(parseDashboardFilters(params)).toEqual({
      measure: ['policy'],
      region: ['110000', '440000'],
      sector: ['energy'],
      leadUnit: [UNIT],
      state: ['behind', 'overdue'],
      period: '2026-10',
    });
  });

  it('drops malformed values, duplicates and unknown states instead of sending them to the API', () => {
    const params = new URLSearchParams(
      'measure=Policy!&region=44,440000,440000&state=late,behind&leadUnit=nope&period=2026-13',
    );
    expect(parseDashboardFilters(params)).toEqual({
      ...EMPTY_FILTERS,
      region: ['440000'],
      state: ['behind'],
    });
  });

  it('reads the province metric, defaulting to the share behind', () => {
    expect(parseRegionMetric(new URLSearchParams('metric=averageProgress'))).toBe('averageProgress');
    expect(parseRegionMetric(new URLSearchParams('metric=bogus'))).toBe('behindShare');
    expect(parseRegionMetric(new URLSearchParams())).toBe('behindShare');
  });

  it('builds one stable API query (and query key) for equal filters', () => {
    const a = toSummaryQuery({ ...EMPTY_FILTERS, region: ['440000', '110000'], period: '2026-10' });
    const b = toSummaryQuery({ ...EMPTY_FILTERS, region: ['110000', '440000', '110000'], period: '2026-10' });
    expect(a).toEqual({ region: '110000,440000', period: '2026-10' });
    expect(b).toEqual(a);
    expect(toSummaryQuery(EMPTY_FILTERS)).toEqual({});
  });

  it('writes filters and a non-default metric back to the URL and round-trips them', () => {
    const filters = { ...EMPTY_FILTERS, measure: ['talent'], state: ['overdue' as const] };
    const params = toDashboardSearchParams(filters, 'reportsMissing');
    expect(params.toString()).toBe('measure=talent&state=overdue&metric=reportsMissing');
    expect(parseDashboardFilters(params)).toEqual(filters);
    expect(toDashboardSearchParams(filters, 'behindShare').has('metric')).toBe(false);
  });

  it('knows whether anything is filtered', () => {
    expect(hasActiveFilters(EMPTY_FILTERS)).toBe(false);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, period: '2026-09' })).toBe(true);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, sector: ['energy'] })).toBe(true);
  });

  it('drills down to the task list with the current filters, the clicked value replacing its field', () => {
    expect(toTaskListHref(EMPTY_FILTERS)).toBe('/tasks');
    expect(toTaskListHref(EMPTY_FILTERS, { state: 'overdue' })).toBe('/tasks?state=overdue');
    const filters = { ...EMPTY_FILTERS, measure: ['policy'], region: ['110000'], period: '2026-10' };
    expect(toTaskListHref(filters, { region: '440000' })).toBe('/tasks?measure=policy&region=440000');
    expect(toTaskListHref(filters, { sector: 'energy', measure: 'talent' })).toBe(
      '/tasks?measure=talent&region=110000&sector=energy',
    );
  });

  it('links missing reports to the reporting page of that period', () => {
    expect(toReportingHref('2026-10')).toBe('/reporting?period=2026-10');
  });
});
