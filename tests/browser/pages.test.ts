import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, launchBrowser, openPage, sitePaths, viewports, type ViewportName } from './browser';

let browser: Browser;
let paths: string[];
/** The tests that open every kind of page, in both languages, take longer than one page's worth. */
const EVERY_PAGE_MS = 300_000;

beforeAll(async () => {
  browser = await launchBrowser();
  paths = await sitePaths();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(Object.keys(viewports) as ViewportName[])('at the %s width', (viewport) => {
  it('the home page presents the program and leads to the tiers', async () => {
    const { context, page } = await openPage(browser, '/', { viewport });
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/\w/);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Tiers' }).click();
    await page.waitForURL('**/tiers/');
    await expect(page.getByRole('heading', { level: 1, name: 'Partner tiers' }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('the tier comparison shows every tier and its rates', async () => {
    const { context, page } = await openPage(browser, '/tiers/', { viewport });
    const table = page.getByRole('table', { name: 'Tier requirements and benefits' });
    await expect(table.isVisible()).resolves.toBe(true);
    const headers = await page.getByRole('columnheader').allTextContents();
    expect(headers.map((text) => text.trim())).toEqual(['Registered', 'Silver', 'Gold', 'Platinum']);
    const commissionRow = page.getByRole('row', { name: /^Referral commission/ });
    await expect(commissionRow.isVisible()).resolves.toBe(true);
    const cells = (await commissionRow.getByRole('cell').allTextContents()).map((text) => text.replace(/\s/g, ''));
    expect(cells.some((cell) => cell.startsWith('Gold20%') || cell === '20%')).toBe(true);
    await context.close();
  });

  it('the FAQ jumps to a topic and gives each question its own anchor', async () => {
    const { context, page } = await openPage(browser, '/faq/', { viewport });
    const topics = page.getByRole('navigation', { name: 'FAQ topics' });
    const firstTopic = topics.getByRole('link').first();
    const topicName = (await firstTopic.textContent())?.trim() ?? '';
    await firstTopic.click();
    await page.waitForURL(/#/);
    const heading = page.getByRole('heading', { level: 2, name: topicName });
    await expect(heading.isVisible()).resolves.toBe(true);
    const questionLink = page.getByRole('link', { name: 'Link to this question' }).first();
    const href = await questionLink.getAttribute('href');
    await questionLink.click();
    expect(new URL(page.url()).hash).toBe(href);
    await context.close();
  });

  it(
    'no page scrolls sideways',
    async () => {
      const overflowing: string[] = [];
      for (const path of paths) {
        const { context, page } = await openPage(browser, path, { viewport });
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > viewports[viewport].width) overflowing.push(`${path}: ${width}px`);
        await context.close();
      }
      expect(overflowing).toEqual([]);
    },
    EVERY_PAGE_MS,
  );
});

describe('accessibility', () => {
  it.each(['light', 'dark'] as const)(
    'axe finds no violation on any kind of page in the %s scheme',
    async (colorScheme) => {
      const report: string[] = [];
      for (const path of paths) {
        const { context, page } = await openPage(browser, path, { colorScheme });
        for (const violation of await axeViolations(page)) report.push(`${path}: ${violation}`);
        await context.close();
      }
      expect(report).toEqual([]);
    },
    EVERY_PAGE_MS,
  );

  it('the skip link moves focus to the main content', async () => {
    const { context, page } = await openPage(browser, '/program/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await context.close();
  });
});

describe('JavaScript', () => {
  it(
    'runs on no page except those that host an island or the comparison tray',
    async () => {
      const scripted: string[] = [];
      for (const path of paths) {
        const { context, page } = await openPage(browser, path);
        // The comparison's button and tray have a small script of their own, on the pages that show the tray.
        const scripts = await page.evaluate(
          () =>
            [...document.scripts].filter(
              (script) =>
                script.type !== 'application/ld+json' &&
                !(/\/_astro\/CompareTray\./.test(script.src) && document.querySelector('compare-tray')),
            ).length,
        );
        const island = await page.locator('astro-island').count();
        if (scripts > 0 && island === 0) scripted.push(`${path}: ${scripts}`);
        await context.close();
      }
      expect(scripted).toEqual([]);
    },
    EVERY_PAGE_MS,
  );

  it(
    'logs no error and breaks no rule of its Content-Security-Policy on any kind of page',
    async () => {
      const problems: string[] = [];
      for (const path of paths) {
        const context = await browser.newContext();
        const page = await context.newPage();
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(`${path}: ${message.text()}`);
        });
        page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`));
        await page.addInitScript(() => {
          document.addEventListener('securitypolicyviolation', (event) =>
            console.error(`CSP refused ${event.blockedURI || 'inline code'} (${event.violatedDirective})`),
          );
        });
        await page.goto(new URL(path, baseUrl).href);
        // Islands that load when visible, such as the calculator on tier pages, get their turn.
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForLoadState('networkidle');
        await context.close();
      }
      expect(problems).toEqual([]);
    },
    EVERY_PAGE_MS,
  );
});
