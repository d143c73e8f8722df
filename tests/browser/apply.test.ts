import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import { axeViolations, launchBrowser, openPage } from './browser';
import { startReceiver } from './receiver';

const settings = parseYaml(readFileSync('content/settings/en/site.yaml', 'utf8')) as { applicationEndpoint: string };
const ENDPOINT = settings.applicationEndpoint;

let browser: Browser;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
const received = () => receiver.state.received;

beforeAll(async () => {
  browser = await launchBrowser();
  receiver = await startReceiver();
});

beforeEach(() => receiver.reset());

afterAll(async () => {
  await browser?.close();
  await receiver?.close();
});

const routeEndpoint = (page: Page, fail = false) => receiver.route(page, ENDPOINT, fail);

async function fillValid(page: Page) {
  await page.getByLabel('Company').fill('Taiga Networks');
  await page.getByLabel('Contact name').fill('Irina Volkova');
  await page.getByLabel('Email').fill('irina@taiga.example');
  await page.getByLabel(/^Phone/).fill('+7 383 212-40-11');
  await page.getByLabel(/^Website/).fill('https://taiga.example');
  await page.getByLabel('Partner type').selectOption('reseller');
  await page.getByRole('group', { name: 'Regions you serve' }).getByRole('checkbox', { name: 'Siberia' }).check();
  await page
    .getByRole('group', { name: 'Services you offer' })
    .getByRole('checkbox', { name: 'Mail migration' })
    .check();
  await page.getByLabel('Expected new clients per year').fill('25');
  await page.getByLabel(/^Message/).fill('We run mail for 60 firms in Novosibirsk.');
  await page.getByRole('checkbox', { name: /accept the program terms/ }).check();
}

async function openApply(viewport: 'phone' | 'desktop' = 'phone') {
  const opened = await openPage(browser, '/apply/', { viewport });
  await opened.page.waitForLoadState('networkidle');
  await routeEndpoint(opened.page);
  return opened;
}

describe('partner application', () => {
  it('sends exactly the fields to the endpoint and thanks the applicant with next steps', async () => {
    const { context, page } = await openApply();
    await fillValid(page);
    await page.getByRole('button', { name: 'Send application' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Thank you, Irina Volkova' }).count()).toBe(1);
    expect(received()).toHaveLength(1);
    expect(received()[0]?.contentType).toBe('application/json');
    expect(JSON.parse(received()[0]?.body ?? '{}')).toEqual({
      company: 'Taiga Networks',
      contactName: 'Irina Volkova',
      email: 'irina@taiga.example',
      phone: '+7 383 212-40-11',
      website: 'https://taiga.example',
      partnerType: 'reseller',
      regions: ['siberia'],
      services: ['mail-migration'],
      clientsPerYear: '25',
      message: 'We run mail for 60 firms in Novosibirsk.',
      consent: 'yes',
    });
    await context.close();
  });

  it('sends nothing while a field is wrong, says what is wrong next to it, and moves focus there', async () => {
    const { context, page } = await openApply();
    await fillValid(page);
    await page.getByLabel('Email').fill('irina@');
    await page.getByRole('checkbox', { name: /accept the program terms/ }).uncheck();
    await page.getByRole('button', { name: 'Send application' }).click();
    const email = page.getByLabel('Email');
    await expect.poll(() => email.evaluate((element) => element === document.activeElement)).toBe(true);
    await expect(email.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
    await expect(page.locator(`[id="${describedBy}"]`).textContent()).resolves.toBe(
      'Enter an email address such as name@company.ru',
    );
    await expect(page.getByText('Accept the program terms to apply').isVisible()).resolves.toBe(true);
    expect(received()).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it.each([
    ['the endpoint answers 500', 500, false, /server answered 500/],
    ['the network fails', 201, true, /connection failed/],
  ])('keeps everything typed and says so when %s', async (_case, status, networkFails, message) => {
    const { context, page } = await openPage(browser, '/apply/');
    await page.waitForLoadState('networkidle');
    await routeEndpoint(page, networkFails);
    receiver.state.answerWith = status;
    await fillValid(page);
    await page.getByRole('button', { name: 'Send application' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(message);
    await expect(page.getByLabel('Company').inputValue()).resolves.toBe('Taiga Networks');
    await expect(page.getByLabel(/^Message/).inputValue()).resolves.toBe('We run mail for 60 firms in Novosibirsk.');
    await context.close();
  });

  it('drops an application whose hidden field a bot filled in', async () => {
    const { context, page } = await openApply();
    await fillValid(page);
    await page.locator('#apply-fax').fill('http://spam.example', { force: true });
    await page.getByRole('button', { name: 'Send application' }).click();
    await expect.poll(() => page.getByRole('heading', { name: /^Thank you/ }).count()).toBe(1);
    expect(received()).toEqual([]);
    await context.close();
  });

  it('still submits as a plain POST without JavaScript', async () => {
    const { context, page } = await openPage(browser, '/apply/', { javaScriptEnabled: false });
    await routeEndpoint(page);
    await fillValid(page);
    await page.getByRole('button', { name: 'Send application' }).click();
    await expect.poll(() => received().length).toBe(1);
    expect(received()[0]?.contentType).toBe('application/x-www-form-urlencoded');
    const form = new URLSearchParams(received()[0]?.body);
    expect(form.get('company')).toBe('Taiga Networks');
    expect(form.getAll('regions')).toEqual(['siberia']);
    expect(form.get('consent')).toBe('yes');
    expect(form.get('fax')).toBe('');
    await context.close();
  });
});
