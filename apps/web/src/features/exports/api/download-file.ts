import { ApiError, NETWORK_ERROR_CODE } from '../../../lib/api-client';
import { fileNameFromDisposition } from '../utils/content-disposition';

export type DownloadedFile = { fileName: string; size: number; contentType: string };

type ErrorBody = { code?: unknown; message?: unknown };

const readError = async (response: Response): Promise<ApiError> => {
  let body: ErrorBody = {};
  try {
    body = ((await response.json()) as ErrorBody | null) ?? {};
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  const code = typeof body.code === 'string' ? body.code : 'UNKNOWN_ERROR';
  const message = typeof body.message === 'string' ? body.message : response.statusText;
  return new ApiError(response.status, code, message);
};

// Fetched rather than followed as a plain link, so a refusal (403, a bad filter, no CJK font on the
// server) is shown as a translated message instead of downloading the error body as the document.
export const fetchFile = async (
  href: string,
  fallbackName: string,
  signal?: AbortSignal,
): Promise<{ blob: Blob; fileName: string }> => {
  let response: Response;
  try {
    response = await fetch(href, { credentials: 'same-origin', signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, NETWORK_ERROR_CODE, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw await readError(response);
  const blob = await response.blob();
  const fileName = fileNameFromDisposition(response.headers.get('Content-Disposition')) ?? fallbackName;
  return { blob, fileName };
};

// Chromium reads the blob after click() returns, so the URL is revoked a while later.
const REVOKE_AFTER_MS = 60_000;

export const saveBlob = (blob: Blob, fileName: string): void => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
};

export const downloadFile = async (
  href: string,
  fallbackName: string,
  signal?: AbortSignal,
): Promise<DownloadedFile> => {
  const { blob, fileName } = await fetchFile(href, fallbackName, signal);
  saveBlob(blob, fileName);
  return { fileName, size: blob.size, contentType: blob.type };
};
