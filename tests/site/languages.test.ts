/**
 * The site in every language: each page exists in each, the versions name
 * each other (hreflang, reciprocal, with x-default), the sitemap lists them
 * all, a page shows no interface text of another language, and values that
 * are not language (rates) are the same in each. Run after `astro build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { HTMLElement as HTMLElementClass, parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { catalogue } from '../../src/lib/i18n/catalogue';
import { DEFAULT_LOCALE, LOCALES, localePath, splitLocale, type Locale } from '../../src/lib/i18n/locales';
import { dist, htmlFiles } from './dist';

const SITE = 'https://partners.polynya.example';
const pages = new Map<string, HTMLElement>();

const urlOf = (file: string) =>
  `/${relative(dist, file)
    .replace(/index\.html$/, '')
    .replace(/\\/g, '/')}`;

beforeAll(() => {
  if (!existsSync(dist)) throw new Error('dist/ is missing: run `npm run build` before the site checks');
  for (const file of htmlFiles(dist)) {
    const path = urlOf(file);
    if (path.startsWith('/admin/')) continue;
    pages.set(path, parseHtml(readFileSync(file, 'utf8')));
  }
});

/** Pages that are not translations of a page: the not-found pages stand for every address. */
const isNotFound = (path: string) => /\/404(\.html|\/)$/.test(path);
/** Pages kept out of search engines (the comparison, whose partners are in its address): no alternates, no sitemap. */
const outOfSearch = (root: HTMLElement) =>
  root.querySelector('meta[name="robots"]')?.getAttribute('content') === 'noindex';

/** Text in the page's own language: scripts, styles and passages marked as another language are left out. */
function ownText(node: HTMLElement, lang: string): string {
  if (['script', 'style'].includes(node.rawTagName?.toLowerCase() ?? '')) return '';
  const marked = node.getAttribute?.('lang');
  if (marked && marked !== lang) return '';
  return node.childNodes
    .map((child) => (child instanceof HTMLElementClass ? ownText(child, lang) : child.rawText))
    .join(' ');
}

/** Every plain string of a catalogue, with its key path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => strings(child, path ? `${path}.${key}` : key));
  }
  return [];
}

describe('every page in every language', () => {
  it('builds each page in each language, at the same address under its language', () => {
    const missing: string[] = [];
    for (const path of pages.keys()) {
      if (isNotFound(path)) continue;
      for (const locale of LOCALES) {
        const there = localePath(locale, path);
        if (!pages.has(there)) missing.push(`${path} → ${there}`);
      }
    }
    expect(missing).toEqual([]);
    expect(pages.has('/404.html') && pages.has('/ru/404/')).toBe(true);
  });

  it('sets the page language and names every version of the page, both ways, with x-default', () => {
    const problems: string[] = [];
    for (const [path, root] of pages) {
      if (isNotFound(path)) continue;
      const { locale } = splitLocale(path);
      if (root.querySelector('html')?.getAttribute('lang') !== locale) problems.push(`${path}: lang`);
      if (outOfSearch(root)) continue;
      const alternates = new Map(
        root
          .querySelectorAll('link[rel="alternate"][hreflang]')
          .map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
      );
      for (const other of LOCALES) {
        const href = alternates.get(other);
        if (href !== `${SITE}${localePath(other, path)}`) problems.push(`${path}: hreflang ${other} is ${href}`);
        // Reciprocal: the other version names this one.
        const back = pages
          .get(localePath(other, path))
          ?.querySelector(`link[rel="alternate"][hreflang="${locale}"]`)
          ?.getAttribute('href');
        if (back !== `${SITE}${path}`) problems.push(`${localePath(other, path)} does not name ${path}`);
      }
      if (alternates.get('x-default') !== `${SITE}${localePath(DEFAULT_LOCALE, path)}`) {
        problems.push(`${path}: x-default`);
      }
      const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href');
      if (canonical && canonical !== `${SITE}${path}`) problems.push(`${path}: canonical ${canonical}`);
    }
    expect(problems).toEqual([]);
  });

  it('offers the same page in the other language from every page', () => {
    for (const [path, root] of pages) {
      if (isNotFound(path)) continue;
      const { locale } = splitLocale(path);
      const links = root.querySelectorAll('a[data-locale-switch]');
      expect(
        links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
        path,
      ).toEqual(LOCALES.filter((other) => other !== locale).map((other) => [other, localePath(other, path)]));
    }
  });

  it('lists every page of every language in the sitemap, with its alternates', () => {
    const sitemap = readFileSync(`${dist}/sitemap-0.xml`, 'utf8');
    const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]));
    for (const [path, root] of pages) {
      if (isNotFound(path)) continue;
      expect(listed.has(`${SITE}${path}`), path).toBe(!outOfSearch(root));
    }
    expect(sitemap).toContain(`hreflang="ru" href="${SITE}/ru/tiers/gold/"`);
  });
});

describe('no page speaks the other language', () => {
  const catalogues = Object.fromEntries(
    LOCALES.map((locale) => [locale, new Map(strings(catalogue(locale)))]),
  ) as Record<Locale, Map<string, string>>;

  it.each(LOCALES)('%s pages show no interface phrase of another language', (locale) => {
    const foreign = LOCALES.filter((other) => other !== locale).flatMap((other) =>
      [...catalogues[other]].filter(
        ([key, text]) => text.length >= 12 && text.includes(' ') && catalogues[locale].get(key) !== text,
      ),
    );
    expect(foreign.length).toBeGreaterThan(20);
    const found: string[] = [];
    for (const [path, root] of pages) {
      if (splitLocale(path).locale !== locale || isNotFound(path)) continue;
      const text = ownText(root, locale).replace(/\s+/g, ' ');
      for (const [key, phrase] of foreign) if (text.includes(phrase)) found.push(`${path}: ${key} "${phrase}"`);
    }
    expect(found.slice(0, 20)).toEqual([]);
  });

  it('shows each entry in the page’s language: the Russian tier page has the Russian summary and body', () => {
    const [, front = '', body = ''] = readFileSync('content/tiers/ru/gold.md', 'utf8').split(/^---$/m);
    const { summary } = parseYaml(front) as { summary: string };
    const text = ownText(pages.get('/ru/tiers/gold/') as HTMLElement, 'ru').replace(/\s+/g, ' ');
    expect(text).toContain(summary);
    expect(text).toContain(body.trim().split('\n')[0]?.slice(0, 40));
    expect(ownText(pages.get('/tiers/gold/') as HTMLElement, 'en')).not.toContain(summary);
  });
});

describe('one value in every language', () => {
  const rates = (path: string) =>
    [...(pages.get(path)?.querySelector('table')?.text ?? '').matchAll(/(\d+(?:[.,]\d+)?)\s?%/g)].map((match) =>
      Number(match[1]?.replace(',', '.')),
    );

  it('shows the same rates in the tier table in each language', () => {
    const english = rates('/tiers/');
    expect(english.length).toBeGreaterThan(4);
    for (const locale of LOCALES) expect(rates(localePath(locale, '/tiers/')), locale).toEqual(english);
  });

  it('gives the calculator the same tiers and rates in each language', () => {
    const props = (path: string) => {
      const island = pages.get(path)?.querySelector('astro-island[component-url*="EarningsCalculator"]');
      const raw = JSON.parse(island?.getAttribute('props') ?? '{}') as Record<string, unknown>;
      return JSON.stringify(raw.tiers);
    };
    const english = props('/calculator/');
    expect(english.length).toBeGreaterThan(20);
    expect(props('/ru/calculator/')).toBe(english);
  });
});
