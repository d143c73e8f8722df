/**
 * Checks of the built site in dist/: links resolve, every tier has its page
 * and column, and pages ship no JavaScript unless they host an island.
 * Run after `astro build`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HTMLElement as HTMLElementClass, parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { dist, htmlFiles } from './dist';
import type { DirectoryHead } from '../../src/lib/directory';

/** URL path a file in dist/ is served at: dist/tiers/gold/index.html is /tiers/gold/. */
const urlOf = (file: string) =>
  `/${relative(dist, file)
    .replace(/index\.html$/, '')
    .replace(/\\/g, '/')}`;

/** The site's public origin, from astro.config.mjs. */
const SITE = 'https://partners.polynya.example';

/** File in dist/ that serves a URL path, or undefined. */
function fileFor(pathname: string): string | undefined {
  const candidates = pathname.endsWith('/')
    ? [join(dist, pathname, 'index.html')]
    : [join(dist, pathname), join(dist, `${pathname}.html`)];
  return candidates.find((candidate) => existsSync(candidate));
}

/** Every public page by path; the CMS at /admin/ is kept apart. */
const pages = new Map<string, HTMLElement>();
let admin: HTMLElement;

/** Text a visitor can see: everything but scripts and styles. */
function visibleText(node: HTMLElement): string {
  if (['script', 'style'].includes(node.rawTagName?.toLowerCase() ?? '')) return '';
  return node.childNodes
    .map((child) => (child instanceof HTMLElementClass ? visibleText(child) : child.rawText))
    .join(' ');
}

beforeAll(() => {
  if (!existsSync(dist)) throw new Error('dist/ is missing: run `npm run build` before the site checks');
  for (const file of htmlFiles(dist)) pages.set(urlOf(file), parseHtml(readFileSync(file, 'utf8')));
  admin = pages.get('/admin/') as HTMLElement;
  pages.delete('/admin/');
});

const contentIds = (folder: string, extension: string) =>
  // Partners write in one language; every other collection keeps its entries in the default language's folder.
  readdirSync(folder === 'partners' ? join('content', folder) : join('content', folder, 'en'))
    .filter((name) => name.endsWith(`.${extension}`))
    .map((name) => name.slice(0, -extension.length - 1));

