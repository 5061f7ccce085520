import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';

// Structured JSON logs with the request id; secrets never reach them.
export function loggerParams(): Params {
  const level = process.env.LOG_LEVEL ?? (process.env.JEST_WORKER_ID ? 'warn' : 'info');
  return {
    pinoHttp: {
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
      },
    },
  };
}
