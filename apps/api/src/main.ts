import 'reflect-metadata';
import { resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger as PinoLogger } from 'nestjs-pino';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { readAppConfig } from './config/app.config';
import { configureApp } from './configure-app';
import { prepareDatabase } from './database/prepare-database';
import {
  EMBEDDED_POOL_SIZE,
  startEmbeddedDatabase,
  type EmbeddedDatabase,
} from './database/embedded-database';

const POOL_SIZE = Number(process.env.DB_POOL_SIZE) || 10;

async function bootstrap(): Promise<void> {
  const started = Date.now();
  const logger = new Logger('Bootstrap');
  const config = readAppConfig();
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = process.env.DATABASE_URL;
  let poolSize = POOL_SIZE;
  if (!databaseUrl) {
    embedded = await startEmbeddedDatabase(config.dataDir);
    poolSize = EMBEDDED_POOL_SIZE;
    databaseUrl = embedded.url;
    logger.log(`No DATABASE_URL: using the embedded database in ${resolve(config.dataDir)}`);
  }
  // Migrations and the demo seed run as the tables' owner; requests as the unprivileged app role.
  const seeded = await prepareDatabase(process.env.DATABASE_OWNER_URL || databaseUrl, {
    seedDemo: embedded !== null || process.env.SEED_DEMO === 'true',
    demoPassword: config.demoPassword,
  });
  if (seeded) logger.log(`Seeded the demo workspace: ${seeded}`);

  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ databaseUrl, poolSize }), {
    bodyParser: false,
    bufferLogs: true,
  });
  app.useLogger(app.get(PinoLogger));
  configureApp(app, { webDist: config.webDist ?? resolve(__dirname, '../../../../../web/dist') });
  await app.listen(config.port, process.env.HOST ?? '0.0.0.0');
  // A request that takes this long is stuck; the largest export takes seconds.
  const server = app.getHttpServer();
  server.requestTimeout = 120_000;
  server.headersTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  const db = embedded;
  stopGracefullyOn(['SIGTERM', 'SIGINT'], app, logger, async () => {
    if (db) await db.stop();
  });
  logger.log(
    `Luoshi is ready at http://localhost:${config.port} (API /api, docs /api/docs) in ${Date.now() - started} ms`,
  );
}

// On SIGTERM: stop accepting connections, let the requests in flight finish (up to SHUTDOWN_GRACE_MS),
// then close the app (database pool last) and exit 0. Nest's own shutdown hooks would close the database
// while requests still run, and end the process by re-sending the signal.
function stopGracefullyOn(
  signals: NodeJS.Signals[],
  app: NestExpressApplication,
  logger: Logger,
  afterClose: () => Promise<void>,
): void {
  const graceMs = Number(process.env.SHUTDOWN_GRACE_MS) || 25_000;
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const server = app.getHttpServer();
    logger.log(`${signal}: no new connections; finishing the requests in flight`);
    const force = setTimeout(() => {
      logger.warn(`requests still running after ${graceMs} ms: closing their connections`);
      server.closeAllConnections();
    }, graceMs);
    force.unref();
    // a keep-alive connection whose request has just finished would otherwise hold the close until it times out
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    clearInterval(idle);
    clearTimeout(force);
    await app.close();
    await afterClose();
    logger.log('stopped');
    process.exit(0);
  };
  for (const signal of signals)
    process.on(signal, () => {
      stop(signal).catch((e: Error) => {
        logger.error(`shutdown failed: ${e.message}`);
        process.exit(1);
      });
    });
}

bootstrap().catch((e: Error) => {
  new Logger('Bootstrap').error(e.message);
  process.exit(1);
});
