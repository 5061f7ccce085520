import type { ResourceKey } from 'i18next';

// One chunk per language and namespace, fetched when i18next first needs it. Jest swaps this file for
// test/load-namespace.ts, which reads the file synchronously.
export const loadNamespace = (lng: string, ns: string): Promise<ResourceKey> =>
  import(`./${lng}/${ns}.json`).then((module: { default: ResourceKey }) => module.default);
