/**
 * Choosing a partner: near a city or the visitor's own position, and side by
 * side. Distances are checked against those computed from content/.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { distanceKm } from '../../src/lib/geo';
import { axeViolations, baseUrl, launchBrowser, openPage, viewports } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The gazetteer and each partner's offices, as content/ holds them. */
const cities = new Map(
  readdirSync('content/cities/en').map((file) => {
    const city = parse(readFileSync(`content/cities/en/${file}`, 'utf8')) as { latitude: number; longitude: number };
    return [file.replace('.yaml', ''), { lat: city.latitude, lon: city.longitude }];
  }),
);
const partners = readdirSync('content/partners').map((file) => {
  const [, frontMatter = ''] = /^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/partners/${file}`, 'utf8')) ?? [];
  const data = parse(frontMatter) as { name: string; offices: { city: string }[] };
  return { name: data.name, offices: data.offices.map((office) => cities.get(office.city)) };
});
/** Kilometres from `from` to a partner's nearest office, by name. */
const nearestOffice = (from: { lat: number; lon: number }, name: string) =>
  Math.min(
    ...(partners.find((partner) => partner.name === name)?.offices ?? []).map((office) =>
      office ? distanceKm(from, office) : Number.POSITIVE_INFINITY,
    ),
  );

const answered = (page: Page) => page.locator('[data-answers][aria-busy="false"]').waitFor();
const cards = (page: Page) => page.locator('ul.result-list > li');
/** Each card's name and what it says of the distance. */
async function distances(page: Page): Promise<{ name: string; distance: string }[]> {
  await answered(page);
  return cards(page).evaluateAll((items) =>
    items.map((item) => ({
      name: item.querySelector('h3')?.textContent ?? '',
      distance: item.querySelector('.partner-card__distance')?.textContent ?? '',
    })),
  );
}
const kilometres = (text: string) => (/^Office in/.test(text) ? 0 : Number(text.replace(/[^\d]/g, '')));

async function directory(path: string, options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext({ viewport: viewports.desktop, ...options });
  const page = await context.newPage();
  await page.goto(new URL(path, baseUrl).href);
  await answered(page);
  return { context, page };
}

describe('partners near a place', () => {
  it('picks a city by type-ahead and sorts by the distance to each partner’s nearest office', async () => {
    const { context, page } = await directory('/partners/');
    const near = page.getByRole('combobox', { name: 'Near' });
    await near.fill('kaz');
    await expect.poll(() => page.getByRole('listbox').getByRole('option').allTextContents()).toEqual(['Kazan']);
    await near.press('Enter');
    await page.waitForURL(/near=kazan/);
    await page.getByLabel('Sort by').selectOption('distance');
    await page.waitForURL(/sort=distance/);
    await expect.poll(async () => (await distances(page))[0]?.distance).toBe('Office in Kazan');
    const kazan = cities.get('kazan') ?? { lat: 0, lon: 0 };
    const shown = await distances(page);
    expect(shown).toHaveLength(24);
    for (const { name, distance } of shown) {
      // Each card's distance is its nearest office's, to the kilometre.
      expect(Math.abs(kilometres(distance) - Math.round(nearestOffice(kazan, name))), name).toBeLessThanOrEqual(1);
    }
    const sorted = shown.map(({ distance }) => kilometres(distance));
    expect(sorted).toEqual([...sorted].sort((a, b) => a - b));
    expect(await axeViolations(page)).toEqual([]);
    // The address holds the place and the sort: a reload shows the same.
    await page.reload();
    await expect
      .poll(async () => (await distances(page)).map(({ name }) => name))
      .toEqual(shown.map(({ name }) => name));
    await context.close();
  });

  it('finds a city typed in Russian on the Russian page, and keeps only partners within the radius', async () => {
    const { context, page } = await directory('/ru/partners/');
    const near = page.getByRole('combobox', { name: 'Где искать' });
    await near.fill('новос');
    await page.getByRole('option', { name: 'Новосибирск' }).click();
    await page.waitForURL(/near=novosibirsk/);
    const within = page.getByLabel('В радиусе');
    // Each radius says how many partners it keeps, and keeps that many.
    await expect.poll(() => within.locator('option').allTextContents()).toContain('Любое расстояние (42)');
    const option = (await within.locator('option[value="100"]').textContent()) ?? '';
    const kept = Number(/\((\d+)\)/.exec(option)?.[1]);
    expect(kept).toBeGreaterThan(1);
    expect(kept).toBeLessThan(42);
    await within.selectOption('100');
    await page.waitForURL(/within=100/);
    await expect.poll(() => cards(page).count()).toBe(kept);
    const novosibirsk = cities.get('novosibirsk') ?? { lat: 0, lon: 0 };
    for (const { name, distance } of await distances(page)) {
      const km = nearestOffice(novosibirsk, name);
      expect(km <= 100 || distance === 'Работает удалённо в вашем регионе', `${name}: ${distance}`).toBe(true);
    }
    // A radius that leaves no one says how far the nearest partner is.
    await page.goto(new URL('/ru/partners/?near=yakutsk&within=25', baseUrl).href);
    await answered(page);
    await expect.poll(() => page.getByText('В радиусе 25 км от г. Якутск партнёров нет.').isVisible()).toBe(true);
    await expect.poll(() => page.getByText(/Ближайший — «.+», г\. .+, в [\d\s]+ км\./).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Искать на любом расстоянии' }).click();
    await expect.poll(() => cards(page).count()).toBeGreaterThan(0);
    await context.close();
  });

  it('uses the visitor’s position once allowed, rounded to about a kilometre in the address', async () => {
    const { context, page } = await directory('/partners/', {
      geolocation: { latitude: 55.796345, longitude: 49.108812 },
      permissions: ['geolocation'],
    });
    await page.getByRole('button', { name: 'Use my location' }).click();
    await page.waitForURL(/near=55\.8%2C49\.11|near=55\.8,49\.11/);
    await expect.poll(() => page.getByRole('combobox', { name: 'Near' }).inputValue()).toBe('Your location');
    await page.getByLabel('Sort by').selectOption('distance');
    await expect.poll(async () => (await distances(page))[0]?.distance).toMatch(/ from you$|^Under 1 km from you$/);
    await context.close();
  });

  it('says so when the browser refuses the position, and leaves the search as it was', async () => {
    const { context, page } = await directory('/partners/?q=mail');
    const before = await distances(page);
    await context.clearPermissions();
    await page.getByRole('button', { name: 'Use my location' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('Your browser did not share your location, so the search stays as it was. Type a city instead.');
    expect(new URL(page.url()).searchParams.get('near')).toBeNull();
    expect(await distances(page)).toEqual(before);
    await context.close();
  });
});

describe('comparing partners', () => {
  const tray = (page: Page) => page.getByRole('complementary', { name: 'Partners to compare' });
  const inTray = (page: Page) => tray(page).locator('.compare-tray__name').allTextContents();
  const headers = (table: ReturnType<Page['getByRole']>) =>
    table.getByRole('columnheader').evaluateAll((cells) => cells.map((cell) => cell.querySelector('a')?.textContent));

  async function chooseThree(context: BrowserContext) {
    const page = await context.newPage();
    await page.goto(new URL('/partners/?near=kazan', baseUrl).href);
    await answered(page);
    const names = (await distances(page)).slice(0, 2).map(({ name }) => name);
    for (const name of names) await page.getByRole('button', { name: `Compare ${name}` }).click();
    await expect.poll(() => inTray(page)).toEqual(names);
    // Across a reload, and on a profile, where the third one is added.
    await page.reload();
    await expect.poll(() => inTray(page)).toEqual(names);
    await page.goto(new URL('/partners/kama-logic/', baseUrl).href);
    await page.getByRole('button', { name: 'Compare Кама Логик' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: 'Compare Кама Логик' }).getAttribute('aria-pressed'))
      .toBe('true');
    await expect.poll(() => inTray(page)).toEqual([...names, 'Кама Логик']);
    // A fourth is refused, with a reason.
    await page.goto(new URL('/partners/baikal-digital/', baseUrl).href);
    await page.getByRole('button', { name: 'Compare Baikal Digital' }).click();
    await expect
      .poll(() => page.getByText('You can compare 3 partners at a time. Remove one from the list first.').isVisible())
      .toBe(true);
    return { page, names: [...names, 'Кама Логик'] };
  }

  it('remembers the place searched near from the moment the address is read, never an empty search first', async () => {
    // A profile opened while the directory still loads would otherwise lose the place the comparison is near.
    const context = await browser.newContext({ viewport: viewports.desktop });
    await context.addInitScript(() => {
      const remembered: string[] = [];
      Object.assign(window, { remembered });
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key === 'partner-directory-search') remembered.push(value);
        setItem.call(this, key, value);
      };
    });
    const page = await context.newPage();
    await page.goto(new URL('/partners/?near=kazan', baseUrl).href);
    await answered(page);
    const remembered = await page.evaluate(() => (window as unknown as { remembered: string[] }).remembered);
    expect(remembered.length).toBeGreaterThan(0);
    for (const search of remembered) expect(new URLSearchParams(search).get('near')).toBe('kazan');
    await context.close();
  });

  it('puts partners chosen on cards and profiles side by side, with the place searched near', async () => {
    const context = await browser.newContext({ viewport: viewports.desktop });
    const { page, names } = await chooseThree(context);
    await tray(page).getByRole('link', { name: 'Compare 3 partners' }).click();
    await page.waitForURL(/\/partners\/compare\/\?ids=[a-z0-9-]+,[a-z0-9-]+,kama-logic&near=kazan$/);
    const table = page.getByRole('table', { name: 'Compare partners' });
    await expect.poll(() => headers(table)).toEqual(names);
    // Each column links to its profile; marks per service; the distance from the place searched near.
    expect(await table.getByRole('link', { name: 'Кама Логик' }).getAttribute('href')).toBe('/partners/kama-logic/');
    expect(await table.getByRole('rowheader', { name: /^Custom development/ }).isVisible()).toBe(true);
    expect(await table.getByRole('rowheader', { name: /^Distance from Kazan/ }).isVisible()).toBe(true);
    const kamaKm = Math.round(nearestOffice(cities.get('kazan') ?? { lat: 0, lon: 0 }, 'Кама Логик'));
    expect(
      await table
        .getByRole('row', { name: /^Distance from Kazan/ })
        .getByRole('cell')
        .last()
        .textContent(),
    ).toBe(`${kamaKm} km`);
    expect(await axeViolations(page)).toEqual([]);
    // One request names all of them.
    await page.getByText(`Request proposals from ${names[0]}, ${names[1]} and Кама Логик`).click();
    await expect.poll(() => page.locator('#compare-request input[name="partners"]').count()).toBe(3);
    // A column can be removed; the address follows, so it can be shared as it stands.
    await page.getByRole('button', { name: 'Remove Кама Логик' }).click();
    await expect.poll(() => table.getByRole('columnheader').count()).toBe(2);
    expect(new URL(page.url()).searchParams.get('ids')?.split(',')).toHaveLength(2);
    await context.close();
  });

  it('keeps each card’s Compare button with its own partner as the search draws other partners in its place', async () => {
    const { context, page } = await directory('/partners/');
    /** Each card's partner, the partner its Compare button names, and whether the button says it is chosen. */
    const buttons = () =>
      cards(page).evaluateAll((items) =>
        items.map((item) => {
          const button = item.querySelector('compare-toggle button');
          return {
            card: item.querySelector('h3')?.textContent ?? '',
            button: button?.querySelector('.visually-hidden')?.textContent?.trim() ?? '',
            pressed: button?.getAttribute('aria-pressed') ?? '',
          };
        }),
      );
    const [first, second] = await buttons();
    const chosen = first?.card ?? '';
    await page.getByRole('button', { name: `Compare ${chosen}` }).click();
    await expect.poll(() => inTray(page)).toEqual([chosen]);
    const eachOwn = (drawn: Awaited<ReturnType<typeof buttons>>) =>
      drawn.map(({ card }) => ({ card, button: card, pressed: String(card === chosen) }));
    // Another partner's name: the first card is now that partner's.
    const searchbox = page.getByRole('searchbox', { name: 'Search partners' });
    await searchbox.fill(second?.card ?? '');
    await answered(page);
    const others = await buttons();
    expect(others.length).toBeGreaterThan(0);
    expect(others[0]?.card).toBe(second?.card);
    expect(others).toEqual(eachOwn(others));
    // And back: the chosen partner's button says so again.
    await searchbox.fill('');
    await answered(page);
    const again = await buttons();
    expect(again[0]?.card).toBe(chosen);
    expect(again).toEqual(eachOwn(again));
    await context.close();
  });

  it('reads on a phone with the row labels in view, in Russian, and drops ids that name no partner', async () => {
    const { context, page } = await openPage(
      browser,
      '/ru/partners/compare/?ids=kama-logic,removed-partner,baikal-digital,%3Cscript%3E',
      { viewport: 'phone' },
    );
    const table = page.getByRole('table', { name: 'Сравнение партнёров' });
    await expect.poll(() => headers(table)).toEqual(['Кама Логик', 'Baikal Digital']);
    expect(
      await page.getByText('Одного партнёра из этой ссылки больше нет в каталоге, он не показан.').isVisible(),
    ).toBe(true);
    // Scrolled sideways, the labels stay where they were.
    const label = table.getByRole('rowheader', { name: 'Уровень' });
    const before = await label.boundingBox();
    await page.locator('.compare__scroll').evaluate((element) => element.scrollBy({ left: 200 }));
    expect((await label.boundingBox())?.x).toBe(before?.x);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('says what it needs without JavaScript and links back to the directory', async () => {
    const { context, page } = await openPage(browser, '/partners/compare/?ids=kama-logic,baikal-digital', {
      javaScriptEnabled: false,
    });
    expect(await page.getByText(/needs JavaScript/).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Back to the directory' }).getAttribute('href')).toBe('/partners/');
    await context.close();
  });
});
