import { createHash, timingSafeEqual } from 'node:crypto';

export const CSRF_HEADER = 'x-csrf-token';

// The synchronizer token of a session: derived from the httpOnly session cookie, which another
// site can neither read nor guess, so only our own pages (which get it from /api/auth/me) can
// send it back in the X-CSRF-Token header of a write.
export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update(`luoshi-csrf:${sessionToken}`).digest('base64url');
}

export function csrfMatches(sessionToken: string, header: unknown): boolean {
  if (typeof header !== 'string' || header.length === 0 || header.length > 100) return false;
  const expected = Buffer.from(csrfTokenFor(sessionToken));
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
