import { SCHEDULE_STATES, type ScheduleState } from '@plan/contracts';

// The dashboard's filters, all kept in the URL so a link reproduces the view. Lists are
// comma-separated, as the API takes them; period only picks the round for "reports missing".
export type DashboardFilters = {
  measure: string[];
  region: string[];
  sector: string[];
  leadUnit: string[];
  state: ScheduleState[];
  period?: string;
};

export const LIST_FILTER_FIELDS = ['measure', 'region', 'sector', 'leadUnit', 'state'] as const;
export type ListFilterField = (typeof LIST_FILTER_FIELDS)[number];

// Province view colouring; also in the URL (`metric`), default behindShare.
export const REGION_METRICS = ['behindShare', 'averageProgress', 'reportsMissing'] as const;
export type RegionMetric = (typeof REGION_METRICS)[number];
export const DEFAULT_REGION_METRIC: RegionMetric = 'behindShare';

// The API's own limits and patterns: a hand-edited link must not turn into a 400.
const FIELD_RULES: Record<ListFilterField, { pattern: RegExp; max: number }> = {
  measure: { pattern: /^[a-z][a-z0-9_]{0,63}$/, max: 10 },
  region: { pattern: /^\d{6}$/, max: 40 },
  sector: { pattern: /^[a-z][a-z0-9_]{0,63}$/, max: 40 },
  leadUnit: { pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, max: 100 },
  state: { pattern: new RegExp(`^(${SCHEDULE_STATES.join('|')})$`), max: SCHEDULE_STATES.length },
};

// YYYY-MM; the API checks the rest. (Not contracts' isPeriod: it would pull the date helpers into this route.)
const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

export const EMPTY_FILTERS: DashboardFilters = {
  measure: [],
  region: [],
  sector: [],
  leadUnit: [],
  state: [],
};

const parseList = (field: ListFilterField, raw: string | null): string[] => {
  if (!raw) return [];
  const { pattern, max } = FIELD_RULES[field];
  const values = raw
    .split(',')
    .map((value) => value.trim())
    .filter((value) => pattern.test(value));
  return [...new Set(values)].sort().slice(0, max);
};

// Unknown or malformed values are dropped rather than sent on.
export const parseDashboardFilters = (params: URLSearchParams): DashboardFilters => {
  const period = params.get('period')?.trim();
  return {
    measure: parseList('measure', params.get('measure')),
    region: parseList('region', params.get('region')),
    sector: parseList('sector', params.get('sector')),
    leadUnit: parseList('leadUnit', params.get('leadUnit')),
    state: parseList('state', params.get('state')) as ScheduleState[],
    ...(period && PERIOD.test(period) ? { period } : {}),
  };
};

export const parseRegionMetric = (params: URLSearchParams): RegionMetric => {
  const raw = params.get('metric');
  return (REGION_METRICS as readonly string[]).includes(raw ?? '')
    ? (raw as RegionMetric)
    : DEFAULT_REGION_METRIC;
};

export const hasActiveFilters = (filters: DashboardFilters): boolean =>
  LIST_FILTER_FIELDS.some((field) => filters[field].length > 0) || Boolean(filters.period);

// The API query and the react-query key: fixed field order, lists sorted and joined.
export const toSummaryQuery = (filters: DashboardFilters): Record<string, string> => {
  const query: Record<string, string> = {};
  for (const field of LIST_FILTER_FIELDS) {
    const values = [...new Set(filters[field])].sort();
    if (values.length) query[field] = values.join(',');
  }
  if (filters.period) query.period = filters.period;
  return query;
};

export const toDashboardSearchParams = (filters: DashboardFilters, metric: RegionMetric): URLSearchParams => {
  const params = new URLSearchParams(toSummaryQuery(filters));
  if (metric !== DEFAULT_REGION_METRIC) params.set('metric', metric);
  return params;
};

export type DrillDown = Partial<Record<ListFilterField, string>>;

// The task list behind a figure: the dashboard's filters (period aside: tasks have none) with the
// clicked element's own value replacing its field.
export const toTaskListHref = (filters: DashboardFilters, drill: DrillDown = {}): string => {
  const params = new URLSearchParams();
  for (const field of LIST_FILTER_FIELDS) {
    const values = drill[field] !== undefined ? [drill[field]] : [...new Set(filters[field])].sort();
    if (values.length) params.set(field, values.join(','));
  }
  const search = params.toString();
  return search ? `/tasks?${search}` : '/tasks';
};

export const toReportingHref = (period: string): string =>
  `/reporting?${new URLSearchParams({ period }).toString()}`;
