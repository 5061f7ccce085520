import { resolve } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';

type Chunk = {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
};

type LandingPreloadOptions = {
  // The boot script (an entry of its own: build.rolldownOptions.input).
  boot: string;
  // The page everyone lands on: its chunks download with the app's entry instead of after it has run.
  page: string;
  // The texts that page shows (with the shell's): the boot script preloads them in the user's language.
  namespaces: readonly string[];
};

// Adds to the built index.html, ahead of the app's entry: the boot script, loaded async so that it runs
// as soon as it has downloaded (see src/app/boot.ts), with the landing page's text files per language
// in a data attribute; and modulepreload links (stylesheet preloads for its CSS) for the landing
// page's chunks. Served for every path, they cost the other pages a few kB of early download.
export const landingPreload = ({ boot, page, namespaces }: LandingPreloadOptions): Plugin => {
  let root = '';
  let base = '/';
  return {
    name: 'landing-preload',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle || !ctx.chunk) return [];
        const chunks = Object.values(ctx.bundle).filter((c): c is Chunk & typeof c => c.type === 'chunk');
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const byModule = (path: string) => chunks.find((c) => c.facadeModuleId === resolve(root, path));
        const url = (file: string) => `${base}${file}`;

        // The entry's own static imports are preloaded by Vite already.
        const entryFiles = new Set<string>();
        const addEntry = (file: string) => {
          if (entryFiles.has(file)) return;
          entryFiles.add(file);
          for (const next of byFile.get(file)?.imports ?? []) addEntry(next);
        };
        addEntry(ctx.chunk.fileName);

        const landing = byModule(page);
        const bootChunk = byModule(boot);
        if (!landing || !bootChunk) throw new Error(`landing-preload: no chunk for ${page} or ${boot}`);
        const modules: string[] = [];
        const styles = new Set<string>();
        const addLanding = (file: string) => {
          if (entryFiles.has(file) || modules.includes(file)) return;
          modules.push(file);
          const chunk = byFile.get(file);
          for (const css of chunk?.viteMetadata?.importedCss ?? []) styles.add(css);
          for (const next of chunk?.imports ?? []) addLanding(next);
        };
        addLanding(landing.fileName);

        const texts: Record<string, string[]> = {};
        for (const chunk of chunks) {
          const match = /src\/locales\/([^/]+)\/([^/]+)\.json$/.exec(chunk.facadeModuleId ?? '');
          if (match && namespaces.includes(match[2]!)) (texts[match[1]!] ??= []).push(url(chunk.fileName));
        }

        const tags: HtmlTagDescriptor[] = [
          {
            tag: 'script',
            attrs: {
              type: 'module',
              async: true,
              crossorigin: true,
              src: url(bootChunk.fileName),
              'data-landing-texts': JSON.stringify(texts),
            },
            injectTo: 'head-prepend',
          },
          ...modules.map((file): HtmlTagDescriptor => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: url(file) },
            injectTo: 'head',
          })),
          ...[...styles].map((file): HtmlTagDescriptor => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'style', href: url(file) },
            injectTo: 'head',
          })),
        ];
        return tags;
      },
    },
  };
};
