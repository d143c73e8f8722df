/** Shared set-up of the browser tests: one headless Chromium, pages at a phone and a desktop width. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/find-chromium.ts';
import { LOCALES, splitLocale, type Locale } from '../../src/lib/i18n/locales';

export const baseUrl = inject('baseUrl');

export const viewports = {
  phone: { width: 360, height: 740 },
  desktop: { width: 1280, height: 800 },
} as const;

export type ViewportName = keyof typeof viewports;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject('chromiumPath'),
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export async function openPage(
  browser: Browser,
  path: string,
  options: { viewport?: ViewportName; colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: viewports[options.viewport ?? 'desktop'],
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  const response = await page.goto(new URL(path, baseUrl).href);
  if (!response || (response.status() >= 400 && !path.includes('404'))) {
    throw new Error(`${path} answered ${response?.status()}`);
  }
  return { context, page };
}

// Evaluated rather than added as a <script>: the pages' Content-Security-Policy refuses unhashed inline scripts.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2.1 A and AA plus best practices) and returns its violations, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations;
  });
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/**
 * One page of each kind from the built sitemap, in every language, plus the
 * not-found pages: every program page, and of the listings that grow with
 * content (partners and resources: there can be thousands) the index, a
 * second page, a filter page and a detail page or two.
 */
export async function sitePaths(): Promise<string[]> {
  const index = await (await fetch(`${baseUrl}/sitemap-0.xml`)).text();
  const paths = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '/').pathname);
  const bare = (path: string) => splitLocale(path).path;
  const grows = (path: string) => /^\/(partners|resources)\/./.test(bare(path));
  const pick = (locale: Locale, pattern: RegExp, count = 1) =>
    paths.filter((path) => splitLocale(path).locale === locale && pattern.test(bare(path))).slice(0, count);
  return [
    ...paths.filter((path) => !grows(path)),
    ...LOCALES.flatMap((locale) => [
      ...pick(locale, /^\/partners\/page\/\d+\/$/),
      ...pick(locale, /^\/partners\/services\/[^/]+\/$/),
      ...pick(locale, /^\/partners\/(?!page\/|services\/)[^/]+\/$/, 2),
      ...pick(locale, /^\/resources\/topics\/[^/]+\/$/),
      ...pick(locale, /^\/resources\/(?!topics\/|types\/|audience\/|tiers\/)[^/]+\/$/),
    ]),
    // A profile written in Russian on an English page: its text marked as Russian, with a note.
    '/partners/taiga-networks-siberia/',
    '/404.html',
    '/ru/404/',
  ];
}
