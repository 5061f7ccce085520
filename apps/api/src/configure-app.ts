import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { JsonShapePipe } from './common/json-shape.pipe';
import { answerClientErrors, requireKnownBodyType, verifyUtf8 } from './common/request-body';
import { requestIdMiddleware } from './common/request-id.middleware';
import { createValidationPipe } from './common/validation';

export const JSON_BODY_LIMIT = '1mb';

// Everything about the HTTP surface, shared by main.ts and the e2e tests so they test what runs.
export function configureApp(app: NestExpressApplication, opts: { webDist?: string | null } = {}): void {
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(requestIdMiddleware);
  // Answers are compressed for clients that accept it (the dashboard's JSON shrinks ~10×).
  app.use(compression());
  app.use(cookieParser());
  app.use(requireKnownBodyType);
  // express.json rather than useBodyParser: Nest's options type leaves out `verify`
  app.use(express.json({ limit: JSON_BODY_LIMIT, verify: verifyUtf8 }));
  app.useBodyParser('urlencoded', { limit: JSON_BODY_LIMIT, extended: false });
  answerClientErrors(app.getHttpServer());
  app.setGlobalPrefix('api');
  app.useGlobalPipes(new JsonShapePipe(), createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  // Signals are handled by main.ts (stopGracefullyOn): requests in flight finish before the database closes.

  const doc = new DocumentBuilder()
    .setTitle('Luoshi 落实 API')
    .setDescription('Tracking the implementation of the AI+ action plan (国发〔2025〕11号)')
    .setVersion('1.0')
    .addCookieAuth('luoshi_session')
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, doc), {
    jsonDocumentUrl: 'api/docs-json',
  });

  const webDist = opts.webDist;
  if (webDist && existsSync(join(webDist, 'index.html'))) {
    // Vite's assets carry a content hash in their names: compressed, and cached for good.
    app.use(
      '/assets',
      express.static(join(webDist, 'assets'), {
        index: false,
        maxAge: '365d',
        immutable: true,
        fallthrough: false,
      }),
    );
    const files = express.static(webDist, { index: false, maxAge: '1h', immutable: false });
    // not for the API: a file lookup per API request costs a filesystem stat for nothing
    app.use((req: Request, res: Response, next: NextFunction) =>
      req.path.startsWith('/api/') ? next() : files(req, res, next),
    );
    // The web app routes on the client: any other GET (or HEAD) outside /api gets index.html.
    app.use((req: Request, res: Response, next: NextFunction) => {
      if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/api')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(webDist, 'index.html'));
    });
  }
}
