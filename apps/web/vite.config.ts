import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { landingPreload } from './build/landing-preload.ts';
import { sharedBabelHelpers } from './build/shared-babel-helpers.ts';

const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const apiProxy = { '/api': { target: 'http://127.0.0.1:3000' } };
const require = createRequire(import.meta.url);

// react-router's package exports only its development build (remix-run/react-router#12532, #14102):
// dev warnings and checks in production bundles. Its production build sits beside it; use it for builds.
const reactRouterProduction = (subpath: string) =>
  require
    .resolve(subpath)
    .replace(/[\\/]development[\\/]/, (dir) => dir.replace('development', 'production'));

// Long-lived vendor chunks that every page needs, cached across deploys. No catch-all
// node_modules group: it would pull lazy-only libraries (recharts) into the first load.
const vendorChunks = [
  {
    name: 'vendor-react',
    test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/,
  },
  // react-query only: the list virtualizer (@tanstack/react-virtual) goes with the task list's own chunk
  { name: 'vendor-query', test: /node_modules[\\/]@tanstack[\\/](query-core|react-query)[\\/]/ },
  { name: 'vendor-i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
];

// Vite only reads a default export here; the rest of the app uses named exports.
export default defineConfig(({ command }) => ({
  plugins: [
    react(),
    sharedBabelHelpers(join(dirname(require.resolve('recharts')), '../es6')),
    landingPreload({
      boot: 'src/app/boot.ts',
      page: 'src/pages/DashboardPage.tsx',
      // The dashboard's texts and the shell's (src/app/App.tsx).
      namespaces: ['dashboard', 'exports', 'notifications'],
    }),
  ],
  resolve: {
    alias: [
      { find: '@plan/contracts', replacement: fromHere('../../libs/contracts/src/index.ts') },
      { find: /^victory-vendor\/d3-scale$/, replacement: fromHere('./build/d3-scale-subset.js') },
      ...(command === 'build'
        ? ['react-router', 'react-router/dom'].map((subpath) => ({
            find: new RegExp(`^${subpath}$`),
            replacement: reactRouterProduction(subpath),
          }))
        : []),
    ],
  },
  server: { port: 5173, proxy: apiProxy },
  preview: { proxy: apiProxy },
  build: {
    outDir: fromHere('./dist'),
    emptyOutDir: true,
    sourcemap: true,
    // Read by scripts/bundle-report.mjs (the dashboard's size budget); dist/.vite is not served.
    manifest: true,
    rolldownOptions: {
      // The boot script is an entry of its own (build/landing-preload.ts puts it in index.html).
      input: { index: fromHere('./index.html'), boot: fromHere('./src/app/boot.ts') },
      output: { codeSplitting: { groups: vendorChunks } },
    },
  },
}));
