import { ApiError, csrfHeader, NETWORK_ERROR_CODE, toQueryString, type QueryValue } from '../../../lib/api-client';

// lib/api-client drops the error body's `details`, which the task forms need (per-field validation
// messages, the current task on a version conflict); writes go through this until ApiError carries them.
export class TaskApiError extends ApiError {
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details: unknown) {
    super(status, code, message);
    this.name = 'TaskApiError';
    this.details = details;
  }
}

type WriteOptions = {
  method: 'POST' | 'PATCH' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
};

type ErrorBody = { code?: unknown; message?: unknown; details?: unknown };

const readJson = async (response: Response): Promise<unknown> => {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

export const taskWrite = async <T>(path: string, { method, query, body }: WriteOptions): Promise<T> => {
  const headers: Record<string, string> = { Accept: 'application/json', ...csrfHeader(method) };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`/api${path}${toQueryString(query)}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch (error) {
    throw new ApiError(0, NETWORK_ERROR_CODE, error instanceof Error ? error.message : String(error));
  }
  const payload = await readJson(response);
  if (!response.ok) {
    const errorBody = (payload ?? {}) as ErrorBody;
    const code = typeof errorBody.code === 'string' ? errorBody.code : 'UNKNOWN_ERROR';
    const message = typeof errorBody.message === 'string' ? errorBody.message : response.statusText;
    throw new TaskApiError(response.status, code, message, errorBody.details);
  }
  return payload as T;
};

export const errorDetails = (error: unknown): unknown =>
  error instanceof TaskApiError ? error.details : undefined;