describe('built site', () => {
  it('has the pages of the program', () => {
    for (const path of ['/', '/program/', '/program/terms/', '/tiers/', '/faq/', '/about/', '/404.html']) {
      expect(pages.has(path), path).toBe(true);
    }
    for (const id of contentIds('partner-types', 'md')) expect(pages.has(`/partner-types/${id}/`), id).toBe(true);
  });

  it('resolves every internal link, fragment and asset on every page, and lists the external links', () => {
    const broken: string[] = [];
    const external = new Map<string, number>();
    for (const [path, root] of pages) {
      for (const anchor of root.querySelectorAll('a[href]')) {
        const href = anchor.getAttribute('href') ?? '';
        if (/^(mailto:|tel:)/.test(href)) continue;
        const url = new URL(href, `${SITE}${path}`);
        if (url.origin !== SITE) {
          external.set(url.href, (external.get(url.href) ?? 0) + 1);
          continue;
        }
        const target = url.pathname === path ? root : pages.get(url.pathname);
        if (!target && !fileFor(url.pathname)) {
          broken.push(`${path} → ${href}`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && target && !target.getElementById(fragment)) broken.push(`${path} → ${href} (no #${fragment})`);
      }
      for (const element of root.querySelectorAll('link[href], script[src], img[src], source[src]')) {
        const address = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
        const url = new URL(address, `${SITE}${path}`);
        if (url.origin === SITE && !fileFor(url.pathname) && !pages.has(url.pathname)) {
          broken.push(`${path} → ${address}`);
        }
      }
    }
    expect(broken).toEqual([]);
    // External links are listed for a person (or a scheduled job) to check, never fetched by the tests.
    mkdirSync('reports', { recursive: true });
    const lines = [...external].sort(([a], [b]) => a.localeCompare(b)).map(([url, count]) => `${url}\t${count}`);
    writeFileSync('reports/external-links.tsv', `${lines.join('\n')}\n`);
    expect(external.size).toBeGreaterThan(0);
  });

  it('links every navigation entry from settings, and each one resolves', () => {
    const settings = parseYaml(readFileSync('content/settings/en/site.yaml', 'utf8')) as {
      navigation: { href: string }[];
    };
    const nav = pages.get('/')?.querySelector('nav[aria-label="Main"]');
    const hrefs = nav?.querySelectorAll('a').map((a) => a.getAttribute('href')) ?? [];
    for (const { href } of settings.navigation) {
      expect(hrefs).toContain(href);
      expect(fileFor(href), href).toBeDefined();
    }
  });

  it('gives every tier a page and a column in the comparison table', () => {
    const table = pages.get('/tiers/')?.querySelector('table');
    const columns = table?.querySelectorAll('thead th a').map((a) => a.getAttribute('href')) ?? [];
    const tiers = contentIds('tiers', 'md');
    expect(tiers.length).toBeGreaterThan(0);
    for (const id of tiers) {
      expect(pages.has(`/tiers/${id}/`), `page for ${id}`).toBe(true);
      expect(columns, `column for ${id}`).toContain(`/tiers/${id}/`);
    }
    expect(columns).toHaveLength(tiers.length);
  });

  it('ships no script on a page without an island or the comparison tray (JSON-LD data is not script)', () => {
    /** The script of the comparison's button and tray, which pages with a tray carry. */
    const isTrays = (script: HTMLElement) => /\/_astro\/CompareTray\.[^/]+\.js$/.test(script.getAttribute('src') ?? '');
    const executable = (root: HTMLElement) =>
      root
        .querySelectorAll('script')
        .filter((script) => script.getAttribute('type') !== 'application/ld+json' && !isTrays(script));
    const offenders = [...pages]
      .filter(([, root]) => executable(root).length > 0 && !root.querySelector('astro-island'))
      .map(([path]) => path);
    expect(offenders).toEqual([]);
    expect(executable(pages.get('/partners/') as HTMLElement).length).toBeGreaterThan(0);
    const trays = [...pages].filter(([, root]) => root.querySelectorAll('script').some(isTrays));
    expect(trays.every(([, root]) => root.querySelector('compare-tray'))).toBe(true);
    expect(trays.map(([path]) => path)).toEqual(expect.arrayContaining(['/partners/page/2/', '/partners/kama-logic/']));
  });

  it('gives every partner a profile page with Organization JSON-LD', () => {
    const partners = contentIds('partners', 'md');
    expect(partners.length).toBeGreaterThanOrEqual(40);
    for (const id of partners) {
      const page = pages.get(`/partners/${id}/`);
      expect(page, id).toBeDefined();
      const jsonLd = JSON.parse(
        page?.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}',
      ) as Record<string, unknown>;
      expect(jsonLd['@type'], id).toBe('Organization');
    }
  });

  it('publishes an RSS feed, valid XML, listing every resource, linked from the library', async () => {
    const xml = readFileSync(join(dist, 'resources', 'rss.xml'), 'utf8');
    expect(xml.startsWith('<?xml')).toBe(true);
    const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((match) => match[1]);
    const resources = contentIds('resources', 'md');
    expect(resources.length).toBeGreaterThanOrEqual(15);
    for (const id of resources) expect(links).toContain(`https://partners.polynya.example/resources/${id}/`);
    expect(
      pages
        .get('/resources/')
        ?.querySelector('link[rel="alternate"][type="application/rss+xml"]')
        ?.getAttribute('href'),
    ).toBe('/resources/rss.xml');
    // Well-formed: every element closes, checked by the browser's XML parser in the browser tests; here, tag balance.
    expect(xml.match(/<item>/g)?.length).toBe(xml.match(/<\/item>/g)?.length);
  });

  it('gives every resource a page whose downloads exist, with format and size', () => {
    for (const id of contentIds('resources', 'md')) {
      const page = pages.get(`/resources/${id}/`);
      expect(page, id).toBeDefined();
      for (const link of page?.querySelectorAll('a[download]') ?? []) {
        expect(existsSync(join(dist, link.getAttribute('href') ?? '')), link.getAttribute('href')).toBe(true);
        expect(link.parentNode?.querySelector('.file')?.text).toMatch(
          /^(PDF|CSV|Excel|Word|PowerPoint|ZIP|\w+ image), \d/,
        );
      }
    }
  });

  it('serves the directory data with every partner, in one payload at this size', () => {
    const partners = contentIds('partners', 'md').length;
    for (const page of ['partners', 'ru/partners']) {
      const data = JSON.parse(readFileSync(join(dist, page, 'directory.json'), 'utf8')) as DirectoryHead;
      expect(data.name).toHaveLength(partners);
      expect(data.pieces).toEqual([]);
      expect(data.opening.total).toBe(partners);
      expect(readdirSync(join(dist, page)).filter((file) => file.endsWith('.json'))).toEqual(['directory.json']);
    }
  });

  it('gives every page a language, one h1, a title, a description, a canonical URL and Open Graph tags', () => {
    for (const [path, root] of pages) {
      expect(root.querySelector('html')?.getAttribute('lang'), path).toBeTruthy();
      expect(root.querySelectorAll('h1'), path).toHaveLength(1);
      expect(root.querySelector('title')?.text.trim(), path).toBeTruthy();
      expect(root.querySelector('meta[name="description"]')?.getAttribute('content'), path).toBeTruthy();
      // A page kept out of search (the 404 page) names no address of its own.
      const indexed = !root.querySelector('meta[name="robots"]');
      if (indexed)
        expect(root.querySelector('link[rel="canonical"]')?.getAttribute('href'), path).toMatch(/^https:\/\//);
      else expect(root.querySelector('link[rel="canonical"], meta[property="og:url"]'), path).toBeNull();
      for (const property of ['og:title', 'og:description', ...(indexed ? ['og:url'] : [])]) {
        expect(
          root.querySelector(`meta[property="${property}"]`)?.getAttribute('content'),
          `${path} ${property}`,
        ).toBeTruthy();
      }
    }
  });

  it('never shows NaN, undefined, null or [object Object] to a visitor', () => {
    const garbage = /\b(NaN|undefined|null)\b|\[object Object\]/;
    const offenders = [...pages]
      .filter(([, root]) => {
        const body = root.querySelector('body');
        const head = root.querySelector('head');
        const attributes = root
          .querySelectorAll('[content],[href],[src],[alt],[title],[aria-label]')
          .map((element) => Object.values(element.attributes).join(' '));
        return [body ? visibleText(body) : '', head ? visibleText(head) : '', ...attributes].some((text) =>
          garbage.test(text),
        );
      })
      .map(([path]) => path);
    expect(offenders).toEqual([]);
  });

  it('keeps the CMS out of search engines and its bundle off public pages', () => {
    expect(admin.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, nofollow');
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin/');
    const bundles = admin.querySelectorAll('script[src]').map((script) => script.getAttribute('src') ?? '');
    expect(bundles).toHaveLength(1);
    for (const [path, root] of pages) {
      const scripts = root.querySelectorAll('script[src], astro-island').map((element) => element.toString());
      for (const bundle of bundles) expect(scripts.join('\n'), path).not.toContain(bundle);
    }
  });

  it('lists every public page in the sitemap and keeps the 404 pages and the comparison out of search', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const notFound = ['/404.html', '/ru/404/', '/partners/compare/', '/ru/partners/compare/'];
    for (const path of pages.keys()) {
      if (notFound.includes(path)) continue;
      expect(sitemap, path).toContain(`<loc>https://partners.polynya.example${path}</loc>`);
    }
    for (const path of notFound) {
      expect(sitemap).not.toContain(`https://partners.polynya.example${path}<`);
      expect(pages.get(path)?.querySelector('meta[name="robots"]')?.getAttribute('content'), path).toBe('noindex');
    }
  });
});

describe('cascade layers', () => {
  const LAYERS = ['tokens', 'reset', 'base', 'layout', 'components'];
  /** A page's CSS in document order: inline styles and linked stylesheets. */
  const cssOf = (file: string) =>
    parseHtml(readFileSync(file, 'utf8'))
      .querySelectorAll('style, link[rel="stylesheet"]')
      .map((element) =>
        element.tagName === 'STYLE'
          ? element.textContent
          : readFileSync(join(dist, element.getAttribute('href') ?? ''), 'utf8'),
      )
      .join('\n');

  it.each(
    htmlFiles()
      .filter((_, index) => index % 5 === 0)
      .map((file) => [relative(dist, file), file]),
  )('%s meets its layers in the declared order, so component styles always win over base styles', (_, file) => {
    const css = cssOf(file);
    const firsts = LAYERS.map((layer) => css.search(new RegExp(`@layer\\s+(?:[\\w\\s,]*\\b)?${layer}\\b`)));
    const present = firsts.filter((position) => position >= 0);
    expect(present).toEqual([...present].sort((a, b) => a - b));
    expect(firsts[0]).toBeGreaterThanOrEqual(0);
  });
});

describe('the directory page in each language', () => {
  it.each(['partners', 'ru/partners'])(
    '/%s/ starts its worker from its head with a script that runs on its own',
    async (page) => {
      const root = parseHtml(readFileSync(join(dist, page, 'index.html'), 'utf8'));
      const [start] = root
        .querySelectorAll('head script:not([src])')
        .filter((script) => script.textContent.includes('new Worker('));
      expect(start).toBeDefined();
      // The built script, run with only what a page gives it: it starts the built worker and fetches the data.
      const started: string[] = [];
      const fetched: string[] = [];
      const pageGlobals = {
        Worker: function Worker(url: string) {
          started.push(url);
          return { postMessage() {} };
        },
        fetch: async (url: string) => {
          fetched.push(url);
          return new Response('{}');
        },
        location: { search: '' },
        performance,
        globalThis: {},
      };
      new Function(...Object.keys(pageGlobals), start?.textContent ?? '')(...Object.values(pageGlobals));
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(started).toEqual([expect.stringMatching(/^\/_astro\/directory\.worker-[\w-]+\.js$/)]);
      expect(existsSync(join(dist, started[0] ?? ''))).toBe(true);
      expect(fetched).toEqual([`/${page}/directory.json`]);
      expect(existsSync(join(dist, page, 'directory.json'))).toBe(true);
    },
  );
});
