/**
 * JavaScript each page ships, measured from the built files: island
 * components, their renderer and every chunk they import, plus inline
 * scripts, gzip-compressed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, eagerModules, moduleGraph } from '../../src/lib/module-preloads';

const dist = join(process.cwd(), 'dist');
const KB = 1024;

/** A built file's text, or undefined where there is none. */
const built = (path: string) => (existsSync(join(dist, path)) ? readFileSync(join(dist, path), 'utf8') : undefined);

/**
 * What a page loads before anyone touches it: the islands that hydrate on load
 * or when idle, external scripts, inline scripts and the scripts they start (a
 * worker). Islands that wait to be
 * scrolled into view load later, and those folded into a closed section load
 * only when it is opened (`foldedIslands`).
 */
function pageJavaScript(page: string): { files: string[]; gzipBytes: number } {
  const root = parseHtml(readFileSync(join(dist, page, 'index.html'), 'utf8'));
  const entries = [
    ...root
      .querySelectorAll('astro-island')
      .filter((island) => island.getAttribute('client') !== 'visible' || !island.closest('details'))
      .flatMap((island) => [island.getAttribute('component-url'), island.getAttribute('renderer-url')]),
    ...root.querySelectorAll('script[src]').map((script) => script.getAttribute('src')),
  ].filter((url): url is string => Boolean(url));
  const inline = root
    .querySelectorAll('script:not([src])')
    .filter((script) => script.getAttribute('type') !== 'application/ld+json')
    .map((script) => script.textContent)
    .join('\n');
  const started = [...inline.matchAll(/"(\/_astro\/[^"]+\.js)"/g)].map((match) => match[1] ?? '');
  const files = moduleGraph([...entries, ...started], built);
  const gzipBytes =
    files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0) +
    (inline ? gzipSync(inline).length : 0);
  return { files, gzipBytes };
}

describe('JavaScript weight', () => {
  it('the calculator page ships at most 80 KB of JavaScript (gzip), all of it', () => {
    const { files, gzipBytes } = pageJavaScript('calculator');
    expect(files.some((file) => file.includes('EarningsCalculator'))).toBe(true);
    expect(gzipBytes).toBeLessThanOrEqual(80 * KB);
  });

  it('the CMS at /admin/ loads Decap CMS in at most 1.6 MB of JavaScript (gzip) before its lazy chunks', () => {
    const { files, gzipBytes } = pageJavaScript('admin');
    expect(files.length).toBeGreaterThan(0);
    expect(gzipBytes).toBeGreaterThan(500 * KB);
    expect(gzipBytes).toBeLessThanOrEqual(1600 * KB);
  });

  it.each(['', 'program', 'program/terms', 'tiers', 'faq', 'about', 'partner-types/reseller'])(
    '/%s/ ships no JavaScript',
    (page) => {
      expect(pageJavaScript(page)).toEqual({ files: [], gzipBytes: 0 });
    },
  );

  it.each(['partners/baikal-digital', 'ru/partners/taiga-networks-siberia'])(
    '/%s/ loads only the comparison’s small script until a form is opened, and its forms only then',
    (page) => {
      const root = parseHtml(readFileSync(join(dist, page, 'index.html'), 'utf8'));
      const islands = root.querySelectorAll('astro-island');
      expect(islands.map((island) => island.getAttribute('component-url'))).toEqual([
        expect.stringContaining('LeadForm'),
        expect.stringContaining('ReviewForm'),
      ]);
      // Each waits in a closed section: the browser fetches its code once the section is opened.
      for (const island of islands) {
        expect(island.getAttribute('client')).toBe('visible');
        expect(island.closest('details')?.hasAttribute('open')).toBe(false);
      }
      const { files, gzipBytes } = pageJavaScript(page);
      // The "Compare" button and tray (and what they import), and Astro's small island loader, inline.
      expect(files[0]).toMatch(/^\/_astro\/CompareTray\./);
      expect(files.filter((file) => /react|LeadForm|ReviewForm/i.test(file))).toEqual([]);
      expect(gzipBytes).toBeLessThanOrEqual(8 * KB);
    },
  );

  it('a tier page loads the calculator only through its island', () => {
    const root = parseHtml(readFileSync(join(dist, 'tiers', 'gold', 'index.html'), 'utf8'));
    expect(root.querySelector('astro-island')?.getAttribute('client')).toBe('visible');
  });

  it('the resources library ships only its search island', () => {
    const root = parseHtml(readFileSync(join(dist, 'resources', 'index.html'), 'utf8'));
    const islands = root.querySelectorAll('astro-island').map((island) => island.getAttribute('component-url'));
    expect(islands).toHaveLength(1);
    expect(islands[0]).toContain('LibrarySearch');
    expect(root.querySelectorAll('script[src]')).toHaveLength(0);
  });
});

