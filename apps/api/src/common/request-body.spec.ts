import type { NextFunction, Request, Response } from 'express';
import { AppException } from './app.exception';
import { requireKnownBodyType, verifyUtf8 } from './request-body';

function run(path: string, headers: Record<string, string>): unknown {
  const req = {
    path,
    headers,
    is: (type: string) => {
      const ct = (headers['content-type'] ?? '').split(';')[0].trim();
      return ct === type ? type : false;
    },
  } as unknown as Request;
  let passed: unknown = 'not called';
  requireKnownBodyType(req, {} as Response, ((e?: unknown) => (passed = e)) as NextFunction);
  return passed;
}

describe('requireKnownBodyType', () => {
  it('lets JSON bodies and requests without a body through', () => {
    expect(run('/api/tasks', { 'content-type': 'application/json', 'content-length': '2' })).toBeUndefined();
    expect(run('/api/auth/logout', {})).toBeUndefined();
    expect(run('/api/auth/logout', { 'content-type': 'text/plain', 'content-length': '0' })).toBeUndefined();
  });

  it('lets multipart through only on the upload routes', () => {
    const multipart = { 'content-type': 'multipart/form-data; boundary=x', 'content-length': '10' };
    expect(run('/api/imports', multipart)).toBeUndefined();
    expect(run('/api/reports/abc/attachments', multipart)).toBeUndefined();
    expect(run('/api/reports/abc/submit', multipart)).toBeInstanceOf(AppException);
  });

  it.each([
    'text/plain',
    'application/xml',
    'application/x-www-form-urlencoded',
    'application/octet-stream',
    '',
  ])('refuses a %s body with 415 UNSUPPORTED_MEDIA_TYPE', (type) => {
    const e = run('/api/reports/abc/submit', { 'content-type': type, 'transfer-encoding': 'chunked' });
    expect(e).toBeInstanceOf(AppException);
    expect((e as AppException).code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('leaves paths outside the API alone', () => {
    expect(run('/index.html', { 'content-type': 'text/plain', 'content-length': '3' })).toBeUndefined();
  });
});

describe('verifyUtf8', () => {
  it('accepts UTF-8, including astral characters', () => {
    expect(() => verifyUtf8(null, null, Buffer.from('{"t":"𠀀🎉中文"}'))).not.toThrow();
  });

  it.each([
    ['a stray continuation byte', [0x80]],
    ['an invalid byte', [0xff, 0xfe]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['an overlong slash', [0xc0, 0xaf]],
  ])('refuses %s as a 400 parse failure', (_name, bytes) => {
    const buf = Buffer.concat([Buffer.from('{"t":"'), Buffer.from(bytes), Buffer.from('"}')]);
    expect(() => verifyUtf8(null, null, buf)).toThrow(
      expect.objectContaining({ status: 400, type: 'entity.parse.failed' }),
    );
  });
});
