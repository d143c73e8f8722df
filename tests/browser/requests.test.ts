/**
 * Proposal requests and reviews sent from the site, to a local receiver in
 * place of the endpoints in settings: exact fields, nothing sent while a field
 * is wrong, what was typed kept when sending fails, the honeypot, the plain
 * HTML post without JavaScript, and the directory's rating filter and sort.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import { LEAD_FIELDS } from '../../src/lib/lead';
import { REVIEW_FORM_FIELDS } from '../../src/lib/review-form';
import { axeViolations, launchBrowser, openPage } from './browser';
import { startReceiver } from './receiver';

const settings = parseYaml(readFileSync('content/settings/en/site.yaml', 'utf8')) as {
  leadEndpoint: string;
  reviewEndpoint: string;
};

let browser: Browser;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
const received = () => receiver.state.received;
const sentJson = (index = 0) => JSON.parse(received()[index]?.body ?? '{}') as Record<string, unknown>;

beforeAll(async () => {
  browser = await launchBrowser();
  receiver = await startReceiver();
});
beforeEach(() => receiver.reset());
afterAll(async () => {
  await browser?.close();
  await receiver?.close();
});

/** Opens a profile with both forms routed to the receiver, and unfolds `section`. */
async function openProfile(path: string, section: string, options: { javaScriptEnabled?: boolean } = {}) {
  const opened = await openPage(browser, path, { viewport: 'phone', ...options });
  await receiver.route(opened.page, settings.leadEndpoint);
  await receiver.route(opened.page, settings.reviewEndpoint);
  await opened.page.locator(`#${section} > summary`).click();
  if (options.javaScriptEnabled !== false) {
    // The island loads once its section is open; its button is live when the form answers to a click.
    await opened.page.locator(`#${section} astro-island:not([ssr])`).waitFor({ state: 'attached' });
  }
  return opened;
}

async function fillLead(page: Page) {
  const form = page.locator('#request-proposal');
  await form.getByLabel('Company').fill('Angara Freight');
  await form.getByLabel('Your name').fill('Irina Volkova');
  await form.getByLabel('Email').fill('irina@angara.example');
  await form.getByLabel('Number of users').fill('1 200');
  await form.getByLabel('Budget').selectOption({ label: 'Up to ₽100,000' });
  await form.getByLabel('When do you want to start?').selectOption('month');
  await form.getByLabel(/^What do you need\?/).fill('Move 1,200 mailboxes before March.');
  await form.getByRole('checkbox', { name: /may contact me/ }).check();
}

