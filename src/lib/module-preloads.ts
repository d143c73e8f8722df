/**
 * Module preloads for the pages with an island that hydrates on load. Such an island's code is a chain of imports
 * (its chunk imports React's, which imports the renderer's, …) that the browser finds one level at a time, and only
 * once the parser has reached the island at the end of the page. A `<link rel="modulepreload">` in the head for
 * every module of the chain fetches them all at once, as soon as the head is read: on the directory page at 10,000
 * partners, the island hydrates about 70 ms sooner.
 *
 * Those modules also get a compile hint (`COMPILE_HINT`): their functions nearly all run as the island hydrates and
 * draws its first results, and the browser otherwise compiles each on its first call, on the main thread.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A static import of a sibling chunk, as the bundler writes it: `import"./a.js"`, `from"./b.js"` (not `import("…")`). */
const STATIC_IMPORT = /(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g;

/** `entries` (site paths of built modules) and every module they import statically, transitively, in the order met. */
export function moduleGraph(entries: readonly string[], read: (path: string) => string | undefined): string[] {
  const seen = new Set<string>();
  // Every path as the site resolves it: `..` stops at the site's root.
  const visit = (path: string, from = '/') => {
    const resolved = new URL(path, `https://site${from}`);
    if (resolved.host !== 'site' || seen.has(resolved.pathname)) return;
    const source = read(resolved.pathname);
    if (source === undefined) return;
    seen.add(resolved.pathname);
    for (const [, specifier] of source.matchAll(STATIC_IMPORT)) visit(specifier ?? '', resolved.pathname);
  };
  for (const entry of entries) visit(entry);
  return [...seen];
}

/** A tag's attributes, as the build writes them (double-quoted). */
function attributes(tag: string): Map<string, string> {
  return new Map(Array.from(tag.matchAll(/\s([\w-]+)="([^"]*)"/g), ([, name, value]) => [name ?? '', value ?? '']));
}

/** The attributes of each of the page's islands that hydrate on load. */
const loadIslands = (html: string) =>
  Array.from(html.matchAll(/<astro-island\b[^>]*>/g), ([tag]) => attributes(tag)).filter(
    (island) => island.get('client') === 'load',
  );

/**
 * The modules a page runs as it loads, by site path: the component and renderer of each island that hydrates on
 * load, and the page's module scripts. Islands that wait to be seen or for idle time are left to load when they do.
 */
export function eagerModules(html: string): string[] {
  const islands = loadIslands(html).flatMap((island) => [island.get('component-url'), island.get('renderer-url')]);
  const scripts = Array.from(html.matchAll(/<script\b[^>]*>/g), ([tag]) => attributes(tag))
    .filter((script) => script.get('type') === 'module')
    .map((script) => script.get('src'));
  // The site's own files only: not another origin, nor one written as `//host/…`.
  return [...islands, ...scripts].filter((path): path is string => /^\/(?!\/)/.test(path ?? ''));
}

/**
 * The comment that has Chromium (136 and later) compile every function of a script while it downloads, on a
 * background thread, instead of each one on the main thread when it is first called. In traces of the directory page
 * at 10,000 partners, compiling inside the island's first render fell from about 40 ms to under 10. Other browsers
 * read a comment.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** `source` with the compile hint as its first line (where the browser looks for it), once. */
export const withCompileHint = (source: string): string =>
  source.startsWith(`${COMPILE_HINT}\n`) ? source : `${COMPILE_HINT}\n${source}`;

/** `html` with a module preload in its head for each of `paths` it does not preload yet. */
export function withModulePreloads(html: string, paths: readonly string[]): string {
  const links = paths
    .filter((path) => !html.includes(`<link rel="modulepreload" href="${path}">`))
    .map((path) => `<link rel="modulepreload" href="${path}">`)
    .join('');
  return links ? html.replace('</head>', `${links}</head>`) : html;
}

/**
 * Adds the preloads to every built page of the routes whose pages have an island that hydrates on load, and the
 * compile hint to each module preloaded. One page of each route is read to tell, so the routes of the profiles (tens
 * of thousands of pages, no such island) are skipped after one read. The hint is written after the bundler named the
 * files by their content: the same build always writes it the same way, so a name still stands for one content.
 */
export function addModulePreloads(
  dist: string,
  routes: ReadonlyMap<string, readonly URL[]>,
): { pages: number; hinted: number } {
  const modules = new Map<string, string | undefined>();
  const read = (path: string) => {
    if (!modules.has(path)) {
      const file = join(dist, path);
      modules.set(path, path.startsWith('/') && existsSync(file) ? readFileSync(file, 'utf8') : undefined);
    }
    return modules.get(path);
  };
  let changed = 0;
  const eager = new Set<string>();
  for (const files of routes.values()) {
    const pages = files.map((url) => fileURLToPath(url)).filter((file) => file.endsWith('.html'));
    const [first] = pages;
    if (!first || loadIslands(readFileSync(first, 'utf8')).length === 0) continue;
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      if (loadIslands(html).length === 0) continue;
      const modules = moduleGraph(eagerModules(html), read);
      for (const path of modules) eager.add(path);
      const preloaded = withModulePreloads(html, modules);
      if (preloaded === html) continue;
      writeFileSync(page, preloaded);
      changed += 1;
    }
  }
  let hinted = 0;
  for (const path of eager) {
    const source = read(path) ?? '';
    const withHint = withCompileHint(source);
    if (withHint === source) continue;
    writeFileSync(join(dist, path), withHint);
    hinted += 1;
  }
  return { pages: changed, hinted };
}
