import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import type { NextFunction, Response } from 'express';
import request from 'supertest';
import type { App } from 'supertest/types';
import type { AppRequest, AuthUser, RequestContext } from '../../common/request-context';
import { configureApp } from '../../configure-app';
import { jsonBytes } from '../../common/serialized-json';
import { CreateTaskDto, UpdateTaskDto } from './dto/create-task.dto';
import { ListTasksQuery } from './dto/list-tasks.query';
import { TasksController } from './tasks.controller';
import { TasksService } from './tasks.service';

const USER: AuthUser = {
  id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  sessionId: 'session-1',
  workspaceId: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
  username: 'staff',
  displayName: '张三',
  role: 'staff',
  unitId: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc',
  locale: 'zh-CN',
  regionScope: null,
};

const TASK_ID = 'dddddddd-dddd-4ddd-8ddd-dddddddddddd';

const validTask = () => ({
  title: '加大人工智能领域财政资金支持力度',
  measure: 'policy',
  region: '000000',
  sectors: ['manufacturing'],
  leadUnitId: 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee',
  responsiblePersonId: 'ffffffff-ffff-4fff-8fff-ffffffffffff',
  startDate: '2026-01-01',
  dueDate: '2027-12-31',
});

type Service = { [K in 'listJson' | 'getJson' | 'create' | 'update' | 'archive']: jest.Mock };

