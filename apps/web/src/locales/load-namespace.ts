import type { ResourceKey } from 'i18next';

// One chunk per language and namespace, fetched when i18next first needs it; `common` is bundled
// (src/app/i18n.ts). Jest swaps this file for test/load-namespace.ts, which reads files synchronously.
const files = import.meta.glob<ResourceKey>(['./*/*.json', '!./*/common.json'], { import: 'default' });

export const loadNamespace = (lng: string, ns: string): Promise<ResourceKey> => {
  const load = files[`./${lng}/${ns}.json`];
  return load ? load() : Promise.reject(new Error(`No texts for ${lng}/${ns}`));
};
