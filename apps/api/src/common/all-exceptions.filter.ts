import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import type { ErrorBody, ErrorCode } from '@plan/contracts';
import { AppException, LocalizedMessage } from './app.exception';
import { ERROR_STATUS } from './error-status';

type Mapped = { code: ErrorCode; localized: LocalizedMessage; details?: unknown; status?: number };

const BY_HTTP_STATUS: Record<number, Mapped> = {
  400: { code: 'BAD_REQUEST', localized: { zh: '请求无效', en: 'Bad request' } },
  401: { code: 'AUTH_REQUIRED', localized: { zh: '请先登录', en: 'Please log in first' } },
  403: { code: 'FORBIDDEN', localized: { zh: '无权执行此操作', en: 'You are not allowed to do this' } },
  404: { code: 'ROUTE_NOT_FOUND', localized: { zh: '请求的地址不存在', en: 'No such endpoint' } },
  405: { code: 'ROUTE_NOT_FOUND', localized: { zh: '请求的地址不存在', en: 'No such endpoint' } },
  413: { code: 'PAYLOAD_TOO_LARGE', localized: { zh: '请求内容过大', en: 'Request body is too large' } },
  429: {
    code: 'RATE_LIMITED',
    localized: { zh: '请求过于频繁，请稍后再试', en: 'Too many requests; please try again shortly' },
  },
  415: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    localized: { zh: '不支持的内容类型', en: 'Unsupported content type' },
  },
};

const DB_UNAVAILABLE: Mapped = {
  code: 'DATABASE_UNAVAILABLE',
  localized: { zh: '数据库暂时不可用，请稍后重试', en: 'The database is unavailable; please retry shortly' },
};

// Connection-level failures: the request may be retried once the database is back. TypeORM answers
// "query runner already released" to a transaction that goes on after its connection died.
const CONNECTION_ERRORS =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|terminating connection|the database system is|already released/i;

function fromDatabase(
  err: QueryFailedError & { code?: string; driverError?: { code?: string } },
): Mapped | null {
  const code = err.driverError?.code ?? err.code;
  if (!code) return null;
  if (code === '23505')
    return {
      code: 'CONFLICT',
      localized: { zh: '数据已存在，与现有记录冲突', en: 'This conflicts with an existing record' },
    };
  if (code === '23503')
    return {
      code: 'REFERENCE_INVALID',
      localized: { zh: '引用的记录不存在', en: 'A referenced record does not exist' },
    };
  if (code === '40001' || code === '40P01')
    return {
      code: 'CONFLICT',
      localized: { zh: '并发修改冲突，请重试', en: 'Concurrent change; please retry' },
    };
  if (code.startsWith('22') || code === '23514' || code === '23502')
    return { code: 'BAD_REQUEST', localized: { zh: '提交的数据无效', en: 'The submitted data is invalid' } };
  if (['08000', '08001', '08003', '08004', '08006', '53300'].includes(code) || code.startsWith('57P'))
    return DB_UNAVAILABLE;
  return null;
}

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request>();
    const mapped = this.map(exception);
    const status = mapped.status ?? ERROR_STATUS[mapped.code];
    if (status >= 500) {
      this.logger.error(
        {
          err:
            exception instanceof Error
              ? { name: exception.name, message: exception.message, stack: exception.stack }
              : exception,
          path: req.path,
        },
        'request failed',
      );
    }
    if (res.headersSent) {
      res.end();
      return;
    }
    const body: ErrorBody = {
      statusCode: status,
      code: mapped.code,
      message: `${mapped.localized.zh} / ${mapped.localized.en}`,
    };
    if (mapped.details !== undefined) body.details = mapped.details;
    if (status === 503) res.setHeader('Retry-After', '5');
    res.status(status).json(body);
  }

  private map(exception: unknown): Mapped {
    if (exception instanceof AppException)
      return { code: exception.code, localized: exception.localized, details: exception.details };
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const known = BY_HTTP_STATUS[status];
      if (known) return known;
      if (status === 503) return DB_UNAVAILABLE;
      if (status < 500) return { ...BY_HTTP_STATUS[400], status };
    }
    if (exception instanceof QueryFailedError) {
      const db = fromDatabase(exception as QueryFailedError & { code?: string });
      if (db) return db;
    }
    const e = exception as {
      status?: number;
      statusCode?: number;
      type?: string;
      message?: string;
      code?: string;
    };
    // body-parser and other http-errors carry their own 4xx status
    const httpStatus = e?.statusCode ?? e?.status;
    if (typeof httpStatus === 'number' && httpStatus >= 400 && httpStatus < 500) {
      if (e.type === 'entity.parse.failed')
        return {
          code: 'BAD_REQUEST',
          localized: { zh: '请求体不是有效的 JSON', en: 'Request body is not valid JSON' },
        };
      if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported') return BY_HTTP_STATUS[415];
      return BY_HTTP_STATUS[httpStatus] ?? { ...BY_HTTP_STATUS[400], status: httpStatus };
    }
    if (typeof e?.message === 'string' && CONNECTION_ERRORS.test(e.message)) return DB_UNAVAILABLE;
    if (typeof e?.code === 'string' && /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE)$/.test(e.code))
      return DB_UNAVAILABLE;
    return { code: 'INTERNAL_ERROR', localized: { zh: '服务器内部错误', en: 'Internal server error' } };
  }
}
