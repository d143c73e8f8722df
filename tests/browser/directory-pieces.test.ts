/**
 * The directory in pieces, in Chromium: the sample partners built with a head of 30 (a page of results and more) and later pieces of 4
 * (DIRECTORY_HEAD_PARTNERS, DIRECTORY_PIECE_PARTNERS), so the 42 partners come in a head and three pieces, as
 * 100,000 would come in a head and eighteen. Its answers, once whole, are those of the sample site in one payload.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist } from '../../scripts/serve-dist.ts';
import type { DirectoryHead, DirectoryPiece } from '../../src/lib/directory';
import { buildWithEnv } from '../build-partners';
import { baseUrl, launchBrowser } from './browser';

const work = mkdtempSync(join(tmpdir(), 'directory-pieces-'));
let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  const build = buildWithEnv(join(work, 'dist'), { DIRECTORY_HEAD_PARTNERS: '30', DIRECTORY_PIECE_PARTNERS: '4' });
  if (build.status !== 0) throw new Error(build.output);
  server = await serveDist(build.dist);
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

const results = (page: Page) => page.locator('[data-answers]');
const answered = (page: Page) => page.locator('[data-answers][aria-busy="false"]').waitFor();
const names = async (page: Page) => {
  await answered(page);
  return page.locator('ul.result-list').getByRole('heading').allTextContents();
};
const status = (page: Page) => page.getByRole('status').textContent();

/** A page of the pieces build, with the data files it asked for, and other hosts' requests. */
async function open(
  path: string,
  setUp?: (context: BrowserContext) => Promise<unknown>,
  viewport = { width: 1280, height: 800 },
) {
  const context = await browser.newContext({ viewport });
  await setUp?.(context);
  const asked: string[] = [];
  const elsewhere: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== server.url) elsewhere.push(request.url());
    else if (url.pathname.endsWith('.json')) asked.push(url.pathname);
  });
  const page = await context.newPage();
  // The page's workers, and which of them have ended.
  const workers: { ended: boolean }[] = [];
  page.on('worker', (worker) => {
    const seen = { ended: false };
    workers.push(seen);
    worker.on('close', () => (seen.ended = true));
  });
  await page.goto(`${server.url}${path}`);
  await answered(page);
  return { context, page, asked, elsewhere, workers };
}

/** The same search on the sample site, whose directory is one payload. */
async function inOnePayload(path: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(new URL(path, baseUrl).href);
  await answered(page);
  const seen = { names: await names(page), status: await status(page) };
  await context.close();
  return seen;
}

