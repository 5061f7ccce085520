import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

// recharts ships each module with its own copy of Babel's helpers (_defineProperty, _objectSpread, …:
// about 550 copies in its es6 build). This plugin keeps one copy of each in a shared module that the
// package's modules import. Only lines byte-identical to the shared copy are taken out, and they are
// replaced by nothing on the same line, so line numbers (and the source maps) stay right.
const HELPER_LINE =
  /^function (_extends|_defineProperty|_toPropertyKey|_toPrimitive|ownKeys|_objectSpread|_objectWithoutProperties|_objectWithoutPropertiesLoose)\(.*\}$/gm;
const HELPERS_ID = '\0shared-babel-helpers';

const jsFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? jsFiles(join(dir, entry.name))
      : entry.name.endsWith('.js')
        ? [join(dir, entry.name)]
        : [],
  );

// `dir`: the folder of a package's ES module build, e.g. node_modules/recharts/es6.
export const sharedBabelHelpers = (dir: string): Plugin => {
  const helpers = new Map<string, string>();
  for (const file of jsFiles(dir))
    for (const [line, name] of readFileSync(file, 'utf8').matchAll(HELPER_LINE))
      if (!helpers.has(name!)) helpers.set(name!, line);

  return {
    name: 'shared-babel-helpers',
    apply: 'build',
    resolveId: (id) => (id === HELPERS_ID ? HELPERS_ID : null),
    load: (id) =>
      id === HELPERS_ID ? [...helpers.values()].map((line) => `export ${line}`).join('\n') : null,
    transform(code, id) {
      if (!id.startsWith(dir) || !id.endsWith('.js')) return null;
      const names = new Set<string>();
      const stripped = code.replace(HELPER_LINE, (line: string, name: string) => {
        if (helpers.get(name) !== line) return line;
        names.add(name);
        return '';
      });
      if (!names.size) return null;
      // Prepended on the first line, so no line moves.
      return { code: `import { ${[...names].join(', ')} } from '${HELPERS_ID}';${stripped}`, map: null };
    },
  };
};
