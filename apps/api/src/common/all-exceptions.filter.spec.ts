import {
  ArgumentsHost,
  BadRequestException,
  ForbiddenException,
  HttpException,
  HttpStatus,
  Logger,
  NotFoundException,
  PayloadTooLargeException,
  ServiceUnavailableException,
  UnauthorizedException,
} from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { ERROR_CODES, type ErrorBody } from '@plan/contracts';
import { AllExceptionsFilter } from './all-exceptions.filter';
import { AppException } from './app.exception';
import { ERROR_STATUS } from './error-status';

type FakeResponse = {
  headersSent: boolean;
  statusCode?: number;
  body?: ErrorBody;
  headers: Record<string, string>;
  ended: boolean;
  status: jest.Mock;
  json: jest.Mock;
  setHeader: jest.Mock;
  end: jest.Mock;
};

function fakeResponse(headersSent = false): FakeResponse {
  const res: FakeResponse = {
    headersSent,
    headers: {},
    ended: false,
    status: jest.fn((code: number) => {
      res.statusCode = code;
      return res;
    }),
    json: jest.fn((body: ErrorBody) => {
      res.body = body;
      return res;
    }),
    setHeader: jest.fn((name: string, value: string) => {
      res.headers[name] = value;
      return res;
    }),
    end: jest.fn(() => {
      res.ended = true;
      return res;
    }),
  };
  return res;
}

function fakeHost(res: FakeResponse): ArgumentsHost {
  const req = { path: '/api/tasks', method: 'GET' };
  const http = { getRequest: () => req, getResponse: () => res, getNext: () => undefined };
  return {
    switchToHttp: () => http,
    getType: () => 'http',
    getArgs: () => [req, res],
    getArgByIndex: (i: number) => [req, res][i],
  } as unknown as ArgumentsHost;
}

function run(exception: unknown): FakeResponse {
  const res = fakeResponse();
  new AllExceptionsFilter().catch(exception, fakeHost(res));
  return res;
}

const dbError = (code: string, message = 'x') =>
  new QueryFailedError('SELECT 1', [], Object.assign(new Error(message), { code }));

