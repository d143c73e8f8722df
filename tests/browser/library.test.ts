import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, launchBrowser, openPage } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('enablement library', () => {
  it('finds the migration guide for a tier in two clicks, and restores the filters from the URL', async () => {
    const { context, page } = await openPage(browser, '/resources/', { viewport: 'phone' });
    await page.getByRole('searchbox', { name: 'Search resources' }).waitFor();
    const filters = page.locator('details.facet-filters');
    if (!(await filters.evaluate((d) => (d as HTMLDetailsElement).open))) await filters.locator('summary').click();
    await page
      .getByRole('group', { name: 'Topic' })
      .getByRole('checkbox', { name: /^Migration/ })
      .check();
    await page
      .getByRole('group', { name: 'Available at tier' })
      .getByRole('checkbox', { name: /^Registered/ })
      .check();
    await expect.poll(() => page.getByRole('link', { name: /Mailbox migration guide/ }).count()).toBe(1);
    const status = await page.getByRole('status').textContent();
    // The address follows a change a moment after its results.
    await expect.poll(() => new URL(page.url()).search).toBe('?topic=migration&tier=registered');
    const url = page.url();
    const other = await context.newPage();
    await other.goto(url);
    await other.getByRole('searchbox', { name: 'Search resources' }).waitFor();
    await expect.poll(() => other.getByRole('status').textContent()).toBe(status);
    await context.close();
  });

  it('searches as you type, through typos, newest first by default', async () => {
    const { context, page } = await openPage(browser, '/resources/');
    await page.getByRole('searchbox', { name: 'Search resources' }).fill('comissions');
    await expect.poll(() => page.getByRole('link', { name: /commissions and payouts work/ }).count()).toBe(1);
    await context.close();
  });

  it('is complete without JavaScript, with filters as links', async () => {
    const { context, page } = await openPage(browser, '/resources/', { javaScriptEnabled: false });
    expect(await page.getByRole('list', { name: 'Resources' }).getByRole('listitem').count()).toBeGreaterThanOrEqual(
      15,
    );
    await page.getByRole('navigation', { name: 'Filters' }).getByText('Type', { exact: true }).click();
    await page.getByRole('link', { name: 'Case study', exact: true }).click();
    await page.waitForURL('**/resources/types/case-study/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Type: Case study');
    await context.close();
  });

  it('serves an RSS feed the browser parses as XML', async () => {
    const { context, page } = await openPage(browser, '/404.html');
    const result = await page.evaluate(async (url) => {
      const text = await (await fetch(url)).text();
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        items: doc.querySelectorAll('item').length,
      };
    }, `${baseUrl}/resources/rss.xml`);
    expect(result.error).toBeNull();
    expect(result.items).toBeGreaterThanOrEqual(15);
    await context.close();
  });

  it('has no axe violation on the library with filters open, nor on a resource', async () => {
    for (const path of ['/resources/?type=case-study', '/resources/mailbox-migration-guide/']) {
      const { context, page } = await openPage(browser, path);
      await page.waitForLoadState('networkidle');
      expect(await axeViolations(page), path).toEqual([]);
      await context.close();
    }
  });
});
