import { ApiError, csrfHeader, NETWORK_ERROR_CODE, toQueryString, type QueryValue } from '../../../lib/api-client';

// ApiError plus the body's `details`: field errors, the current row on a version conflict, the
// report that already holds a period. The shared client drops them; reporting needs them.
export class DetailedApiError extends ApiError {
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details: unknown) {
    super(status, code, message);
    this.name = 'DetailedApiError';
    this.details = details;
  }
}

export const errorDetails = (error: unknown): unknown =>
  error instanceof DetailedApiError ? error.details : undefined;

export type FieldErrorDetail = { field: string; messageZh: string; messageEn: string };

export const fieldErrorDetails = (error: unknown): FieldErrorDetail[] => {
  const details = errorDetails(error);
  if (!Array.isArray(details)) return [];
  return details.filter(
    (d): d is FieldErrorDetail =>
      typeof d === 'object' && d !== null && typeof (d as FieldErrorDetail).field === 'string',
  );
};

type Options = {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  form?: FormData;
  signal?: AbortSignal;
};

const readBody = async (response: Response): Promise<unknown> => {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

export const reportingRequest = async <T>(path: string, options: Options = {}): Promise<T> => {
  const { method = 'GET', query, body, form, signal } = options;
  const headers: Record<string, string> = { Accept: 'application/json', ...csrfHeader(method) };
  // multipart: the browser sets Content-Type with the boundary itself
  if (body !== undefined && !form) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`/api${path}${toQueryString(query)}`, {
      method,
      headers,
      body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new DetailedApiError(
      0,
      NETWORK_ERROR_CODE,
      error instanceof Error ? error.message : String(error),
      undefined,
    );
  }
  const payload = await readBody(response);
  if (!response.ok) {
    const p = payload as { code?: unknown; message?: unknown; details?: unknown } | undefined;
    const code =
      typeof p?.code === 'string' ? p.code : response.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'UNKNOWN_ERROR';
    const message = typeof p?.message === 'string' ? p.message : response.statusText;
    throw new DetailedApiError(response.status, code, message, p?.details);
  }
  return payload as T;
};
