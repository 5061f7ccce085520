export type ApiErrorBody = { statusCode: number; code: string; message: string; details?: unknown };

import { getRequestInit, takeEarlyResponse } from './early-requests';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  // The body's `details`: per-field validation errors, the current row on a version conflict, …
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

// Thrown when the request never got an answer (server down, offline).
export const NETWORK_ERROR_CODE = 'NETWORK_ERROR';
const UNKNOWN_ERROR_CODE = 'UNKNOWN_ERROR';

export type QueryValue = string | number | boolean | null | undefined;

type RequestOptions = {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  // multipart: the browser sets Content-Type with the boundary itself
  form?: FormData;
  signal?: AbortSignal;
};

export const toQueryString = (query: Record<string, QueryValue> | undefined): string => {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
};

const isErrorBody = (value: unknown): value is ApiErrorBody =>
  typeof value === 'object' && value !== null && typeof (value as ApiErrorBody).code === 'string';

const readJson = async (response: Response): Promise<unknown> => {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

// The session's CSRF token: the API answers it with every login and /auth/me, and refuses a
// write (POST, PUT, PATCH, DELETE) that does not send it back in X-CSRF-Token.
let csrfToken: string | null = null;

export const rememberCsrfToken = (payload: unknown): void => {
  const token = (payload as { csrfToken?: unknown } | null | undefined)?.csrfToken;
  if (typeof token === 'string') csrfToken = token;
};

export const csrfHeader = (method: string): Record<string, string> =>
  method !== 'GET' && csrfToken ? { 'X-CSRF-Token': csrfToken } : {};

export const apiRequest = async <T>(path: string, options: RequestOptions = {}): Promise<T> => {
  const { method = 'GET', query, body, form, signal } = options;
  const headers: Record<string, string> = { Accept: 'application/json', ...csrfHeader(method) };
  if (body !== undefined && !form) headers['Content-Type'] = 'application/json';

  const url = `/api${path}${toQueryString(query)}`;
  let response: Response;
  try {
    response = await (method === 'GET'
      ? // Sent already by the boot script, or now, with the same options.
        (takeEarlyResponse(url) ?? fetch(url, getRequestInit(signal)))
      : fetch(url, {
          method,
          headers,
          body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
          credentials: 'same-origin',
          signal,
        }));
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, NETWORK_ERROR_CODE, error instanceof Error ? error.message : String(error));
  }

  const payload = await readJson(response);
  if (!response.ok) {
    if (isErrorBody(payload))
      throw new ApiError(response.status, payload.code, payload.message ?? '', payload.details);
    // A proxy in front refuses an upload over its limit with its own (non-JSON) 413.
    const code = response.status === 413 ? 'PAYLOAD_TOO_LARGE' : UNKNOWN_ERROR_CODE;
    throw new ApiError(response.status, code, response.statusText);
  }
  if (path.startsWith('/auth/')) rememberCsrfToken(payload);
  return payload as T;
};

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

export const errorDetails = (error: unknown): unknown => (isApiError(error) ? error.details : undefined);
