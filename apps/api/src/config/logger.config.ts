import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';
import pino from 'pino';
import type { Options } from 'pino-http';

// Structured JSON logs with the request id; secrets never reach them.
export function loggerParams(): Params {
  const level = process.env.LOG_LEVEL ?? (process.env.JEST_WORKER_ID ? 'warn' : 'info');
  const options: Options = {
    level,
    genReqId: (req: IncomingMessage) => (req as IncomingMessage & { requestId?: string }).requestId ?? '',
    customProps: (req: IncomingMessage) => ({
      userId: (req as IncomingMessage & { user?: { id: string } }).user?.id,
    }),
    autoLogging: { ignore: (req: IncomingMessage) => (req.url ?? '').startsWith('/api/health') },
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.passwordHash',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { id: string; method: string; url: string; remoteAddress?: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url,
        ip: req.remoteAddress,
      }),
      // the status only: every answer carries the same dozen security headers (helmet), ~900 bytes a line that
      // said nothing and cost a serialization per request
      res: (res: { statusCode: number | null }) => ({ statusCode: res.statusCode }),
    },
  };
  // Lines are written off the event loop: a write is in flight while the next lines gather behind it, so a busy
  // server makes one write per batch and a quiet one still writes each line at once. Whatever is gathered is
  // written when the process exits. Tests keep pino's default (synchronous) stdout.
  if (process.env.JEST_WORKER_ID) return { pinoHttp: options };
  return { pinoHttp: [options, pino.destination({ dest: 1, sync: false })] };
}
