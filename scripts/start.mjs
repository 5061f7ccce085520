// npm start: build what is out of date, then serve API + web from one process.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SKIP = new Set(['node_modules', 'dist', 'data', 'e2e', 'test', 'coverage']);

function newest(dir) {
  let t = 0;
  if (!existsSync(dir)) return t;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const stamp = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);

function run(args) {
  const r = spawnSync('npm', args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const contractsSrc = newest(join(root, 'libs/contracts/src'));
const apiSrc = Math.max(contractsSrc, newest(join(root, 'apps/api/src')), newest(join(root, 'migrations')));
const webSrc = Math.max(
  contractsSrc,
  newest(join(root, 'apps/web/src')),
  stamp(join(root, 'apps/web/index.html')),
);

if (contractsSrc > stamp(join(root, 'libs/contracts/dist/index.js')))
  run(['run', 'build', '-w', '@plan/contracts']);
const main = join(root, 'apps/api/dist/apps/api/src/main.js');
if (apiSrc > stamp(main)) run(['run', 'build', '-w', '@luoshi/api']);
if (webSrc > stamp(join(root, 'apps/web/dist/index.html'))) run(['run', 'build', '-w', '@luoshi/web']);

const server = spawnSync(process.execPath, ['--enable-source-maps', main], {
  cwd: root,
  stdio: 'inherit',
  env: { WEB_DIST: join(root, 'apps/web/dist'), ...process.env },
});
process.exit(server.status ?? 0);
