import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { configureApp } from '../src/configure-app';
import { dataSourceOptions } from '../src/database/data-source';

export type TestApp = {
  app: INestApplication;
  http: ReturnType<INestApplication['getHttpServer']>;
  // The owner's connection, for fixtures and checks: it sees every workspace (the app does not).
  ds: DataSource;
  // The app's own connection: the unprivileged role under row-level security.
  appDs: DataSource;
};

export async function createTestApp(): Promise<TestApp> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: run through jest --selectProjects e2e');
  // Suites log in hundreds of times a minute from one address; the rate-limit test sets its own.
  process.env.LOGIN_RATE_LIMIT ??= '1000000';
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot({ databaseUrl: url, poolSize: testPoolSize() })],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({
    bodyParser: false,
    logger: ['error'],
  });
  configureApp(app);
  await app.init();
  const ds = new DataSource(dataSourceOptions(url, 2));
  await ds.initialize();
  const close = app.close.bind(app);
  app.close = async () => {
    await close();
    await ds.destroy();
  };
  return { app, http: app.getHttpServer(), ds, appDs: app.get(DataSource) };
}

// An app started under other settings (environment variables read at start), e.g. a low rate limit.
export async function createTestAppWith(env: Record<string, string>): Promise<TestApp> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    return await createTestApp();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

export async function loginAs(t: TestApp, username: string, password = TEST_PASSWORD): Promise<TestAgent> {
  const agent = request.agent(t.http);
  const res = await agent.post('/api/auth/login').send({ username, password });
  if (res.status !== 200)
    throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  // Every write of a logged-in page carries the session's CSRF token.
  agent.set('X-CSRF-Token', res.body.csrfToken);
  return agent;
}

export const TEST_PASSWORD = 'test-password-1';

// One connection on the embedded database (see EMBEDDED_POOL_SIZE), a few on a real server.
export const testPoolSize = () => Number(process.env.E2E_POOL_SIZE) || 5;
