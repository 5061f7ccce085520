import { AppException } from '../../common/app.exception';

// Newest first by (at, id); `at` travels as PostgreSQL's own text so no microseconds are lost.
export type AuditCursor = { at: string; id: string };

export const encodeAuditCursor = (c: AuditCursor): string =>
  Buffer.from(JSON.stringify([c.at, c.id])).toString('base64url');

export function decodeAuditCursor(raw: string): AuditCursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown[];
    if (
      typeof at === 'string' &&
      typeof id === 'string' &&
      /^\d{1,19}$/.test(id) &&
      !Number.isNaN(Date.parse(at))
    )
      return { at, id };
  } catch {
    // falls through to the error below
  }
  throw new AppException('INVALID_CURSOR', { zh: '分页游标无效', en: 'The cursor is invalid' });
}