describe('request a proposal from a profile', () => {
  it('sends exactly the fields, with the partner, the language and the search the visitor came from', async () => {
    const { context, page } = await openPage(browser, '/partners/?q=irkutsk&service=mail-migration');
    await page.locator('#partner-search-status').waitFor();
    await page.getByRole('link', { name: 'Baikal Digital' }).first().click();
    await page.waitForURL('**/partners/baikal-digital/');
    await receiver.route(page, settings.leadEndpoint);
    await page.locator('#request-proposal > summary').click();
    await page.locator('#request-proposal astro-island:not([ssr])').waitFor({ state: 'attached' });
    await fillLead(page);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Thank you, Irina Volkova' }).count()).toBe(1);
    await expect(page.getByText(/within 2 business days/).count()).resolves.toBe(1);
    expect(received()).toHaveLength(1);
    const sent = sentJson();
    expect(Object.keys(sent).sort()).toEqual(LEAD_FIELDS.map((field) => field.name).sort());
    expect(sent).toMatchObject({
      company: 'Angara Freight',
      users: '1200',
      budget: '0-100000',
      start: 'month',
      consent: 'yes',
      partners: ['baikal-digital'],
      locale: 'en',
      search: 'q=irkutsk&service=mail-migration',
    });
    // The partner's own services come ticked.
    expect(sent.services).toEqual(expect.arrayContaining(['mail-migration']));
    await context.close();
  });

  it('sends nothing while a field is wrong, says so next to it, and moves focus there', async () => {
    const { context, page } = await openProfile('/partners/baikal-digital/', 'request-proposal');
    await fillLead(page);
    const form = page.locator('#request-proposal');
    await form.getByLabel('Email').fill('irina@');
    await form.getByLabel('Number of users').fill('-5');
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect.poll(() => form.getByText('Enter an email address such as name@company.ru').count()).toBe(1);
    await expect(form.getByText(/Enter a whole number of users/).count()).resolves.toBe(1);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('lead-email');
    expect(received()).toEqual([]);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await context.close();
  });

  it('keeps everything typed and offers the team’s email when the endpoint fails', async () => {
    const { context, page } = await openProfile('/partners/baikal-digital/', 'request-proposal');
    receiver.state.answerWith = 502;
    await fillLead(page);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/server answered 502/);
    await expect(page.getByRole('link', { name: 'partners@polynya.example' }).count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('#request-proposal').getByLabel('Company').inputValue()).resolves.toBe('Angara Freight');
    await context.close();
  });

  it('drops a request whose hidden field a bot filled in', async () => {
    const { context, page } = await openProfile('/partners/baikal-digital/', 'request-proposal');
    await fillLead(page);
    await page.locator('#lead-fax').fill('http://spam.example', { force: true });
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect.poll(() => page.getByRole('heading', { name: /^Thank you/ }).count()).toBe(1);
    expect(received()).toEqual([]);
    await context.close();
  });

  it('posts as a plain HTML form without JavaScript, naming the partner and the language', async () => {
    const { context, page } = await openProfile('/ru/partners/taiga-networks-siberia/', 'request-proposal', {
      javaScriptEnabled: false,
    });
    const form = page.locator('#request-proposal');
    await form.getByLabel('Компания').fill('Кедровый двор');
    await form.getByLabel('Ваше имя').fill('Ирина Волкова');
    await form.getByLabel('Эл. почта').fill('irina@kedr.example');
    await form.getByLabel('Число пользователей').fill('40');
    await form.getByLabel('Бюджет').selectOption('unsure');
    await form.getByLabel('Когда хотите начать?').selectOption('now');
    await form.getByRole('checkbox', { name: /связались со мной/ }).check();
    await page.getByRole('button', { name: 'Отправить заявку' }).click();
    await expect.poll(() => received().length).toBe(1);
    expect(received()[0]?.contentType).toBe('application/x-www-form-urlencoded');
    const sent = new URLSearchParams(received()[0]?.body);
    expect(sent.getAll('partners')).toEqual(['taiga-networks-siberia']);
    expect(sent.get('locale')).toBe('ru');
    expect(sent.get('company')).toBe('Кедровый двор');
    await context.close();
  });
});

describe('the directory’s request, for the partner team to match', () => {
  it('sends no partner, the page’s language and the current search; the empty state points to it', async () => {
    const { context, page } = await openPage(browser, '/ru/partners/?q=zzzqqq');
    await receiver.route(page, settings.leadEndpoint);
    await page.locator('#partner-search-status').waitFor();
    await page.getByRole('link', { name: /партнёрский отдел подберёт партнёров/ }).click();
    // Following the link unfolds the request.
    await expect
      .poll(() => page.locator('#match-request').evaluate((details) => (details as HTMLDetailsElement).open))
      .toBe(true);
    await page.locator('#match-request astro-island:not([ssr])').waitFor({ state: 'attached' });
    const form = page.locator('#match-request');
    await expect.poll(() => form.getByText(/передадим ваш поиск: q=zzzqqq/).count()).toBe(1);
    await form.getByLabel('Компания').fill('Кедровый двор');
    await form.getByLabel('Ваше имя').fill('Ирина Волкова');
    await form.getByLabel('Эл. почта').fill('irina@kedr.example');
    await form.getByLabel('Число пользователей').fill('40');
    await form.getByRole('group', { name: 'Какие услуги нужны' }).getByRole('checkbox').first().check();
    await form.getByLabel('Бюджет').selectOption('unsure');
    await form.getByLabel('Когда хотите начать?').selectOption('quarter');
    await form.getByRole('checkbox', { name: /партнёрский отдел/ }).check();
    await page.getByRole('button', { name: 'Отправить заявку' }).click();
    await expect.poll(() => received().length).toBe(1);
    expect(sentJson()).toMatchObject({ partners: [], locale: 'ru', search: 'q=zzzqqq', start: 'quarter' });
    // The visitor sees the request arrive (and the page is not closed while its answer is on the way).
    await form.locator('.form-done').waitFor();
    await context.close();
  });
});

