import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import { axeViolations, launchBrowser, openPage } from './browser';

const settings = parseYaml(readFileSync('content/settings/en/site.yaml', 'utf8')) as { applicationEndpoint: string };
const ENDPOINT = settings.applicationEndpoint;

interface Received {
  contentType: string;
  body: string;
}

let browser: Browser;
let receiver: Server;
let receiverUrl: string;
let received: Received[] = [];
let answerWith = 201;

async function read(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) body += chunk;
  return body;
}

beforeAll(async () => {
  browser = await launchBrowser();
  // A stand-in for the CRM webhook: records what arrives and answers as told.
  receiver = createServer(async (request, response) => {
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Allow-Headers', 'Content-Type, Accept');
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
      return;
    }
    received.push({ contentType: request.headers['content-type'] ?? '', body: await read(request) });
    response.writeHead(answerWith, { 'Content-Type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`;
});

beforeEach(() => {
  received = [];
  answerWith = 201;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

/** Sends what the page posts to the endpoint in settings on to the local receiver. */
async function routeEndpoint(page: Page, fail = false) {
  await page.route(`${ENDPOINT}**`, async (route) => {
    if (fail) return route.abort('connectionrefused');
    const response = await route.fetch({ url: receiverUrl });
    return route.fulfill({ response });
  });
}

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
    expect(received).toHaveLength(1);
    expect(received[0]?.contentType).toBe('application/json');
    expect(JSON.parse(received[0]?.body ?? '{}')).toEqual({
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
    expect(received).toEqual([]);
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
    answerWith = status;
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
    expect(received).toEqual([]);
    await context.close();
  });

  it('still submits as a plain POST without JavaScript', async () => {
    const { context, page } = await openPage(browser, '/apply/', { javaScriptEnabled: false });
    await routeEndpoint(page);
    await fillValid(page);
    await page.getByRole('button', { name: 'Send application' }).click();
    await expect.poll(() => received.length).toBe(1);
    expect(received[0]?.contentType).toBe('application/x-www-form-urlencoded');
    const form = new URLSearchParams(received[0]?.body);
    expect(form.get('company')).toBe('Taiga Networks');
    expect(form.getAll('regions')).toEqual(['siberia']);
    expect(form.get('consent')).toBe('yes');
    expect(form.get('fax')).toBe('');
    await context.close();
  });
});
