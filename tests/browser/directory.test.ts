import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, launchBrowser, openPage } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const searchbox = (page: Page) => page.getByRole('searchbox', { name: 'Search partners' });
const status = (page: Page) => page.getByRole('status');
/** Until the results answer the latest input: they are answered off the main thread, a moment after it. */
const answered = (page: Page) => page.locator('[data-answers][aria-busy="false"]').waitFor();
const resultNames = async (page: Page) => {
  await answered(page);
  return page.getByRole('list', { name: 'Partners' }).getByRole('heading').allTextContents();
};
const count = async (page: Page) => {
  await answered(page);
  return Number.parseInt((await status(page).textContent())?.replace(/,/g, '') ?? '', 10);
};

async function openDirectory(query = '', viewport: 'phone' | 'desktop' = 'desktop') {
  const opened = await openPage(browser, `/partners/${query}`, { viewport });
  await searchbox(opened.page).waitFor();
  return opened;
}

/**
 * The directory opened and warmed up, with every question the page puts to its worker (`asked`) and the keys of the
 * answers the worker gives unasked (`given`). `typeAndLook` sets the box and reads the results before any other task
 * runs: no answer from the worker could have come meanwhile.
 */
async function watchedDirectory() {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const asked: string[] = [];
    const given: string[] = [];
    Object.assign(window, { asked, given });
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: never[]) {
      const question = message as { type?: string; state?: { q: string } };
      if (question.type === 'query') asked.push(question.state?.q ?? '');
      post.call(this, message, ...rest);
    } as Worker['postMessage'];
    const PageWorker = Worker;
    window.Worker = class extends PageWorker {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        this.addEventListener('message', ({ data }: MessageEvent<{ unasked?: boolean; key?: string }>) => {
          if (data.unasked && data.key) given.push(data.key);
        });
      }
    };
  });
  const page = await context.newPage();
  await page.goto(new URL('/partners/', baseUrl).href);
  await page.locator('[data-ready="warm"]').waitFor({ timeout: 10_000 });
  const watched = (name: 'asked' | 'given') =>
    page.evaluate((name) => (window as unknown as Record<string, string[]>)[name]?.slice() ?? [], name);
  const typeAndLook = (q: string) =>
    page.evaluate(async (q) => {
      const box = document.querySelector<HTMLInputElement>('.search-island input[type="search"]') as HTMLInputElement;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(box, q);
      box.dispatchEvent(new Event('input', { bubbles: true }));
      for (let tick = 0; tick < 3; tick += 1) await Promise.resolve();
      const results = document.querySelector('[data-answers]');
      return { answers: results?.getAttribute('data-answers'), busy: results?.getAttribute('aria-busy') };
    }, q);
  return { context, page, asked: () => watched('asked'), given: () => watched('given'), typeAndLook };
}

