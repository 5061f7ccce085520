import {
  TASK_LIGHTS,
  TASK_SORTS,
  TASK_STATES,
  type TaskLight,
  type TaskSort,
  type TaskState,
} from '../api/types';

// What the task list is filtered by; every field lives in the URL so a link reproduces the view.
export type TaskFilters = {
  measure?: string;
  region?: string;
  sector?: string;
  state?: TaskState;
  light?: TaskLight;
  q?: string;
  sort?: TaskSort;
};

// Fixed order so equal filters always give the same URL and the same query key.
export const TASK_FILTER_FIELDS = ['measure', 'region', 'sector', 'state', 'light', 'q', 'sort'] as const;
export type TaskFilterField = (typeof TASK_FILTER_FIELDS)[number];

const MAX_QUERY_LENGTH = 200;
const CODE_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

const oneOf = <T extends string>(values: readonly T[], raw: string | null): T | undefined =>
  raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : undefined;

const code = (raw: string | null): string | undefined => {
  const value = raw?.trim();
  return value && CODE_PATTERN.test(value) ? value : undefined;
};

const text = (raw: string | null): string | undefined => {
  const value = raw?.trim().slice(0, MAX_QUERY_LENGTH);
  return value ? value : undefined;
};

// Hand-edited or stale links must not break the page: unknown values are dropped, not sent to the API.
export const parseTaskFilters = (params: URLSearchParams): TaskFilters => {
  const filters: TaskFilters = {
    measure: code(params.get('measure')),
    region: code(params.get('region')),
    sector: code(params.get('sector')),
    state: oneOf(TASK_STATES, params.get('state')),
    light: oneOf(TASK_LIGHTS, params.get('light')),
    q: text(params.get('q')),
    sort: oneOf(TASK_SORTS, params.get('sort')),
  };
  return compactFilters(filters);
};

export const compactFilters = (filters: TaskFilters): TaskFilters => {
  const result: TaskFilters = {};
  for (const field of TASK_FILTER_FIELDS) {
    const value = filters[field]?.trim();
    if (value) Object.assign(result, { [field]: value });
  }
  return result;
};

export const toTaskSearchParams = (filters: TaskFilters): URLSearchParams => {
  const params = new URLSearchParams();
  const compact = compactFilters(filters);
  for (const field of TASK_FILTER_FIELDS) {
    const value = compact[field];
    if (value) params.set(field, value);
  }
  return params;
};

export const hasActiveFilters = (filters: TaskFilters): boolean =>
  TASK_FILTER_FIELDS.some((field) => field !== 'sort' && Boolean(filters[field]));

export type TaskListQuery = TaskFilters & { cursor?: string; limit?: number };

export const toTaskListQuery = (filters: TaskFilters, cursor?: string, limit?: number): TaskListQuery => ({
  ...compactFilters(filters),
  ...(cursor ? { cursor } : {}),
  ...(limit ? { limit } : {}),
});
