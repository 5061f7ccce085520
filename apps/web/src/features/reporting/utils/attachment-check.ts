import { ATTACHMENT_MAX_BYTES, ATTACHMENT_MAX_PER_REPORT, ATTACHMENT_TYPES } from '@plan/contracts';

export type AttachmentProblem = 'type' | 'size' | 'empty' | 'count';

type FileLike = { name: string; size: number; type: string };

const ALLOWED_MIME_TYPES = new Set(Object.values(ATTACHMENT_TYPES));
// Some systems send no type, or a generic one, for Office files; the extension and the server's
// content check decide then.
const UNKNOWN_MIME_TYPES = new Set(['', 'application/octet-stream']);

export const ATTACHMENT_EXTENSIONS = Object.keys(ATTACHMENT_TYPES);

// For <input accept>: the extensions and their media types.
export const ATTACHMENT_ACCEPT = [
  ...ATTACHMENT_EXTENSIONS.map((ext) => `.${ext}`),
  ...ALLOWED_MIME_TYPES,
].join(',');

export const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
};

export const checkAttachment = (file: FileLike, existingCount: number): AttachmentProblem | null => {
  if (existingCount >= ATTACHMENT_MAX_PER_REPORT) return 'count';
  const expected = ATTACHMENT_TYPES[extensionOf(file.name)];
  if (!expected) return 'type';
  if (!UNKNOWN_MIME_TYPES.has(file.type) && !ALLOWED_MIME_TYPES.has(file.type)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > ATTACHMENT_MAX_BYTES) return 'size';
  return null;
};

// Checks a batch in order: each accepted file takes one of the report's places.
export const partitionAttachments = <F extends FileLike>(
  files: F[],
  existingCount: number,
): { accepted: F[]; rejected: { file: F; problem: AttachmentProblem }[] } => {
  const accepted: F[] = [];
  const rejected: { file: F; problem: AttachmentProblem }[] = [];
  for (const file of files) {
    const problem = checkAttachment(file, existingCount + accepted.length);
    if (problem) rejected.push({ file, problem });
    else accepted.push(file);
  }
  return { accepted, rejected };
};