describe('partner directory', () => {
  it('finds partners in either script on either language’s page, and keeps the search across the switch', async () => {
    const { context, page } = await openDirectory();
    // The list is named in the page's language; its place is the same in both.
    const names = async () => {
      await answered(page);
      return page.locator('ul.result-list').getByRole('heading').allTextContents();
    };
    // A partner that writes in Russian, found from the English page by the Latin spelling of its city.
    await searchbox(page).fill('novosibirsk');
    await expect.poll(() => names()).toContain('Тайга Телеком');
    expect(await names()).toContain('Akadem Pixel');
    await page.getByRole('link', { name: 'Русский' }).click();
    await page.waitForURL('**/ru/partners/?q=novosibirsk');
    const ruSearch = page.getByRole('searchbox', { name: 'Поиск партнёров' });
    await expect.poll(() => ruSearch.inputValue()).toBe('novosibirsk');
    await ruSearch.fill('Новосибирск');
    await expect.poll(() => names()).toContain('Akadem Pixel');
    expect(await names()).toContain('Тайга Телеком');
    // Russian inflections of a service meet the same partners.
    await ruSearch.fill('миграции почты');
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Найден/);
    const inflected = await names();
    await ruSearch.fill('миграция почты');
    await expect.poll(() => names()).toEqual(inflected);
    await context.close();
  });

  it('writes typing to the address as one history entry, and before a link right after it is followed', async () => {
    const { context, page } = await openDirectory();
    await searchbox(page).pressSequentially('kazan');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=kazan');
    // Back leaves the search as a whole rather than letter by letter.
    await page.goBack();
    await expect.poll(() => searchbox(page).inputValue()).toBe('');
    expect(new URL(page.url()).search).toBe('');
    // A link clicked while the address still waits for a pause in typing carries the whole query.
    await searchbox(page).pressSequentially('tomsk');
    await page.getByRole('link', { name: 'Русский' }).click();
    await page.waitForURL('**/ru/partners/?q=tomsk');
    await page.goBack();
    await page.waitForURL('**/partners/?q=tomsk');
    await expect.poll(() => searchbox(page).inputValue()).toBe('tomsk');
    await context.close();
  });

  it('opens on the order the static page already shows, so nothing moves when the search takes over, and readies words unasked', async () => {
    const listed = (page: Page) => page.locator('ul.result-list').getByRole('heading').allTextContents();
    for (const path of ['/partners/', '/ru/partners/']) {
      const still = await openPage(browser, path, { javaScriptEnabled: false });
      const before = await listed(still.page);
      await still.context.close();
      const { context, page } = await openPage(browser, path);
      await answered(page);
      expect(await listed(page)).toEqual(before);
      expect(before.length).toBe(24);
      // The text index is built and warmed before the first keystroke, not because of it.
      await page.locator('[data-ready="warm"]').waitFor({ timeout: 10_000 });
      await context.close();
    }
  });

  it('leaves the machine to the page until its first results are painted, and indexes words then', async () => {
    const context = await browser.newContext();
    // The island's code held back: the worker is ready long before the page can draw what it says.
    await context.route('**/_astro/DirectorySearch.*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.continue();
    });
    // When the worker said it was ready and had indexed words, and when the first results were in the page.
    await context.addInitScript(() => {
      const seen: Record<string, number> = {};
      Object.assign(window, { seen });
      new MutationObserver(() => {
        if (document.querySelector('[data-answers]')) seen.results ??= performance.now();
      }).observe(document, { subtree: true, childList: true });
      const PageWorker = Worker;
      window.Worker = class extends PageWorker {
        constructor(...args: ConstructorParameters<typeof Worker>) {
          super(...args);
          this.addEventListener('message', ({ data }: MessageEvent<{ type: string; ready?: string }>) => {
            if (data.type === 'ready') seen.ready ??= performance.now();
            if (data.type === 'progress' && data.ready === 'words') seen.words ??= performance.now();
          });
        }
      };
    });
    const page = await context.newPage();
    await page.goto(new URL('/partners/', baseUrl).href);
    await answered(page);
    await page.locator('[data-ready="warm"]').waitFor({ timeout: 10_000 });
    // Each was seen (undefined would fail the comparisons).
    const { ready, results, words } = await page.evaluate(
      () => (window as unknown as { seen: { ready: number; results: number; words: number } }).seen,
    );
    expect(results - ready).toBeGreaterThan(500);
    expect(words).toBeGreaterThan(results);
    await context.close();
  });

  it('opens a filtered address on its own results, with no other answer drawn on the way', async () => {
    const context = await browser.newContext();
    // Every answer the island draws, from the first.
    await context.addInitScript(() => {
      const drawn: string[] = [];
      Object.assign(window, { drawn });
      new MutationObserver(() => {
        const answers = document.querySelector('[data-answers]')?.getAttribute('data-answers');
        if (answers !== undefined && answers !== null && answers !== drawn.at(-1)) drawn.push(answers);
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-answers'] });
    });
    const page = await context.newPage();
    await page.goto(new URL('/partners/?service=mail-migration&region=siberia', baseUrl).href);
    await answered(page);
    await page.locator('[data-ready="warm"]').waitFor({ timeout: 10_000 });
    expect(await page.evaluate(() => (window as unknown as { drawn: string[] }).drawn)).toEqual([
      '?service=mail-migration&region=siberia',
    ]);
    await context.close();
  });

  it('keeps the static list and says so when the search data fails or is not directory data', async () => {
    for (const answer of [
      { status: 500, body: '' },
      { status: 200, body: '{"v":1,"name":"<img src=x onerror=alert(1)>"}' },
    ]) {
      const context = await browser.newContext();
      await context.route('**/partners/directory.json', (route) =>
        route.fulfill({ status: answer.status, contentType: 'application/json', body: answer.body }),
      );
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
      await page.goto(`${baseUrl}/partners/`);
      await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/search could not load/i);
      expect(await page.locator('ul.result-list').getByRole('listitem').count()).toBe(24);
      expect(dialogs).toEqual([]);
      await context.close();
    }
  });

  it('finds partners as you type, through typos', async () => {
    const { context, page } = await openDirectory();
    const everyone = await count(page);
    expect(everyone).toBeGreaterThanOrEqual(40);
    await searchbox(page).pressSequentially('Novosibirks');
    await expect.poll(() => count(page)).toBeLessThan(everyone);
    expect(await count(page)).toBeGreaterThan(0);
    await expect(status(page).textContent()).resolves.toContain('Novosibirks');
    await searchbox(page).fill('implementaton');
    await expect.poll(() => count(page)).toBeGreaterThan(3);
    await searchbox(page).fill('Baikla Digtal');
    await expect.poll(async () => (await resultNames(page))[0]).toBe('Baikal Digital');
    await context.close();
  });

  it('answers a first letter and a search asked again on the page, with the input itself, without the worker', async () => {
    const { context, page, asked, typeAndLook } = await watchedDirectory();
    const opening = await resultNames(page);
    // A first letter, in either script, was answered ahead of its question while the page was idle.
    expect(await typeAndLook('t')).toEqual({ answers: '?q=t', busy: 'false' });
    const t = await resultNames(page);
    expect(t).not.toEqual(opening);
    expect(await typeAndLook('')).toEqual({ answers: '', busy: 'false' });
    expect(await typeAndLook('т')).toEqual({ answers: `?q=${encodeURIComponent('т')}`, busy: 'false' });
    expect(await resultNames(page)).toEqual(t);
    expect(await asked()).toEqual([]);
    await searchbox(page).fill('kaz');
    const kaz = await resultNames(page);
    expect(kaz).not.toEqual(opening);
    await searchbox(page).fill('kazan');
    await answered(page);
    expect(await asked()).toEqual(['kaz', 'kazan']);
    expect(await typeAndLook('kaz')).toEqual({ answers: '?q=kaz', busy: 'false' });
    expect(await resultNames(page)).toEqual(kaz);
    expect(await typeAndLook('')).toEqual({ answers: '', busy: 'false' });
    expect(await resultNames(page)).toEqual(opening);
    // A filter ticked and unticked: the unticking is answered on the page too.
    const filter = page.getByRole('checkbox').first();
    await filter.check();
    await answered(page);
    await filter.uncheck();
    expect(await resultNames(page)).toEqual(opening);
    expect(await asked()).toEqual(['kaz', 'kazan', '']);
    await context.close();
  });

  it('answers the letter likeliest typed next with the keystroke, once the page has drawn the words so far', async () => {
    const { context, page, asked, given, typeAndLook } = await watchedDirectory();
    await searchbox(page).fill('kaz');
    await answered(page);
    // Once "kaz" is painted, the worker answers ahead "kaza", the only way on in the partners' words.
    await expect.poll(given).toContain('?q=kaza#24');
    expect(await typeAndLook('kaza')).toEqual({ answers: '?q=kaza', busy: 'false' });
    const kazan = await resultNames(page);
    expect(kazan.length).toBeGreaterThan(0);
    expect(await asked()).toEqual(['kaz']);
    // A letter not foreseen is asked, and answered as before.
    await searchbox(page).fill('kazq');
    await expect(status(page).textContent()).resolves.not.toContain('undefined');
    expect(await asked()).toEqual(['kaz', 'kazq']);
    await context.close();
  });

  it('answers a filter value under the pointer before it is ticked, and draws it with the tick', async () => {
    const { context, page, asked, given } = await watchedDirectory();
    await page.locator('label.facet-option', { hasText: 'User training' }).hover();
    await expect.poll(given).toContain('?service=training#24');
    const before = await asked();
    // Ticked and looked at before any other task runs: no answer from the worker could have come meanwhile.
    const seen = await page.evaluate(async () => {
      const box = [...document.querySelectorAll('label.facet-option')]
        .find((label) => label.textContent?.startsWith('User training'))
        ?.querySelector('input');
      box?.click();
      for (let tick = 0; tick < 3; tick += 1) await Promise.resolve();
      const results = document.querySelector('[data-answers]');
      return { answers: results?.getAttribute('data-answers'), busy: results?.getAttribute('aria-busy') };
    });
    expect(seen).toEqual({ answers: '?service=training', busy: 'false' });
    await expect.poll(() => new URL(page.url()).search).toBe('?service=training');
    expect(await asked()).toEqual(before);
    await context.close();
  });

  it('draws the filter counts in the frame after the results, then those of the search', async () => {
    const serviceCounts = (page: Page) =>
      page.getByRole('group', { name: 'Services' }).locator('.facet-option').allTextContents();
    const opened = await openDirectory('?q=mail');
    await answered(opened.page);
    const expected = await serviceCounts(opened.page);
    await opened.context.close();

    const { context, page } = await watchedDirectory();
    const before = await serviceCounts(page);
    expect(before).not.toEqual(expected);
    // One search, pasted: the counts as the frame that paints its results is drawn.
    const inResultsFrame = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const counts = () =>
            [...document.querySelectorAll('.facet-filters fieldset')]
              .find((group) => group.querySelector('legend')?.textContent?.startsWith('Services'))
              ?.querySelectorAll('.facet-option') ?? [];
          new MutationObserver((_, observer) => {
            if (!document.querySelector('[data-answers="?q=mail"][aria-busy="false"]')) return;
            observer.disconnect();
            requestAnimationFrame(() => resolve([...counts()].map((option) => option.textContent ?? '')));
          }).observe(document, { subtree: true, childList: true, attributes: true });
          const box = document.querySelector<HTMLInputElement>(
            '.search-island input[type="search"]',
          ) as HTMLInputElement;
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(box, 'mail');
          box.dispatchEvent(new Event('input', { bubbles: true }));
        }),
    );
    expect(inResultsFrame).toEqual(before);
    await expect.poll(() => serviceCounts(page)).toEqual(expected);
    await context.close();
  });

  it('filters by facet, counts each value under the other filters, and keeps it all in the URL', async () => {
    const { context, page } = await openDirectory();
    const services = page.getByRole('group', { name: 'Services' });
    const migration = services.getByRole('checkbox', { name: /^Mail migration/ });
    const expected = Number(
      (await services
        .getByText(/^Mail migration$/)
        .locator('xpath=..')
        .locator('.facet-option__count')
        .textContent()) ?? '',
    );
    await migration.check();
    await expect.poll(() => count(page)).toBe(expected);
    await page
      .getByRole('group', { name: 'Regions' })
      .getByRole('checkbox', { name: /^Siberia/ })
      .check();
    await page.getByLabel('Sort by').selectOption('name');
    await searchbox(page).fill('support');
    await expect
      .poll(() => new URL(page.url()).search)
      .toBe('?q=support&service=mail-migration&region=siberia&sort=name');
    const names = await resultNames(page);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));

    // A copied link reproduces the search.
    const shared = await browser.newContext();
    const other = await shared.newPage();
    await other.goto(page.url());
    await searchbox(other).waitFor();
    await expect(searchbox(other).inputValue()).resolves.toBe('support');
    await expect(other.getByRole('checkbox', { name: /^Siberia/ }).isChecked()).resolves.toBe(true);
    await expect(other.getByLabel('Sort by').inputValue()).resolves.toBe('name');
    await expect.poll(() => resultNames(other)).toEqual(names);
    await shared.close();
    await context.close();
  });

  it('restores earlier searches on Back and Forward, and keeps the search on reload', async () => {
    const { context, page } = await openDirectory();
    await page.getByRole('checkbox', { name: /^Mail migration/ }).check();
    await page.getByRole('checkbox', { name: /^English/ }).check();
    await expect.poll(() => page.url()).toContain('language=english');
    await page.goBack();
    await expect.poll(() => page.getByRole('checkbox', { name: /^English/ }).isChecked()).toBe(false);
    await expect(page.getByRole('checkbox', { name: /^Mail migration/ }).isChecked()).resolves.toBe(true);
    await page.goForward();
    await expect.poll(() => page.getByRole('checkbox', { name: /^English/ }).isChecked()).toBe(true);
    await page.reload();
    await searchbox(page).waitFor();
    await expect(page.getByRole('checkbox', { name: /^English/ }).isChecked()).resolves.toBe(true);
    await context.close();
  });

  it('explains an empty result and offers a way out', async () => {
    const { context, page } = await openDirectory('?q=novsbrsk&tier=registered&language=german');
    await expect.poll(() => count(page)).toBe(0);
    await expect(page.getByRole('heading', { name: 'No partner matches this search' }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'novosibirsk' }).click();
    await expect(searchbox(page).inputValue()).resolves.toBe('novosibirsk');
    // Each filter can be dropped from the empty state until partners show up.
    for (let tries = 0; tries < 2 && (await count(page)) === 0; tries += 1) {
      await page
        .getByRole('button', { name: /^Remove / })
        .first()
        .click();
    }
    await expect.poll(() => count(page)).toBeGreaterThan(0);
    await context.close();
  });

  it('works with the keyboard alone', async () => {
    const { context, page } = await openDirectory();
    await searchbox(page).focus();
    await page.keyboard.type('kazan');
    await expect.poll(() => count(page)).toBeGreaterThan(0);
    const first = page.getByRole('list', { name: 'Partners' }).getByRole('link').first();
    const name = await first.textContent();
    let reached = false;
    for (let tab = 0; tab < 120 && !reached; tab += 1) {
      await page.keyboard.press('Tab');
      reached = await first.evaluate((element) => element === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/partners\/[a-z0-9-]+\/$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(name);
    await context.close();
  });

  it('is complete without JavaScript: a paginated list with filters as links', async () => {
    const { context, page } = await openPage(browser, '/partners/', { javaScriptEnabled: false });
    expect(await page.getByRole('list', { name: 'Partners' }).getByRole('listitem').count()).toBe(24);
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: /Next/ }).click();
    await page.waitForURL('**/partners/page/2/');
    await page.getByRole('navigation', { name: 'Filters' }).getByText('Services', { exact: true }).click();
    await page.getByRole('link', { name: 'Mail migration', exact: true }).click();
    await page.waitForURL('**/partners/services/mail-migration/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Services: Mail migration');
    await context.close();
  });

  it('has no axe violation with the filters open, on a phone and on a desktop', async () => {
    for (const viewport of ['phone', 'desktop'] as const) {
      const { context, page } = await openDirectory('?q=mail&service=security', viewport);
      const filters = page.locator('details.facet-filters');
      if (!(await filters.evaluate((d) => (d as HTMLDetailsElement).open))) await filters.locator('summary').click();
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });
});

describe('partner profile', () => {
  it('shows everything needed to choose and contact the partner, with filtered links back', async () => {
    const { context, page } = await openPage(browser, '/partners/baikal-digital/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Baikal Digital');
    await expect(page.getByText(/^Profile verified on/).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'hello@baikal-digital.example' }).isVisible()).resolves.toBe(true);
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    ) as Record<string, unknown>;
    expect(jsonLd['@type']).toBe('Organization');
    expect(jsonLd.name).toBe('Baikal Digital');
    await page.getByRole('link', { name: 'Mail migration' }).click();
    await page.waitForURL('**/partners/?service=mail-migration');
    await expect.poll(() => page.getByRole('checkbox', { name: /^Mail migration/ }).isChecked()).toBe(true);
    await context.close();
  });

  it('warns when the profile was verified more than 12 months ago', async () => {
    const { context, page } = await openPage(browser, '/partners/polar-night-it/');
    await expect(page.getByRole('note').textContent()).resolves.toMatch(/more than 12 months ago/);
    const fresh = await context.newPage();
    await fresh.goto(`${baseUrl}/partners/baikal-digital/`);
    expect(await fresh.getByRole('note').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
