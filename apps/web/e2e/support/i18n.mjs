// The UI's own strings, read from apps/web/src/locales, so the tests follow the translations.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const LOCALES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/locales');
const NAMESPACES = ['common', 'auth', 'tasks', 'dashboard'];
const cache = new Map();

const bundle = (locale) => {
  if (!cache.has(locale)) {
    const namespaces = {};
    for (const ns of NAMESPACES) {
      namespaces[ns] = JSON.parse(readFileSync(join(LOCALES_DIR, locale, `${ns}.json`), 'utf8'));
    }
    cache.set(locale, namespaces);
  }
  return cache.get(locale);
};

const lookup = (locale, key) => {
  const [ns, path] = key.includes(':') ? key.split(':', 2) : ['common', key];
  let node = bundle(locale)[ns];
  for (const part of path.split('.')) node = node?.[part];
  if (typeof node !== 'string') throw new Error(`No ${locale} string for ${key}`);
  return node;
};

// t('zh-CN', 'tasks:filter.state') → '序时状态'; {{vars}} are filled in when given.
export const t = (locale, key, values = {}) =>
  lookup(locale, key).replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name) =>
    name in values ? String(values[name]) : whole,
  );

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A pattern matching the string with any value in each {{placeholder}}: whole text, nothing raw left.
export const pattern = (locale, key) => {
  const parts = lookup(locale, key).split(/\{\{\s*\w+\s*\}\}/);
  return new RegExp(`^${parts.map(escapeRegExp).join('(.+?)')}$`);
};

// Every string of a namespace subtree, e.g. all status sentences.
export const patterns = (locale, prefix) => {
  const [ns, path] = prefix.split(':', 2);
  let node = bundle(locale)[ns];
  for (const part of path.split('.')) node = node?.[part];
  return Object.keys(node).map((k) => pattern(locale, `${prefix}.${k}`));
};