describe('review this partner', () => {
  it('sends exactly the fields, and sends nothing while the rating is missing', async () => {
    const { context, page } = await openProfile('/partners/baikal-digital/', 'review-this-partner');
    const form = page.locator('#review-this-partner');
    await form.getByLabel('Headline').fill('Moved over one weekend');
    await form.getByLabel('Your review').fill('They moved 80 mailboxes.\n\nCalendars took a week longer.');
    await form.getByLabel('Your name').fill('Irina Volkova');
    await form.getByLabel('Your role').fill('IT manager');
    await form.getByLabel('Your company', { exact: true }).fill('Angara Freight');
    await form.getByLabel('Users at your company').selectOption('51-250');
    await form.getByRole('group', { name: 'What the partner did for you' }).getByRole('checkbox').first().check();
    await form.getByLabel('When the project ended').fill('2026-10-01');
    await form.getByLabel('Work email').fill('irina@angara.example');
    await form.getByRole('checkbox', { name: /being published/ }).check();
    await page.getByRole('button', { name: 'Send review' }).click();
    await expect.poll(() => form.getByText('Choose from 1 to 5 stars').count()).toBe(1);
    expect(received()).toEqual([]);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await form.getByRole('radio', { name: '4 stars' }).check();
    await page.getByRole('button', { name: 'Send review' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Thank you, Irina Volkova' }).count()).toBe(1);
    const sent = sentJson();
    expect(Object.keys(sent).sort()).toEqual(REVIEW_FORM_FIELDS.map((field) => field.name).sort());
    expect(sent).toMatchObject({ rating: '4', partner: 'baikal-digital', locale: 'en', companySize: '51-250' });
    expect(sent.text).toBe('They moved 80 mailboxes.\n\nCalendars took a week longer.');
    await context.close();
  });
});

describe('ratings in the directory', () => {
  it('filters to 4 stars and above and sorts by rating, in the address', async () => {
    const { context, page } = await openPage(browser, '/partners/');
    await page.locator('#partner-search-status').waitFor();
    await page.getByRole('checkbox', { name: /^4 stars and above/ }).check();
    await page.getByLabel('Sort by').selectOption('rating');
    await expect.poll(() => new URL(page.url()).search).toBe('?rating=4&sort=rating');
    const ratings = await page
      .locator('.result-card .rating-badge .visually-hidden')
      .evaluateAll((nodes) => nodes.map((node) => Number(/Rated ([\d.]+)/.exec(node.textContent ?? '')?.[1])));
    expect(ratings.length).toBeGreaterThan(5);
    expect(ratings.every((rating) => rating >= 4)).toBe(true);
    // Samara Lighthouse IT averages 3.0 in the sample reviews.
    await expect(page.getByRole('link', { name: 'Samara Lighthouse IT' }).count()).resolves.toBe(0);
    await page.reload();
    await page.locator('#partner-search-status').waitFor();
    await expect(page.getByRole('checkbox', { name: /^4 stars and above/ }).isChecked()).resolves.toBe(true);
    await context.close();
  });
});
