import type { ImportResult } from '@plan/contracts';
import { ApiError, csrfHeader, NETWORK_ERROR_CODE } from '../../../lib/api-client';
import { isImportResult } from '../utils/import-result';

export const IMPORT_TEMPLATE_HREF = '/api/imports/template.xlsx';
export const IMPORT_TEMPLATE_FALLBACK_NAME = 'import-template.xlsx';

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

// multipart/form-data with the file in `file`; ?dryRun=true only validates. A file with errors is
// answered 422 IMPORT_INVALID with the whole result beside the code: that is a result to show (valid:
// false), not a failure, so it resolves like a clean one.
export const postImport = async (file: File, dryRun: boolean): Promise<ImportResult> => {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(`/api/imports${dryRun ? '?dryRun=true' : ''}`, {
      method: 'POST',
      headers: { Accept: 'application/json', ...csrfHeader('POST') },
      body: form,
      credentials: 'same-origin',
    });
  } catch (error) {
    throw new ApiError(0, NETWORK_ERROR_CODE, error instanceof Error ? error.message : String(error));
  }
  const payload = await readJson(response);
  if (!response.ok) {
    if (isImportResult(payload)) return payload;
    const body = (payload ?? {}) as ErrorBody;
    if (isImportResult(body.details)) return body.details;
    throw new ApiError(
      response.status,
      typeof body.code === 'string' ? body.code : 'UNKNOWN_ERROR',
      typeof body.message === 'string' ? body.message : response.statusText,
    );
  }
  return payload as ImportResult;
};
