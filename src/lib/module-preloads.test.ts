import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addModulePreloads,
  COMPILE_HINT,
  eagerModules,
  moduleGraph,
  withCompileHint,
  withModulePreloads,
} from './module-preloads.ts';

/** Built modules as the bundler writes them, minified. */
const MODULES: Record<string, string> = {
  '/_astro/Island.js': 'import{j as e}from"./jsx.js";import{r as t}from"./react.js";import"./styles.js";',
  '/_astro/jsx.js': 'import{r}from"./react.js";export{r as j};',
  '/_astro/react.js': 'export const r=1;',
  '/_astro/styles.js': 'export{};',
  '/_astro/client.js': 'import{r}from"./react.js";const l=()=>import("./lazy.js");',
  '/_astro/lazy.js': 'export{};',
  '/_astro/Tray.js': 'import"./store.js";',
  '/_astro/store.js': 'export{};',
  '/_astro/Form.js': 'import"./react.js";import"./validation.js";',
  '/_astro/validation.js': 'export{};',
};
const read = (path: string) => MODULES[path];

const page = (islands: string, scripts = '<script type="module" src="/_astro/Tray.js"></script>') =>
  `<!doctype html><html><head><title>t</title><link rel="stylesheet" href="/_astro/a.css"></head><body>${islands}${scripts}</body></html>`;
const LOAD = '<astro-island uid="a" component-url="/_astro/Island.js" renderer-url="/_astro/client.js" client="load">';
const VISIBLE =
  '<astro-island uid="b" component-url="/_astro/Form.js" renderer-url="/_astro/client.js" client="visible">';

describe('moduleGraph', () => {
  it('follows static imports transitively, once each, and leaves dynamic imports to load when asked', () => {
    expect(moduleGraph(['/_astro/Island.js', '/_astro/client.js'], read)).toEqual([
      '/_astro/Island.js',
      '/_astro/jsx.js',
      '/_astro/react.js',
      '/_astro/styles.js',
      '/_astro/client.js',
    ]);
  });

  it('leaves out what is not a built file, and asks for nothing above the site', () => {
    const asked: string[] = [];
    const graph = moduleGraph(['/_astro/missing.js', '/_astro/evil.js'], (path) => {
      asked.push(path);
      return path === '/_astro/evil.js' ? 'import"../../../etc/passwd.js";import"./react.js";' : read(path);
    });
    expect(graph).toEqual(['/_astro/evil.js', '/_astro/react.js']);
    expect(asked).toEqual(['/_astro/missing.js', '/_astro/evil.js', '/etc/passwd.js', '/_astro/react.js']);
  });

  it('resolves entries as the site does, never above its root nor on another host', () => {
    const asked: string[] = [];
    moduleGraph(['/../../../etc/passwd.js', '//evil.example/x.js', 'https://evil.example/y.js'], (path) => {
      asked.push(path);
      return undefined;
    });
    expect(asked).toEqual(['/etc/passwd.js']);
  });

  it('ends on import cycles', () => {
    const cycle: Record<string, string> = { '/a.js': 'import"./b.js";', '/b.js': 'import"./a.js";' };
    expect(moduleGraph(['/a.js'], (path) => cycle[path])).toEqual(['/a.js', '/b.js']);
  });
});

describe('eagerModules', () => {
  it('takes the islands that hydrate on load and the module scripts, not those waiting to be seen', () => {
    expect(eagerModules(page(LOAD + VISIBLE))).toEqual(['/_astro/Island.js', '/_astro/client.js', '/_astro/Tray.js']);
  });

  it('ignores inline scripts, other origins and scripts that are not modules', () => {
    const html = page(
      '',
      '<script>var x="<script type=\\"module\\" src=\\"/_astro/x.js\\">"</script>' +
        '<script type="module" src="https://cdn.example/evil.js"></script><script src="/_astro/classic.js"></script>' +
        '<script type="module" src="//cdn.example/evil.js"></script>',
    );
    expect(eagerModules(html)).toEqual([]);
  });
});

