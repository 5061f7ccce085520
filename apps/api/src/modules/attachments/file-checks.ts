import { ATTACHMENT_TYPES } from '@plan/contracts';

const startsWith = (buf: Buffer, bytes: number[]) => bytes.every((b, i) => buf[i] === b);

// What the bytes say the file is; the name's extension must agree. Office files are ZIP containers.
const SIGNATURES: Record<string, (b: Buffer) => boolean> = {
  pdf: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
  png: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  jpg: (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  jpeg: (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  docx: (b) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]),
  xlsx: (b) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]),
  pptx: (b) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]),
};

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

// The content type we will serve the file with, or null when name and bytes do not make an allowed type.
export function detectType(fileName: string, content: Buffer): string | null {
  const ext = extensionOf(fileName);
  const check = SIGNATURES[ext];
  return check && check(content) ? ATTACHMENT_TYPES[ext] : null;
}

// eslint-disable-next-line no-control-regex -- control characters are what we strip
const UNSAFE = /[\u0000-\u001f\u007f<>:"|?*]/g;

// Browsers send the bare name, but a hostile client may send a path; keep the last segment, printable only.
// multer hands the name over as latin1; UTF-8 names (Chinese) are recovered when they decode cleanly.
export function safeFileName(raw: string): string {
  const utf8 = Buffer.from(raw, 'latin1').toString('utf8');
  const name = utf8.includes('\ufffd') ? raw : utf8;
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(UNSAFE, '_').replace(/^\.+/, '').trim();
  if (!cleaned) return 'file';
  if (cleaned.length <= 200) return cleaned;
  const ext = extensionOf(cleaned);
  return `${cleaned.slice(0, 190)}${ext ? `.${ext}` : ''}`;
}

// RFC 6266 / 5987: an ASCII fallback plus the exact UTF-8 name.
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