describe('the directory in pieces', () => {
  it('opens from the head alone, and loads the rest for the first search past it, answering meanwhile', async () => {
    // The pieces wait until the test lets them through: the head's answer is seen first.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const { context, page, asked, workers } = await open('/partners/', (context) =>
      context.route('**/partners/directory-*.json', (route) => held.then(() => route.continue())),
    );
    const opening = await inOnePayload('/partners/');
    await expect.poll(() => results(page).getAttribute('data-pieces')).toBe('waiting');
    // The opening list and its counts are the whole directory's, from the head alone.
    expect(await names(page)).toEqual(opening.names);
    expect(await status(page)).toBe(opening.status);
    expect(await page.locator('.facet-option__count').count()).toBeGreaterThan(0);
    expect(asked).toEqual(['/partners/directory.json']);

    await page.getByRole('searchbox', { name: 'Search partners' }).fill('mail');
    await page.locator('[data-answers="?q=mail"][data-partial][aria-busy="false"]').waitFor();
    expect(await status(page)).toBe('Results so far from the first 30 of 42 partners; the others are loading.');
    // Counts the head alone would give are too low: none is shown until the rest is in (from the frame after the
    // results').
    await expect.poll(() => page.locator('.facet-option__count').count()).toBe(0);
    expect((await names(page)).length).toBeGreaterThan(0);
    // The head answers in its own worker while a second loads the whole directory.
    expect(workers).toEqual([{ ended: false }, { ended: false }]);

    // How far the search has come, as the page says it at each change: the whole directory's worker starts again
    // from words, and the head's warm search is not shown as its own.
    await page.evaluate(() => {
      const results = document.querySelector('[data-answers]') as HTMLElement;
      const seen: string[] = ((window as unknown as { progress: string[] }).progress = []);
      new MutationObserver(() => seen.push(`${results.dataset.pieces} ${results.dataset.ready}`)).observe(results, {
        attributeFilter: ['data-pieces', 'data-ready'],
      });
    });
    release();
    await page
      .locator('[data-answers="?q=mail"][data-pieces="loaded"]:not([data-partial])[aria-busy="false"]')
      .waitFor();
    // Warmed up only while nobody types: the visitor had typed before the whole directory was in.
    const progress = await page.evaluate(() => (window as unknown as { progress: string[] }).progress);
    expect(progress.filter((seen) => seen.startsWith('loaded'))).toEqual(['loaded words']);
    const whole = await inOnePayload('/partners/?q=mail');
    expect(await names(page)).toEqual(whole.names);
    expect(await status(page)).toBe(whole.status);
    expect(asked.filter((path) => path !== '/partners/directory.json').sort()).toEqual(
      [1, 2, 3].map((n) => `/partners/directory-${n}.json`),
    );
    // The head's worker has ended: the whole directory's answers from here on.
    await expect.poll(() => workers).toEqual([{ ended: true }, { ended: false }]);
    await context.close();
  });

  it('answers one filter value from the head, with the whole directory’s counts, and loads the rest for a second', async () => {
    const { context, page, asked } = await open('/partners/');
    const tick = (label: string) => page.locator('label.facet-option', { hasText: label }).locator('input').check();
    await tick('User training');
    await page.locator('[data-answers="?service=training"][aria-busy="false"]').waitFor();
    const oneValue = await inOnePayload('/partners/?service=training');
    expect(await names(page)).toEqual(oneValue.names);
    expect(await status(page)).toBe(oneValue.status);
    expect(await results(page).getAttribute('data-partial')).toBeNull();
    expect(await page.locator('.facet-option__count').count()).toBeGreaterThan(0);
    expect(await results(page).getAttribute('data-pieces')).toBe('waiting');
    expect(asked).toEqual(['/partners/directory.json']);

    await tick('Security and compliance');
    await page.locator('[data-pieces="loaded"]:not([data-partial])[aria-busy="false"]').waitFor();
    const twoValues = await inOnePayload('/partners/?service=training&service=security');
    expect(await names(page)).toEqual(twoValues.names);
    expect(await status(page)).toBe(twoValues.status);
    await context.close();
  });

  it('loads the rest at once for an address with a search past the head, in Russian too', async () => {
    const { context, page } = await open('/ru/partners/?service=mail-migration&sort=name');
    await page.locator('[data-pieces="loaded"]:not([data-partial])[aria-busy="false"]').waitFor();
    const whole = await inOnePayload('/ru/partners/?service=mail-migration&sort=name');
    expect(await names(page)).toEqual(whole.names);
    expect(await status(page)).toBe(whole.status);
    await context.close();
  });

  const hostile: [string, (route: Route) => Promise<void>][] = [
    ['a piece that is not there', (route) => route.fulfill({ status: 404, body: 'Not found' })],
    [
      'a piece that holds a partner less than the head lists',
      async (route) => {
        const piece = (await (await route.fetch()).json()) as DirectoryPiece;
        await route.fulfill({ json: { ...piece, name: piece.name.slice(1) } });
      },
    ],
    [
      'a piece that is not JSON',
      (route) => route.fulfill({ body: '<script>alert(1)</script>', contentType: 'text/html' }),
    ],
  ];
  it.each(hostile)('keeps the head’s answers, and says so, for %s', async (_, answer) => {
    const { context, page, elsewhere } = await open(
      '/ru/partners/',
      (context) => context.route('**/ru/partners/directory-3.json', answer),
      { width: 360, height: 740 },
    );
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('searchbox', { name: 'Поиск партнёров' }).fill('почта');
    await page.locator('[data-pieces="failed"][data-partial][aria-busy="false"]').waitFor();
    expect(await status(page)).toBe(
      'Это результаты среди первых 30 из 42 партнёров: остальных загрузить не удалось. Обновите страницу, чтобы искать по всем.',
    );
    expect((await names(page)).length).toBeGreaterThan(0);
    // The search goes on over the head.
    await page.getByRole('searchbox', { name: 'Поиск партнёров' }).fill('');
    await page.locator('[data-answers=""][aria-busy="false"]').waitFor();
    expect(dialogs).toEqual([]);
    expect(elsewhere).toEqual([]);
    await context.close();
  });

  it('never loads a piece from another origin, whatever the head says', async () => {
    const { context, page, elsewhere } = await open('/partners/', (context) =>
      context.route('**/partners/directory.json', async (route) => {
        const head = (await (await route.fetch()).json()) as DirectoryHead;
        const pieces = head.pieces.map((piece, n) =>
          n === 0 ? { ...piece, path: 'https://attacker.example/directory-1.json' } : piece,
        );
        await route.fulfill({ json: { ...head, pieces } });
      }),
    );
    await page.getByRole('searchbox', { name: 'Search partners' }).fill('mail');
    await page.locator('[data-pieces="failed"][aria-busy="false"]').waitFor();
    expect(elsewhere).toEqual([]);
    await context.close();
  });
});
