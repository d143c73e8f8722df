import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { computeEarnings } from '../../src/lib/earnings.ts';
import { formatMoney } from '../../src/lib/money.ts';
import { axeViolations, baseUrl, launchBrowser, openPage } from './browser';
import { LOCALE_SETTINGS } from '../../src/lib/i18n/locales';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Front matter of a Markdown file, or a whole YAML file, as the build reads them. */
const readContent = <T>(path: string): T => {
  const text = readFileSync(path, 'utf8');
  return parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? text) as T;
};
const settings = readContent<{ currency: string }>('content/settings/en/site.yaml');
// The English page writes money the English way.
const format = { currency: settings.currency, locale: LOCALE_SETTINGS.en.intl };
const silver = readContent<{
  referralCommission: number;
  commissionMonths: number;
  resaleDiscount: number;
  name: string;
}>('content/tiers/en/silver.md');
const suite = readContent<{ pricePerSeat: number; name: string }>('content/plans/en/suite.yaml');

const total = (page: Page) =>
  page
    .getByRole('group', { name: /^Total earnings/ })
    .locator('.calc-figure__value')
    .textContent();

async function openCalculator(query = '', viewport: 'phone' | 'desktop' = 'phone') {
  const opened = await openPage(browser, `/calculator/${query}`, { viewport });
  await opened.page.getByLabel('Seats per client').waitFor();
  return opened;
}

describe('earnings calculator', () => {
  it('answers “what would I earn at Silver with 3 new clients a month, 15 users each, on the full suite?” on a phone', async () => {
    const { context, page } = await openCalculator();
    await page.getByLabel('Tier', { exact: true }).selectOption({ label: silver.name });
    await page.getByLabel('Plan').selectOption('suite');
    await page.getByLabel('Seats per client').fill('15');
    await page.getByLabel('New clients per month').fill('3');
    await page.getByLabel('Monthly churn (%)').fill('1');
    await page.getByLabel('Months', { exact: true }).fill('24');
    const expected = computeEarnings({
      model: 'referral',
      tier: silver,
      seatPriceMinor: Math.round(suite.pricePerSeat * 100),
      seatsPerClient: 15,
      newClientsPerMonth: 3,
      monthlyChurn: 1,
      months: 24,
      serviceFeeMinor: 0,
    });
    await expect.poll(() => total(page)).toBe(formatMoney(expected.totalEarnings, format));
    // The scenario is in the address: reloading or sharing it reproduces the answer.
    const shared = page.url();
    expect(new URL(shared).searchParams.get('clients')).toBe('3');
    const other = await context.newPage();
    await other.goto(shared);
    await other.getByLabel('Seats per client').waitFor();
    await expect.poll(() => total(other)).toBe(formatMoney(expected.totalEarnings, format));
    await expect(other.getByLabel('Tier', { exact: true }).inputValue()).resolves.toBe('silver');
    await context.close();
  });

  it.each([
    ['Seats per client', '', 'Enter a number'],
    ['Seats per client', 'twelve', 'Enter a whole number, such as 15'],
    ['Seats per client', '2.5', 'Enter a whole number from 1 to 10,000'],
    ['New clients per month', '-4', 'Enter a number from 0 to 1,000'],
    ['Monthly churn (%)', '250', 'Enter a number from 0 to 100'],
    ['Months', '99999999999999999999', 'Enter a number from 1 to 60'],
    ['One-time service fee per client', '12.345', 'Use at most 2 decimals'],
  ])('shows a clear message next to %s for %j and keeps the last valid result', async (label, value, message) => {
    const { context, page } = await openCalculator();
    const before = await total(page);
    const field = page.getByLabel(label, { exact: true });
    await field.fill(value);
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    const descriptions = await Promise.all(
      describedBy.split(' ').map((id) => page.locator(`[id="${id}"]`).textContent()),
    );
    expect(descriptions).toContain(message);
    await expect(total(page)).resolves.toBe(before);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
    await context.close();
  });

  it('has no axe violation with an error shown', async () => {
    const { context, page } = await openCalculator('?seats=abc');
    await expect(page.getByLabel('Seats per client').getAttribute('aria-invalid')).resolves.toBe('true');
    await page.getByRole('button', { name: 'Show the figures as a table' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('compares the scenario at every tier and shows what the next tier adds', async () => {
    const { context, page } = await openCalculator('?tier=silver', 'desktop');
    const rows = page.getByRole('region', { name: 'Earnings at every tier' }).getByRole('row');
    expect(await rows.count()).toBe(5);
    await expect(page.getByText(/the same clients would earn you/).textContent()).resolves.toMatch(/At Gold/);
    await context.close();
  });

  it('never offers a plan partners cannot sell', async () => {
    const { context, page } = await openCalculator();
    const options = await page.getByLabel('Plan').locator('option').allTextContents();
    expect(options.some((option) => option.includes('Free'))).toBe(false);
    await context.close();
  });

  it('shows a worked example without JavaScript', async () => {
    const { context, page } = await openPage(browser, '/calculator/', { javaScriptEnabled: false });
    await expect(page.getByRole('heading', { name: 'A worked example' }).isVisible()).resolves.toBe(true);
    expect(
      await page.getByRole('region', { name: 'Worked example by month' }).getByRole('row').count(),
    ).toBeGreaterThan(3);
    await context.close();
  });

  it('loads on a tier page only when scrolled into view, with that tier chosen', async () => {
    const { context, page } = await openPage(browser, '/tiers/gold/', { viewport: 'phone' });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('EarningsCalculator')) scripts.push(request.url());
    });
    await page.waitForTimeout(300);
    expect(scripts).toEqual([]);
    await page.getByRole('heading', { name: /^Estimate your earnings at Gold/ }).scrollIntoViewIfNeeded();
    await page.getByLabel('Tier', { exact: true }).waitFor();
    await expect(page.getByLabel('Tier', { exact: true }).inputValue()).resolves.toBe('gold');
    expect(scripts.length).toBeGreaterThan(0);
    expect(page.url()).toBe(`${baseUrl}/tiers/gold/`);
    await context.close();
  });
});
