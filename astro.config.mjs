// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { markdownImages, markdownSafety } from './src/lib/markdown-safety.ts';
import { localCmsBackend } from './admin/integration.ts';
import { assertProjectFiles } from './src/lib/content-files.ts';
import { addModulePreloads } from './src/lib/module-preloads.ts';
import { DEFAULT_LOCALE, languageVersions, LOCALES } from './src/lib/i18n/locales.ts';

/**
 * Refuses links, `__proto__` keys, impossible dates and active SVG files before any content is read.
 * @type {import('astro').AstroIntegration}
 */
const checkedFiles = {
  name: 'checked-content-files',
  hooks: {
    'astro:config:setup': ({ config }) => {
      const root = fileURLToPath(config.root);
      assertProjectFiles(root, ['content', ...(process.env.PARTNERS_DIR ? [process.env.PARTNERS_DIR] : [])]);
    },
  },
};

/**
 * Preloads, in the head of each page with an island that hydrates on load, every module the island and the page's
 * scripts import: the browser would otherwise find them one import at a time. Each of those modules is compiled as it
 * downloads (a compile hint), not function by function as the island first runs them.
 * @type {import('astro').AstroIntegration}
 */
const islandPreloads = {
  name: 'island-module-preloads',
  hooks: {
    'astro:build:done': ({ dir, assets, logger }) => {
      const { pages, hinted } = addModulePreloads(fileURLToPath(dir), assets);
      logger.info(`module preloads added to ${pages} pages, compile hints to ${hinted} modules`);
    },
  },
};

export default defineConfig({
  site: 'https://partners.polynya.example',
  output: 'static',
  // The directory benchmark builds 10,000 generated partners into a folder of its own.
  outDir: process.env.OUT_DIR || './dist',
  // … and keeps its content store beside it, away from the sample content's.
  cacheDir: process.env.CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  // Pages live in src/pages/[...locale]/: the default language at the root, the others under their code.
  i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  // The dev server and the local CMS backend it carries answer this machine only.
  server: { host: '127.0.0.1' },
  // The toolbar would sit over the bottom of every screen of the content manager, which is what `npm start` is for.
  devToolbar: { enabled: false },
  integrations: [
    checkedFiles,
    react(),
    sitemap({
      // The CMS, the not-found pages and the comparison (whose partners are in its address) are not for search engines.
      filter: (page) => !page.includes('/admin/') && !/\/(404|partners\/compare)\/$/.test(page),
      // Each address with its versions in every language, as the page's head lists them. (The integration's own
      // `i18n` option finds them by comparing every address with every other: minutes at 100,000 partners.)
      serialize: (item) => ({
        ...item,
        links: languageVersions(new URL(item.url).pathname).map(({ locale, path }) => ({
          lang: locale,
          url: new URL(path, item.url).href,
        })),
      }),
    }),
    localCmsBackend(),
    islandPreloads,
  ],
  vite: {
    build: {
      // The admin page's bundle (Decap CMS, about 1.5 MB gzip) is large by nature and loads on /admin/ only.
      chunkSizeWarningLimit: 6000,
      rollupOptions: {
        onwarn(warning, warn) {
          // Decap's dependencies call eval(); that code runs on /admin/ only, under its own policy.
          if (warning.code === 'EVAL' && warning.id?.includes('node_modules')) return;
          warn(warning);
        },
      },
    },
  },
  security: {
    // Every page carries a Content-Security-Policy with hashes for Astro's inline scripts and styles; no
    // 'unsafe-inline' for scripts. Style attributes are allowed (tier colours are set as custom properties).
    // /admin/ and the application page add what they need; public/_headers sets the rest as HTTP headers.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      styleDirective: { resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  experimental: {
    // The content store is read into the build as JavaScript modules. Compiling one module of the whole store
    // grows much faster than its size (17 s for the 37 MB of 10,000 partners, 2.2 s for half of it); pieces of
    // 1 MiB compile in time proportional to the store (1.6 s for the same 37 MB).
    collectionStorage: { type: 'chunked', chunkSize: 1024 * 1024 },
  },
  markdown: {
    // No code highlighting: Shiki's inline styles would need 'unsafe-inline' styles.
    syntaxHighlight: false,
    // Markdown in content is untrusted: raw HTML stays text, unsafe addresses are dropped.
    processor: satteri({ mdastPlugins: [markdownImages], hastPlugins: [markdownSafety] }),
  },
});