describe(AllExceptionsFilter.name, () => {
  let logError: jest.SpyInstance;

  beforeEach(() => {
    logError = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    logError.mockRestore();
  });

  describe('AppException', () => {
    it('answers with the status of its code and a bilingual message', () => {
      const res = run(new AppException('TASK_NOT_FOUND', { zh: '任务不存在', en: 'Task not found' }));
      expect(res.status).toHaveBeenCalledWith(404);
      expect(res.body).toEqual({ statusCode: 404, code: 'TASK_NOT_FOUND', message: expect.any(String) });
      expect(res.body?.message).toContain('任务不存在');
      expect(res.body?.message).toContain('Task not found');
      expect(res.setHeader).not.toHaveBeenCalledWith('Retry-After', expect.anything());
    });

    it('passes details through', () => {
      const details = [{ field: 'title', constraint: 'isString' }];
      const res = run(
        new AppException('VALIDATION_FAILED', { zh: '请求内容有误', en: 'Invalid request' }, details),
      );
      expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', details });
    });

    it('leaves details out when there are none', () => {
      const res = run(new AppException('CONFLICT', { zh: '冲突', en: 'Conflict' }));
      expect(res.body).not.toHaveProperty('details');
    });

    it.each(ERROR_CODES.map((c) => [c]))('%s gets the status from ERROR_STATUS', (code) => {
      const res = run(new AppException(code, { zh: '中文', en: 'English' }));
      expect(res.statusCode).toBe(ERROR_STATUS[code]);
      expect(res.body).toMatchObject({
        statusCode: ERROR_STATUS[code],
        code,
        message: expect.stringContaining('中文'),
      });
    });

    it('is not logged when it is a client error', () => {
      run(new AppException('NOT_FOUND', { zh: '不存在', en: 'Not found' }));
      expect(logError).not.toHaveBeenCalled();
    });
  });

  describe('Nest HttpException', () => {
    it('NotFoundException (an unknown route) becomes 404 ROUTE_NOT_FOUND', () => {
      const res = run(new NotFoundException('Cannot GET /api/nope'));
      expect(res.status).toHaveBeenCalledWith(404);
      expect(res.body).toMatchObject({ statusCode: 404, code: 'ROUTE_NOT_FOUND' });
      expect(res.body?.message).not.toContain('Cannot GET');
    });

    it.each<[string, HttpException, number, string]>([
      ['BadRequestException', new BadRequestException('raw text'), 400, 'BAD_REQUEST'],
      ['UnauthorizedException', new UnauthorizedException(), 401, 'AUTH_REQUIRED'],
      ['ForbiddenException', new ForbiddenException(), 403, 'FORBIDDEN'],
      // a wrong method is answered like an unknown route
      ['405', new HttpException('method', HttpStatus.METHOD_NOT_ALLOWED), 404, 'ROUTE_NOT_FOUND'],
      ['PayloadTooLargeException', new PayloadTooLargeException(), 413, 'PAYLOAD_TOO_LARGE'],
      ['418', new HttpException('teapot', 418), 418, 'BAD_REQUEST'],
      ['429', new HttpException('slow down', HttpStatus.TOO_MANY_REQUESTS), 429, 'RATE_LIMITED'],
      ['ServiceUnavailableException', new ServiceUnavailableException(), 503, 'DATABASE_UNAVAILABLE'],
    ])('%s → %i %s', (_name, exception, status, code) => {
      const res = run(exception);
      expect(res.statusCode).toBe(status);
      expect(res.body).toMatchObject({ statusCode: status, code });
    });

    it('a 500 HttpException is an internal error', () => {
      const res = run(new HttpException('boom internals', 500));
      expect(res.body).toMatchObject({ statusCode: 500, code: 'INTERNAL_ERROR' });
      expect(JSON.stringify(res.body)).not.toContain('boom internals');
    });
  });

  describe('body-parser errors', () => {
    it('malformed JSON becomes 400 BAD_REQUEST', () => {
      const err = Object.assign(new SyntaxError('Unexpected token } in JSON at position 7'), {
        status: 400,
        statusCode: 400,
        type: 'entity.parse.failed',
        body: '{"a": }',
      });
      const res = run(err);
      expect(res.statusCode).toBe(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'BAD_REQUEST' });
      expect(JSON.stringify(res.body)).not.toContain('Unexpected token');
    });

    it('a plain {status: 400, type: entity.parse.failed} object is handled alike', () => {
      const res = run({ status: 400, type: 'entity.parse.failed' });
      expect(res.body).toMatchObject({ statusCode: 400, code: 'BAD_REQUEST' });
    });

    it('an over-large body becomes 413 PAYLOAD_TOO_LARGE', () => {
      const res = run(
        Object.assign(new Error('request entity too large'), { status: 413, type: 'entity.too.large' }),
      );
      expect(res.statusCode).toBe(413);
      expect(res.body).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
    });

    it.each(['encoding.unsupported', 'charset.unsupported'])(
      '%s becomes 415 UNSUPPORTED_MEDIA_TYPE',
      (type) => {
        const res = run(Object.assign(new Error('unsupported'), { status: 415, type }));
        expect(res.body).toMatchObject({ statusCode: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
      },
    );
  });

  describe('database errors', () => {
    it.each([
      ['23505', 409, 'CONFLICT'],
      ['23503', 400, 'REFERENCE_INVALID'],
      ['22P02', 400, 'BAD_REQUEST'],
      ['22003', 400, 'BAD_REQUEST'],
      ['23514', 400, 'BAD_REQUEST'],
      ['40001', 409, 'CONFLICT'],
      ['40P01', 409, 'CONFLICT'],
    ])('%s → %i %s', (sqlState, status, code) => {
      const res = run(
        dbError(sqlState, 'duplicate key value violates unique constraint "uq_tasks_workspace_code"'),
      );
      expect(res.statusCode).toBe(status);
      expect(res.body).toMatchObject({ statusCode: status, code });
      expect(JSON.stringify(res.body)).not.toContain('uq_tasks_workspace_code');
      expect(res.setHeader).not.toHaveBeenCalledWith('Retry-After', expect.anything());
    });

    it.each(['08006', '08001', '57P01', '53300'])(
      '%s → 503 DATABASE_UNAVAILABLE with Retry-After',
      (sqlState) => {
        const res = run(dbError(sqlState));
        expect(res.statusCode).toBe(503);
        expect(res.body).toMatchObject({ statusCode: 503, code: 'DATABASE_UNAVAILABLE' });
        expect(res.setHeader).toHaveBeenCalledWith('Retry-After', expect.stringMatching(/^\d+$/));
      },
    );

    it('a syntax error (42601) is our bug: 500 INTERNAL_ERROR without the SQL', () => {
      const res = run(
        new QueryFailedError(
          'SELECT * FROM tasks WHERE secret_column = $1',
          ['s3cr3t'],
          Object.assign(new Error('syntax error at or near "WHERE"'), { code: '42601' }),
        ),
      );
      expect(res.statusCode).toBe(500);
      expect(res.body).toEqual({ statusCode: 500, code: 'INTERNAL_ERROR', message: expect.any(String) });
      const text = JSON.stringify(res.body);
      expect(text).not.toContain('secret_column');
      expect(text).not.toContain('s3cr3t');
      expect(text).not.toContain('syntax error');
      expect(logError).toHaveBeenCalledTimes(1);
    });

    it('a QueryFailedError without a code is an internal error', () => {
      const res = run(new QueryFailedError('SELECT 1', [], new Error('something odd')));
      expect(res.body).toMatchObject({ statusCode: 500, code: 'INTERNAL_ERROR' });
    });
  });

  describe('connection failures', () => {
    it.each([
      'connect ECONNREFUSED 127.0.0.1:5432',
      'Connection terminated unexpectedly',
      'timeout exceeded when trying to connect',
      'read ECONNRESET',
      'Query runner already released. Cannot run queries anymore.',
    ])('%s → 503 DATABASE_UNAVAILABLE with Retry-After', (message) => {
      const res = run(new Error(message));
      expect(res.statusCode).toBe(503);
      expect(res.body).toMatchObject({ statusCode: 503, code: 'DATABASE_UNAVAILABLE' });
      expect(res.headers['Retry-After']).toMatch(/^\d+$/);
      expect(JSON.stringify(res.body)).not.toContain('127.0.0.1');
    });

    it('an error carrying only a connection error code → 503', () => {
      const res = run(Object.assign(new Error('socket failure'), { code: 'ETIMEDOUT' }));
      expect(res.body).toMatchObject({ statusCode: 503, code: 'DATABASE_UNAVAILABLE' });
    });
  });

  describe('anything else', () => {
    it('is a 500 INTERNAL_ERROR that reveals neither message nor stack', () => {
      const err = new TypeError("Cannot read properties of undefined (reading 'password_hash')");
      const res = run(err);
      expect(res.statusCode).toBe(500);
      expect(res.body).toEqual({ statusCode: 500, code: 'INTERNAL_ERROR', message: expect.any(String) });
      const text = JSON.stringify(res.body);
      expect(text).not.toContain('password_hash');
      expect(text).not.toContain('TypeError');
      expect(text).not.toContain('.ts:');
      expect(text).not.toContain(err.stack?.split('\n')[1]?.trim() ?? 'unreachable');
      expect(res.setHeader).not.toHaveBeenCalledWith('Retry-After', expect.anything());
    });

    it('logs the original error with its stack for the operators', () => {
      const err = new Error('kaboom');
      run(err);
      expect(logError).toHaveBeenCalledTimes(1);
      const [payload] = logError.mock.calls[0] as [{ err: { message: string; stack: string }; path: string }];
      expect(payload.err.message).toBe('kaboom');
      expect(payload.err.stack).toBe(err.stack);
      expect(payload.path).toBe('/api/tasks');
    });

    it.each([[undefined], [null], ['a thrown string'], [42], [{}]])('handles the non-Error %j', (thrown) => {
      const res = run(thrown);
      expect(res.body).toMatchObject({ statusCode: 500, code: 'INTERNAL_ERROR' });
    });

    it('a 5xx status on a non-Nest error is not trusted as a client error', () => {
      const res = run(Object.assign(new Error('upstream'), { status: 502 }));
      expect(res.body).toMatchObject({ statusCode: 500, code: 'INTERNAL_ERROR' });
    });
  });

  it('only ends the response when headers were already sent', () => {
    const res = fakeResponse(true);
    new AllExceptionsFilter().catch(new Error('late failure'), fakeHost(res));
    expect(res.end).toHaveBeenCalledTimes(1);
    expect(res.status).not.toHaveBeenCalled();
    expect(res.json).not.toHaveBeenCalled();
  });
});
