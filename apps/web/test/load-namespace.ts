import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResourceKey } from 'i18next';

// Jest's stand-in for src/locales/load-namespace.ts: i18next takes a plain value from a backend's read,
// so a test's i18n instance is ready the moment it is created.
export const loadNamespace = (lng: string, ns: string): ResourceKey =>
  JSON.parse(readFileSync(join(__dirname, '../src/locales', lng, `${ns}.json`), 'utf8')) as ResourceKey;
