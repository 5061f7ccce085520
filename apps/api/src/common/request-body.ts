import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { NextFunction, Request, Response } from 'express';
import { AppException } from './app.exception';

// The routes that take a file upload (multipart/form-data); every other route takes JSON only.
const UPLOAD_ROUTES = [/^\/api\/imports\/?$/, /^\/api\/reports\/[^/]+\/attachments\/?$/];

const hasBody = (req: Request) =>
  req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;

// A body the API would not parse is refused (415) instead of being read as an empty object: otherwise a
// text/plain or form post would run a route whose fields are all optional (submit, remind, restore).
export function requireKnownBodyType(req: Request, _res: Response, next: NextFunction): void {
  if (!req.path.startsWith('/api/') || !hasBody(req)) return next();
  if (req.is('application/json')) return next();
  if (req.is('multipart/form-data') && UPLOAD_ROUTES.some((r) => r.test(req.path))) return next();
  next(
    new AppException('UNSUPPORTED_MEDIA_TYPE', {
      zh: '不支持的内容类型：请以 JSON（application/json）提交',
      en: 'Unsupported content type: send JSON (application/json)',
    }),
  );
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

// body-parser replaces bytes that are not UTF-8 with U+FFFD and carries on; JSON must be UTF-8 (RFC 8259),
// so such a body is refused rather than stored altered.
export function verifyUtf8(_req: unknown, _res: unknown, buf: Buffer): void {
  try {
    utf8.decode(buf);
  } catch {
    throw Object.assign(new Error('The request body is not valid UTF-8'), {
      status: 400,
      type: 'entity.parse.failed',
    });
  }
}

// Requests Node refuses before the app sees them (headers or URL too long, malformed HTTP) get the same
// JSON error body as everything else, instead of a bare status line.
export function answerClientErrors(server: Server): void {
  server.on('clientError', (err: Error & { code?: string }, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status =
      err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const message =
      status === 431
        ? '请求头或地址过长 / The request headers or URL are too long'
        : status === 408
          ? '请求超时 / The request took too long'
          : '请求格式错误 / Malformed request';
    const body = JSON.stringify({ statusCode: status, code: 'BAD_REQUEST', message });
    socket.end(
      `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request'}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        'X-Content-Type-Options: nosniff\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  });
}