describe('withModulePreloads', () => {
  it('adds one preload per module at the end of the head, once', () => {
    const once = withModulePreloads(page(LOAD), ['/_astro/Island.js', '/_astro/react.js']);
    expect(once).toContain(
      '<link rel="modulepreload" href="/_astro/Island.js"><link rel="modulepreload" href="/_astro/react.js"></head>',
    );
    expect(withModulePreloads(once, ['/_astro/Island.js', '/_astro/react.js'])).toBe(once);
  });
});

describe('withCompileHint', () => {
  it('puts the hint on the first line, where the browser reads it, once', () => {
    const hinted = withCompileHint('import"./react.js";export const r=1;');
    expect(hinted).toBe(`${COMPILE_HINT}\nimport"./react.js";export const r=1;`);
    expect(withCompileHint(hinted)).toBe(hinted);
  });

  it('adds it to a module that only mentions it further down', () => {
    const source = `const a=1;\n${COMPILE_HINT}\n`;
    expect(withCompileHint(source)).toBe(`${COMPILE_HINT}\n${source}`);
  });
});

describe('addModulePreloads', () => {
  let dist: string;
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  it('preloads the pages of routes with an island on load, and leaves every other file as it was', () => {
    dist = mkdtempSync(join(tmpdir(), 'preloads-'));
    mkdirSync(join(dist, '_astro'));
    for (const [path, source] of Object.entries(MODULES)) writeFileSync(join(dist, path), source);
    const files: Record<string, string> = {
      'partners/index.html': page(LOAD),
      'ru/partners/index.html': page(LOAD),
      'partners/a/index.html': page(VISIBLE),
      'partners/b/index.html': page(VISIBLE),
      'partners/directory.json': '{"v":7}',
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(join(dist, file, '..'), { recursive: true });
      writeFileSync(join(dist, file), text);
    }
    const url = (file: string) => pathToFileURL(join(dist, file));
    const routes = new Map([
      ['/[...locale]/partners', [url('partners/index.html'), url('ru/partners/index.html')]],
      ['/[...locale]/partners/[slug]', [url('partners/a/index.html'), url('partners/b/index.html')]],
      ['/[...locale]/partners/directory.json', [url('partners/directory.json')]],
    ]);

    expect(addModulePreloads(dist, routes)).toEqual({ pages: 2, hinted: 7 });
    const preloads = (file: string) =>
      Array.from(
        readFileSync(join(dist, file), 'utf8').matchAll(/rel="modulepreload" href="([^"]+)"/g),
        ([, href]) => href,
      );
    for (const file of ['partners/index.html', 'ru/partners/index.html']) {
      expect(preloads(file)).toEqual([
        '/_astro/Island.js',
        '/_astro/jsx.js',
        '/_astro/react.js',
        '/_astro/styles.js',
        '/_astro/client.js',
        '/_astro/Tray.js',
        '/_astro/store.js',
      ]);
    }
    for (const file of ['partners/a/index.html', 'partners/b/index.html', 'partners/directory.json'])
      expect(readFileSync(join(dist, file), 'utf8')).toBe(files[file]);
    // What runs on load is compiled as it downloads; what loads later (a dynamic import, an island that waits to be
    // seen) is compiled as it is called.
    const built = (path: string) => readFileSync(join(dist, path), 'utf8');
    for (const path of preloads('partners/index.html'))
      expect(built(path ?? '')).toBe(`${COMPILE_HINT}\n${MODULES[path ?? '']}`);
    for (const path of ['/_astro/lazy.js', '/_astro/Form.js', '/_astro/validation.js'])
      expect(built(path)).toBe(MODULES[path]);

    // A second run (a build step run again) changes nothing.
    expect(addModulePreloads(dist, routes)).toEqual({ pages: 0, hinted: 0 });
    expect(built('/_astro/react.js')).toBe(`${COMPILE_HINT}\n${MODULES['/_astro/react.js']}`);
  });
});