describe('page weight', () => {
  it('the directory page transfers at most 140 KB gzip in all: HTML, CSS, JavaScript (its worker too) and its data', () => {
    const root = parseHtml(readFileSync(join(dist, 'partners', 'index.html'), 'utf8'));
    const gzip = (file: string) => gzipSync(readFileSync(join(dist, file))).length;
    const styles = root.querySelectorAll('link[rel="stylesheet"]').map((link) => link.getAttribute('href') ?? '');
    const preloads = root.querySelectorAll('link[rel="preload"]').map((link) => link.getAttribute('href') ?? '');
    expect(preloads).toContain('/partners/directory.json');
    expect(pageJavaScript('partners').files).toContainEqual(expect.stringMatching(/^\/_astro\/directory\.worker-/));
    const total =
      gzip('partners/index.html') +
      [...styles, ...preloads].reduce((sum, file) => sum + gzip(file), 0) +
      pageJavaScript('partners').gzipBytes;
    expect(total).toBeGreaterThan(20 * KB);
    expect(total).toBeLessThanOrEqual(140 * KB);
  });
});

describe('module preloads', () => {
  const preloads = (page: string) =>
    parseHtml(readFileSync(join(dist, page, 'index.html'), 'utf8'))
      .querySelectorAll('head link[rel="modulepreload"]')
      .map((link) => link.getAttribute('href') ?? '');

  it.each(['partners', 'ru/partners', 'apply', 'calculator', 'resources'])(
    '/%s/ preloads in its head every module its islands on load and its scripts import, and no other',
    (page) => {
      const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
      const expected = moduleGraph(eagerModules(html), built);
      expect(expected.length).toBeGreaterThan(3);
      expect(preloads(page)).toEqual(expected);
      for (const path of preloads(page)) expect(existsSync(join(dist, path)), path).toBe(true);
      // The forms folded into closed sections load when opened, not before.
      expect(preloads(page).filter((path) => /LeadForm|ReviewForm/.test(path))).toEqual([]);
    },
  );

  it('pages without an island on load preload nothing', () => {
    for (const page of ['partners/agidel-systems', 'tiers/gold', 'ru']) expect(preloads(page)).toEqual([]);
  });

  it('every module a page preloads is compiled as it downloads; the worker, the folded forms and the CMS as they run', () => {
    const hinted = (path: string) => readFileSync(join(dist, path), 'utf8').startsWith(`${COMPILE_HINT}\n`);
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('index.html'))
      .map((file) => dirname(file));
    const eager = new Set(pages.flatMap(preloads));
    expect(eager).toContain(preloads('partners')[0]);
    for (const path of eager) expect(hinted(path), path).toBe(true);
    const later = readdirSync(join(dist, '_astro'))
      .filter((file) => file.endsWith('.js'))
      .map((file) => `/_astro/${file}`)
      .filter((path) => !eager.has(path));
    expect(later).toContainEqual(expect.stringMatching(/^\/_astro\/directory\.worker-/));
    expect(later).toContainEqual(expect.stringMatching(/^\/_astro\/ReviewForm\./));
    const cms = /<script type="module" src="(\/_astro\/[^"]+)"/.exec(
      readFileSync(join(dist, 'admin', 'index.html'), 'utf8'),
    )?.[1];
    expect(later).toContain(cms);
    for (const path of later) expect(hinted(path), path).toBe(false);
  });
});
