import { createServer, Socket, type Server } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AppModule } from '../src/app.module';
import { configureApp } from '../src/configure-app';
import { testPoolSize } from './app';

// A TCP proxy between the app and PostgreSQL that the test can cut, to see the app answer while the database is gone.
function startProxy(target: URL): Promise<{ port: number; cut: () => void; server: Server }> {
  const sockets = new Set<Socket>();
  let open = true;
  const server = createServer((client) => {
    if (!open) return client.destroy();
    const upstream = new Socket();
    upstream.connect(Number(target.port || 5432), target.hostname);
    client.pipe(upstream).pipe(client);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => sockets.delete(s));
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        port: (server.address() as { port: number }).port,
        server,
        cut: () => {
          open = false;
          for (const s of sockets) s.destroy();
        },
      }),
    ),
  );
}

describe('health', () => {
  let app: NestExpressApplication;
  let proxy: Awaited<ReturnType<typeof startProxy>>;

  beforeAll(async () => {
    const target = new URL(process.env.E2E_DATABASE_URL as string);
    proxy = await startProxy(target);
    const viaProxy = new URL(target.toString());
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule.forRoot({ databaseUrl: viaProxy.toString(), poolSize: testPoolSize() })],
    }).compile();
    app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false });
    configureApp(app);
    await app.init();
  });

  afterAll(async () => {
    await app.close().catch(() => undefined);
    proxy.server.close();
  });

  it('answers ok while the database answers, and 503 fast when it does not', async () => {
    const ok = await request(app.getHttpServer()).get('/api/health').expect(200);
    expect(ok.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
    proxy.cut();
    const started = Date.now();
    const down = await request(app.getHttpServer()).get('/api/health');
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: 'error', statusCode: 503, code: 'DATABASE_UNAVAILABLE' });
    expect(Date.now() - started).toBeLessThan(10000);
    // liveness says nothing about the database: the process is fine, do not restart it
    await request(app.getHttpServer()).get('/api/health/live').expect(200);
    const login = await request(app.getHttpServer())
      .post('/api/auth/login')
      .send({ username: 'x', password: 'y' });
    expect(login.status).toBe(503);
    expect(login.body.code).toBe('DATABASE_UNAVAILABLE');
  });
});
