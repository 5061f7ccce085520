import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createI18n, NAMESPACES } from '../app/i18n';
import { SUPPORTED_LOCALES } from '../lib/locale';

type Tree = { [key: string]: string | Tree };

const LOCALES_DIR = __dirname;
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

const readNamespace = (locale: string, ns: string): Tree =>
  JSON.parse(readFileSync(join(LOCALES_DIR, locale, `${ns}.json`), 'utf8')) as Tree;

const flatten = (tree: Tree, prefix = ''): Map<string, string> => {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [k, v] of flatten(value, path)) entries.set(k, v);
  }
  return entries;
};

// Plural forms differ by language (zh has one form, en has _one/_other): compare the base key.
const baseKeys = (entries: Map<string, string>): Set<string> =>
  new Set([...entries.keys()].map((key) => key.replace(PLURAL_SUFFIX, '')));

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((match) => match[1]!);

// Per base key, the sorted set of {{placeholders}} over all its plural forms.
const placeholderSets = (entries: Map<string, string>): Map<string, string> => {
  const sets = new Map<string, Set<string>>();
  for (const [key, text] of entries) {
    const base = key.replace(PLURAL_SUFFIX, '');
    const set = sets.get(base) ?? new Set<string>();
    placeholders(text).forEach((name) => set.add(name));
    sets.set(base, set);
  }
  return new Map([...sets].map(([key, set]) => [key, [...set].sort().join(',')]));
};

const namespaceFiles = (locale: string): string[] =>
  readdirSync(join(LOCALES_DIR, locale))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''))
    .sort();

describe('locale files', () => {
  it('has the same namespace files for every language, all registered with i18next', () => {
    for (const locale of SUPPORTED_LOCALES) {
      expect(namespaceFiles(locale)).toEqual([...NAMESPACES].sort());
    }
  });

  it('loads every namespace in every language through the i18n instance', async () => {
    for (const locale of SUPPORTED_LOCALES) {
      const i18n = createI18n(locale);
      await i18n.loadNamespaces(NAMESPACES);
      for (const ns of NAMESPACES) expect(i18n.hasResourceBundle(locale, ns)).toBe(true);
      // Only the language in use is loaded (common is bundled for both).
      const other = SUPPORTED_LOCALES.find((l) => l !== locale)!;
      expect(i18n.hasResourceBundle(other, 'dashboard')).toBe(false);
    }
  });

  const pairs = SUPPORTED_LOCALES.flatMap((a) => SUPPORTED_LOCALES.filter((b) => b !== a).map((b) => [a, b]));

  describe.each(NAMESPACES.map((ns) => [ns]))('namespace %s', (ns) => {
    it.each(pairs)('every key in %s also exists in %s', (from, to) => {
      const missing = [...baseKeys(flatten(readNamespace(from, ns)))].filter(
        (key) => !baseKeys(flatten(readNamespace(to, ns))).has(key),
      );
      expect(missing).toEqual([]);
    });

    it.each(SUPPORTED_LOCALES.map((locale) => [locale]))('%s has no empty texts', (locale) => {
      const empty = [...flatten(readNamespace(locale, ns))]
        .filter(([, text]) => !text.trim())
        .map(([key]) => key);
      expect(empty).toEqual([]);
    });

    it('uses the same placeholders in every language', () => {
      const byLocale = SUPPORTED_LOCALES.map((locale) => placeholderSets(flatten(readNamespace(locale, ns))));
      const [first, ...others] = byLocale;
      const mismatched = [...first!.keys()].filter((key) =>
        others.some((other) => other.has(key) && other.get(key) !== first!.get(key)),
      );
      expect(mismatched).toEqual([]);
    });
  });

  it('gives English plural keys both the _one and _other form', () => {
    for (const ns of NAMESPACES) {
      const keys = [...flatten(readNamespace('en', ns)).keys()];
      const plurals = new Set(
        keys.filter((key) => PLURAL_SUFFIX.test(key)).map((k) => k.replace(PLURAL_SUFFIX, '')),
      );
      for (const base of plurals) {
        expect(keys).toEqual(expect.arrayContaining([`${base}_one`, `${base}_other`]));
      }
    }
  });
});
