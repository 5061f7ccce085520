import { registerAs } from '@nestjs/config';

export const SESSION_COOKIE = 'luoshi_session';

export type AppConfig = {
  port: number;
  dataDir: string;
  demoPassword: string;
  sessionTtlHours: number;
  // How long a GET may reuse its session's lookup (0: never). See SessionsRepository.
  sessionReuseMs: number;
  cookieSecure: 'auto' | 'always' | 'never';
  webDist: string | null;
};

function int(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  return n;
}

// Environment read and validated once at boot; a bad value stops the process with a clear message.
export function readAppConfig(): AppConfig {
  const secure = process.env.COOKIE_SECURE ?? 'auto';
  if (!['auto', 'always', 'never'].includes(secure))
    throw new Error(`COOKIE_SECURE must be auto, always or never, got "${secure}"`);
  return {
    port: int('PORT', 3000, 0, 65535),
    dataDir: process.env.DATA_DIR || './data',
    demoPassword: process.env.DEMO_PASSWORD || 'luoshi-demo',
    sessionTtlHours: int('SESSION_TTL_HOURS', 12, 1, 24 * 30),
    sessionReuseMs: int('SESSION_REUSE_MS', 1000, 0, 60_000),
    cookieSecure: secure as AppConfig['cookieSecure'],
    webDist: process.env.WEB_DIST ?? null,
  };
}

export const appConfig = registerAs('app', readAppConfig);
