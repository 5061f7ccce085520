import { AppException } from '../../common/app.exception';
import { decodeAuditCursor, encodeAuditCursor } from './audit-cursor';

describe('audit cursor', () => {
  it('round-trips PostgreSQL timestamp text with its microseconds', () => {
    const c = { at: '2026-11-29 13:04:05.123456+00', id: '9007199254740993' };
    expect(decodeAuditCursor(encodeAuditCursor(c))).toEqual(c);
  });

  it.each([
    ['garbage', 'not base64 json'],
    ['a non-array', Buffer.from('{"at":1}').toString('base64url')],
    ['a bad id', Buffer.from('["2026-11-29 00:00:00+00","1; DROP"]').toString('base64url')],
    ['a bad time', Buffer.from('["yesterday","1"]').toString('base64url')],
  ])('refuses %s with INVALID_CURSOR', (_, raw) => {
    let thrown: unknown;
    try {
      decodeAuditCursor(raw);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(AppException);
    expect((thrown as AppException).code).toBe('INVALID_CURSOR');
  });
});