describe(TasksController.name, () => {
  let app: NestExpressApplication;
  let http: App;
  let service: Service;

  beforeAll(async () => {
    service = {
      listJson: jest.fn(),
      getJson: jest.fn(),
      create: jest.fn(),
      update: jest.fn(),
      archive: jest.fn(),
    };
    const moduleRef = await Test.createTestingModule({
      controllers: [TasksController],
      providers: [{ provide: TasksService, useValue: service }],
    }).compile();
    app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false });
    configureApp(app, {});
    // stands in for the AuthGuard, which is not part of this module
    app.use((req: AppRequest, _res: Response, next: NextFunction) => {
      req.user = USER;
      next();
    });
    await app.init();
    http = app.getHttpServer();
  });

  afterAll(async () => {
    await app.close();
  });

  beforeEach(() => {
    for (const fn of Object.values(service)) fn.mockReset();
    service.listJson.mockResolvedValue(jsonBytes('{"items":[],"nextCursor":null,"total":0}'));
    service.getJson.mockResolvedValue(jsonBytes(JSON.stringify({ id: TASK_ID })));
    service.create.mockResolvedValue({ id: TASK_ID });
    service.update.mockResolvedValue({ id: TASK_ID });
    service.archive.mockResolvedValue({ id: TASK_ID });
  });

  const ctxOf = (mock: jest.Mock): RequestContext => mock.mock.calls[0][0];

  describe('GET /api/tasks', () => {
    it('refuses a limit above the maximum without calling the service', async () => {
      const res = await request(http).get('/api/tasks?limit=500').expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect(res.body.details).toContainEqual(expect.objectContaining({ field: 'limit', constraint: 'max' }));
      expect(service.listJson).not.toHaveBeenCalled();
    });

    it('passes parsed filters to the service', async () => {
      const res = await request(http).get('/api/tasks?measure=policy,talent&limit=10').expect(200);
      expect(res.body).toEqual({ items: [], nextCursor: null, total: 0 });
      expect(service.listJson).toHaveBeenCalledTimes(1);
      const [ctx, q] = service.listJson.mock.calls[0] as [RequestContext, ListTasksQuery];
      expect(q).toBeInstanceOf(ListTasksQuery);
      expect(q.measure).toEqual(['policy', 'talent']);
      expect(q.limit).toBe(10);
      expect(ctx.user).toEqual(USER);
      expect(ctx.requestId).toEqual(expect.any(String));
      expect(ctx.requestId).not.toBe('');
    });

    it('accepts repeated query parameters as a list', async () => {
      await request(http).get('/api/tasks?state=behind&state=overdue').expect(200);
      expect(service.listJson.mock.calls[0][1]).toMatchObject({ state: ['behind', 'overdue'] });
    });

    it('carries the X-Request-Id into the context', async () => {
      await request(http)
        .get('/api/tasks')
        .set('X-Request-Id', 'req-123')
        .expect(200)
        .expect('X-Request-Id', 'req-123');
      expect(ctxOf(service.listJson).requestId).toBe('req-123');
    });

    it.each([
      ['an unknown measure', 'measure=policy,nope', 'measure'],
      ['an unknown sort', 'sort=title', 'sort'],
      ['a non-numeric limit', 'limit=ten', 'limit'],
      ['an impossible date', 'dueFrom=2026-02-30', 'dueFrom'],
      ['an unknown parameter', 'foo=bar', 'foo'],
    ])('refuses %s', async (_name, qs, field) => {
      const res = await request(http).get(`/api/tasks?${qs}`).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details).toContainEqual(expect.objectContaining({ field }));
      expect(service.listJson).not.toHaveBeenCalled();
    });
  });

  describe('GET /api/tasks/:id', () => {
    it('refuses an id that is not a UUID', async () => {
      const res = await request(http).get('/api/tasks/not-a-uuid').expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'INVALID_ID' });
      expect(service.getJson).not.toHaveBeenCalled();
    });

    it('passes a lower-cased id to the service', async () => {
      const res = await request(http).get(`/api/tasks/${TASK_ID.toUpperCase()}`).expect(200);
      expect(res.body).toEqual({ id: TASK_ID });
      expect(service.getJson).toHaveBeenCalledWith(expect.objectContaining({ user: USER }), TASK_ID);
    });
  });

  describe('POST /api/tasks', () => {
    it('creates from a valid body', async () => {
      await request(http).post('/api/tasks').send(validTask()).expect(201);
      expect(service.create).toHaveBeenCalledTimes(1);
      const dto = service.create.mock.calls[0][1] as CreateTaskDto;
      expect(dto).toBeInstanceOf(CreateTaskDto);
      expect(dto).toMatchObject(validTask());
    });

    it('refuses an unknown field without calling the service', async () => {
      const res = await request(http)
        .post('/api/tasks')
        .send({ ...validTask(), workspaceId: USER.workspaceId })
        .expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect(res.body.details).toEqual([
        expect.objectContaining({ field: 'workspaceId', constraint: 'whitelistValidation' }),
      ]);
      expect(res.body.message).toContain('workspaceId');
      expect(service.create).not.toHaveBeenCalled();
    });

    it('refuses a JSON array body', async () => {
      const res = await request(http).post('/api/tasks').send([validTask()]).expect(400);
      expect(res.body.code).toBe('BAD_REQUEST');
      expect(service.create).not.toHaveBeenCalled();
    });

    it('refuses malformed JSON', async () => {
      const res = await request(http)
        .post('/api/tasks')
        .set('Content-Type', 'application/json')
        .send('{"title": ')
        .expect(400);
      expect(res.body.code).toBe('BAD_REQUEST');
      expect(service.create).not.toHaveBeenCalled();
    });

    it('names a bad nested milestone by its path', async () => {
      const res = await request(http)
        .post('/api/tasks')
        .send({ ...validTask(), milestones: [{ title: '方案印发', dueDate: '2026-02-30' }] })
        .expect(400);
      expect(res.body.details).toContainEqual(
        expect.objectContaining({ field: 'milestones.0.dueDate', constraint: 'isIsoDate' }),
      );
      expect(service.create).not.toHaveBeenCalled();
    });
  });

  describe('PATCH /api/tasks/:id', () => {
    it('refuses an update without a version', async () => {
      const res = await request(http).patch(`/api/tasks/${TASK_ID}`).send({ title: '新标题' }).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect(res.body.details).toContainEqual(expect.objectContaining({ field: 'version' }));
      expect(service.update).not.toHaveBeenCalled();
    });

    it('passes a versioned update through', async () => {
      await request(http).patch(`/api/tasks/${TASK_ID}`).send({ title: '新标题', version: 2 }).expect(200);
      const [, id, dto] = service.update.mock.calls[0] as [RequestContext, string, UpdateTaskDto];
      expect(id).toBe(TASK_ID);
      expect(dto).toBeInstanceOf(UpdateTaskDto);
      expect(dto).toEqual({ title: '新标题', version: 2 });
    });
  });

  describe('DELETE /api/tasks/:id', () => {
    it('archives with the version as a number', async () => {
      await request(http).delete(`/api/tasks/${TASK_ID}?version=3`).expect(200);
      expect(service.archive).toHaveBeenCalledTimes(1);
      expect(service.archive).toHaveBeenCalledWith(expect.objectContaining({ user: USER }), TASK_ID, 3, true);
    });

    it('refuses a version that is not a positive whole number', async () => {
      const res = await request(http).delete(`/api/tasks/${TASK_ID}?version=0`).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      await request(http).delete(`/api/tasks/${TASK_ID}?version=abc`).expect(400);
      expect(service.archive).not.toHaveBeenCalled();
    });
  });

  describe('POST /api/tasks/:id/restore', () => {
    it('restores with 200 and archived false', async () => {
      await request(http).post(`/api/tasks/${TASK_ID}/restore`).send({ version: 4 }).expect(200);
      expect(service.archive).toHaveBeenCalledWith(
        expect.objectContaining({ user: USER }),
        TASK_ID,
        4,
        false,
      );
    });
  });

  it('answers an unknown route with 404 ROUTE_NOT_FOUND', async () => {
    const res = await request(http).get('/api/nope').expect(404);
    expect(res.body).toMatchObject({ statusCode: 404, code: 'ROUTE_NOT_FOUND' });
  });

  it('maps a service failure through the global filter', async () => {
    service.getJson.mockRejectedValue(new Error('connect ECONNREFUSED 127.0.0.1:5432'));
    const res = await request(http).get(`/api/tasks/${TASK_ID}`).expect(503);
    expect(res.body.code).toBe('DATABASE_UNAVAILABLE');
    expect(res.headers['retry-after']).toBeDefined();
    expect(JSON.stringify(res.body)).not.toContain('127.0.0.1');
  });
});
