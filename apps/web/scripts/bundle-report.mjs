// The JavaScript a route downloads, gzipped, from the last `vite build` (apps/web/dist):
//
//   node apps/web/scripts/bundle-report.mjs [--route src/pages/DashboardPage.tsx] [--lang zh-CN] [--budget 250]
//
// It walks Vite's manifest from index.html: the entries and their static imports, then the route's page
// module with every static and dynamic import below it (lazy chunks count: the page loads them on its
// own), then the locale chunks the route asks for in one language, found by reading the sources of
// those chunks (from the source maps) for useTranslation/preloadNamespaces/`ns:` uses. Prints one row
// per chunk and the total in kB (1000 bytes, as Vite prints); exits 1 when the total is over --budget.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const print = (line) => process.stdout.write(`${line}\n`);
const WEB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};

const DIST = resolve(option('dist', join(WEB_DIR, 'dist')));
const ROUTE = option('route', 'src/pages/DashboardPage.tsx');
const LANG = option('lang', 'zh-CN'); // the default language (lib/locale.ts)
const BUDGET_KB = option('budget') === undefined ? null : Number(option('budget'));

const manifestPath = join(DIST, '.vite/manifest.json');
if (!existsSync(manifestPath)) {
  console.error(
    `${manifestPath} is missing: run \`npm run build -w @luoshi/web\` first (build.manifest is on).`,
  );
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry && key === 'index.html');
if (!entryKey) throw new Error('The manifest has no index.html entry');
if (!manifest[ROUTE]) throw new Error(`The manifest has no chunk for ${ROUTE}`);

const LOCALE_FILE = /^src\/locales\/([^/]+)\/([^/]+)\.json$/;
const localeChunks = new Map(); // `${lang}/${ns}` -> manifest key
for (const key of Object.keys(manifest)) {
  const match = LOCALE_FILE.exec(key);
  if (match) localeChunks.set(`${match[1]}/${match[2]}`, key);
}
const namespaces = new Set([...localeChunks.keys()].map((k) => k.split('/')[1]));

// key -> why it is loaded; insertion order is load order, roughly.
const chunks = new Map();
const add = (key, why, { dynamic }) => {
  if (chunks.has(key) || LOCALE_FILE.test(key)) return;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`The manifest has no chunk ${key}`);
  chunks.set(key, why);
  for (const next of chunk.imports ?? []) add(next, why, { dynamic });
  if (dynamic) for (const next of chunk.dynamicImports ?? []) add(next, `${why} (lazy)`, { dynamic });
};
add(entryKey, 'entry', { dynamic: false });
// Other entries (the boot script) are loaded by index.html on every page too.
for (const key of Object.keys(manifest))
  if (manifest[key].isEntry && key !== entryKey) add(key, 'entry', { dynamic: false });
add(ROUTE, 'route', { dynamic: true });

// The namespaces the app's own code in these chunks asks for.
const NS_USES = [
  /useTranslation\(\s*'(\w+)'/g,
  /useTranslation\(\s*\[([^\]]*)\]/g,
  /preloadNamespaces\(\s*\[([^\]]*)\]/g,
  /\bns:\s*'(\w+)'/g,
  /'(\w+):[\w.]+'/g,
];
const usedNamespaces = new Set(['common']); // loaded at start-up (src/app/i18n.ts)
for (const key of chunks.keys()) {
  const mapFile = join(DIST, `${manifest[key].file}.map`);
  if (!existsSync(mapFile)) continue; // rolldown's runtime has none; app chunks do (sourcemap: true)
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  map.sources.forEach((source, i) => {
    if (source.includes('node_modules') || !map.sourcesContent?.[i]) return;
    let text = map.sourcesContent[i];
    // App.tsx names every page's namespaces; only the route's own page() call counts.
    if (source.endsWith('src/app/App.tsx')) text = text.replace(/preloadNamespaces\(\s*\[[^\]]*\]/g, '');
    for (const pattern of NS_USES)
      for (const match of text.matchAll(pattern))
        for (const name of match[1].matchAll(/\w+/g))
          if (namespaces.has(name[0])) usedNamespaces.add(name[0]);
  });
}
// The route's page() call in App.tsx: `() => import('../pages/DashboardPage'), (m) => …, ['dashboard', …]`.
const app = readFileSync(join(WEB_DIR, 'src/app/App.tsx'), 'utf8');
const routeImport = ROUTE.replace(/^src\//, '../').replace(/\.tsx?$/, '');
const pageCall = new RegExp(
  `import\\('${routeImport.replaceAll('.', '\\.')}'\\),[^\\[]*\\[([^\\]]*)\\]`,
).exec(app);
for (const name of pageCall?.[1].matchAll(/\w+/g) ?? [])
  if (namespaces.has(name[0])) usedNamespaces.add(name[0]);

// No locale chunks at all: the texts are bundled into the entry (as before they were split).
if (localeChunks.size) {
  for (const ns of [...usedNamespaces].sort()) {
    const key = localeChunks.get(`${LANG}/${ns}`);
    // No chunk of its own: bundled into one counted already (common, in the entry).
    if (key) chunks.set(key, `texts ${LANG}`);
  }
}

const rows = [...chunks].map(([key, why]) => {
  const file = manifest[key].file;
  const bytes = readFileSync(join(DIST, file));
  return { file, why, raw: bytes.length, gzip: gzipSync(bytes).length };
});
rows.sort((a, b) => b.gzip - a.gzip);
const kb = (n) => (n / 1000).toFixed(1);
const total = rows.reduce((sum, r) => sum + r.gzip, 0);
const width = Math.max(...rows.map((r) => r.file.length));

print(`JavaScript for ${ROUTE} (${LANG}), from ${DIST}`);
print(`${'chunk'.padEnd(width)}  ${'gzip kB'.padStart(8)}  ${'raw kB'.padStart(8)}  loaded as`);
for (const r of rows)
  print(`${r.file.padEnd(width)}  ${kb(r.gzip).padStart(8)}  ${kb(r.raw).padStart(8)}  ${r.why}`);
print(
  `${'total'.padEnd(width)}  ${kb(total).padStart(8)}  ${kb(rows.reduce((s, r) => s + r.raw, 0)).padStart(8)}`,
);
print(`namespaces: ${[...usedNamespaces].sort().join(', ')}`);

if (BUDGET_KB !== null) {
  const ok = total <= BUDGET_KB * 1000;
  print(`${ok ? 'within' : 'OVER'} the budget of ${BUDGET_KB} kB gzip (${kb(total)} kB)`);
  print(`${ok ? 1 : 0} passed, ${ok ? 0 : 1} failed`);
  process.exit(ok ? 0 : 1);
}
