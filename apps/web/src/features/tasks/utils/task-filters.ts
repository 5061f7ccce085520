import { isIsoDate } from '@plan/contracts';
import {
  TASK_LIGHTS,
  TASK_SORTS,
  TASK_STATES,
  type TaskLight,
  type TaskSort,
  type TaskState,
} from '../api/types';

export const ARCHIVED_CHOICES = ['only', 'include'] as const;
export type ArchivedChoice = (typeof ARCHIVED_CHOICES)[number];

// What the task list is filtered by; every field lives in the URL so a link reproduces the view.
export type TaskFilters = {
  measure?: string;
  region?: string;
  sector?: string;
  leadUnit?: string;
  state?: TaskState;
  light?: TaskLight;
  dueFrom?: string;
  dueTo?: string;
  archived?: ArchivedChoice;
  q?: string;
  sort?: TaskSort;
};

// Fixed order so equal filters always give the same URL and the same query key.
export const TASK_FILTER_FIELDS = [
  'measure',
  'region',
  'sector',
  'leadUnit',
  'state',
  'light',
  'dueFrom',
  'dueTo',
  'archived',
  'q',
  'sort',
] as const;
export type TaskFilterField = (typeof TASK_FILTER_FIELDS)[number];

export const MAX_QUERY_LENGTH = 200;
const CODE_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// The API refuses C0 control characters in the search text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

const oneOf = <T extends string>(values: readonly T[], raw: string | null): T | undefined =>
  raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : undefined;

const code = (raw: string | null): string | undefined => {
  const value = raw?.trim();
  return value && CODE_PATTERN.test(value) ? value : undefined;
};

const uuid = (raw: string | null): string | undefined => {
  const value = raw?.trim();
  return value && UUID_PATTERN.test(value) ? value.toLowerCase() : undefined;
};

const date = (raw: string | null): string | undefined => {
  const value = raw?.trim();
  return isIsoDate(value) ? value : undefined;
};

export const cleanSearchText = (raw: string | null | undefined): string | undefined => {
  const value = raw?.replace(CONTROL_CHARS, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
  return value ? value : undefined;
};

// A comma-separated list (links from the dashboard carry several values) is kept when every item is valid.
const list = <T extends string>(
  raw: string | null,
  one: (item: string) => string | undefined,
): T | undefined => {
  const items = raw?.split(',').map((item) => one(item));
  return items?.length && items.every(Boolean) ? (items.join(',') as T) : undefined;
};

// Hand-edited or stale links must not break the page: unknown values are dropped, not sent to the API.
export const parseTaskFilters = (params: URLSearchParams): TaskFilters => {
  const filters: TaskFilters = {
    measure: list(params.get('measure'), code),
    region: list(params.get('region'), code),
    sector: list(params.get('sector'), code),
    leadUnit: list(params.get('leadUnit'), uuid),
    state: list<TaskState>(params.get('state'), (item) => oneOf(TASK_STATES, item)),
    light: list<TaskLight>(params.get('light'), (item) => oneOf(TASK_LIGHTS, item)),
    dueFrom: date(params.get('dueFrom')),
    dueTo: date(params.get('dueTo')),
    archived: oneOf(ARCHIVED_CHOICES, params.get('archived')),
    q: cleanSearchText(params.get('q')),
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

export type TaskListQuery = Omit<TaskFilters, 'archived'> & {
  archived?: 'exclude' | ArchivedChoice;
  cursor?: string;
  limit?: number;
};

export const toTaskListQuery = (filters: TaskFilters, cursor?: string, limit?: number): TaskListQuery => ({
  ...compactFilters(filters),
  ...(cursor ? { cursor } : {}),
  ...(limit ? { limit } : {}),
});
