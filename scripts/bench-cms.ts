/**
 * How the CMS copes with a large partners collection:
 *
 *   npm run build && npm run bench:cms -- --count 10000
 *
 * Copies the project into a temporary Git repository, replaces its partners
 * with N generated ones, serves the built /admin/ with the local backend and
 * times, in headless Chromium: opening the collection until entries show
 * (and the local backend's listing request within it); once the list is
 * read, a view filter until its first screenful is drawn and every card drawn
 * is a match, its next cards on scrolling, and a sort by name until its first
 * screenful is drawn in order; the same filter and sort right after opening;
 * and a search. Prints medians and writes bench-results/cms.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { copyOfProject } from '../tests/project-copy.ts';
import { startCmsServer } from '../tests/browser/cms-server.ts';
import { inDecapNameOrder, pickView } from '../tests/browser/cms-ui.ts';
import { summarize } from './bench/stats.ts';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.ts';
import { generatePartners, readTaxonomies, toMarkdown } from './generate-partners.ts';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' } },
});
const count = Number(values.count);
const runs = Number(values.runs);

const repo = copyOfProject();
const folder = join(repo, 'content/partners');
rmSync(folder, { recursive: true });
mkdirSync(folder);
const partners = generatePartners(count, 1, readTaxonomies(join(repo, 'content')));
for (const partner of partners) writeFileSync(join(folder, `${partner.slug}.md`), toMarkdown(partner));
execFileSync('git', ['add', '--all'], { cwd: repo });
execFileSync('git', ['commit', '--quiet', '--message', `${count} generated partners`], { cwd: repo });

const server = await startCmsServer('dist', repo);
const chromiumPath = findChromium();
if (!chromiumPath) throw new Error('No Chromium: apt-get install chromium, or set CHROMIUM_PATH');
const browser: Browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
const probe = partners[Math.floor(partners.length / 2)]?.data.name as string;

const goldSlugs = partners.filter((partner) => partner.data.tier === 'gold').map((partner) => partner.slug);
const gold = goldSlugs.length;
const byName = inDecapNameOrder(partners.map((partner) => ({ slug: partner.slug, name: String(partner.data.name) })));
const cardsShown = (page: Page) => page.locator('a[href*="/collections/partners/entries/"]').count();
/**
 * Waits until the list draws at least `atLeast` cards (or all of `expected`, if fewer) and every card drawn is
 * `expected`'s: in the same order, where `ordered`. Returns how many are drawn.
 */
const untilDrawn = (page: Page, expected: string[], { ordered, atLeast }: { ordered: boolean; atLeast: number }) =>
  page
    .waitForFunction(
      ({ expected, ordered, atLeast }) => {
        const slugs = [...document.querySelectorAll('a[href*="/collections/partners/entries/"]')].map(
          (link) => link.getAttribute('href')?.split('/').pop() ?? '',
        );
        if (slugs.length < Math.min(atLeast, expected.length)) return false;
        const known = new Set(expected);
        return slugs.every((slug, i) => (ordered ? expected[i] === slug : known.has(slug))) && slugs.length;
      },
      { expected, ordered, atLeast },
      { timeout: 300_000, polling: 50 },
    )
    .then((handle) => handle.jsonValue() as Promise<number>);
/** Toggles the Gold tier view filter. */
const filterGold = (page: Page) => pickView(page, 'Filter by', 'Gold tier');
const sortByName = (page: Page) => pickView(page, 'Sort by', 'Name');
/** A screenful of cards: what an editor sees of a list. */
const SCREENFUL = 24;
/** Waits until the local backend has had no request in flight for a second: the list is read to the end. */
async function untilBackendIdle(page: Page) {
  let inFlight = 0;
  let quietSince = performance.now();
  const isBackend = (url: string) => url.endsWith('/api/v1');
  page.on('request', (request) => void (isBackend(request.url()) && (inFlight += 1)));
  const done = (request: { url(): string }) => {
    if (!isBackend(request.url())) return;
    inFlight -= 1;
    quietSince = performance.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  while (inFlight > 0 || performance.now() - quietSince < 1_000) await page.waitForTimeout(100);
}

const timings = {
  open: [] as number[],
  listing: [] as number[],
  filter: [] as number[],
  more: [] as number[],
  filterRead: [] as number[],
  sortRead: [] as number[],
  sort: [] as number[],
  search: [] as number[],
};
try {
  for (let run = 0; run < runs; run += 1) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(`${server.url}/admin/`);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.getByRole('heading', { name: 'Collections' }).waitFor();

    let start = performance.now();
    const idle = untilBackendIdle(page);
    await page.getByRole('link', { name: 'Partners', exact: true }).first().click();
    await page.locator('a[href*="/collections/partners/entries/"]').first().waitFor({ timeout: 300_000 });
    timings.open.push(performance.now() - start);
    // Of which the local backend's answer to the listing took (its request and response).
    timings.listing.push(
      await page.evaluate(() =>
        Math.max(
          ...performance
            .getEntriesByType('resource')
            .filter((entry) => entry.name.endsWith('/api/v1'))
            .map((entry) => entry.duration),
        ),
      ),
    );
    const opened = await cardsShown(page);

    // Once the rest of the list is read in the background, as an editor who looks at the list first finds it.
    await idle;
    start = performance.now();
    await filterGold(page);
    const filtered = await untilDrawn(page, goldSlugs, { ordered: false, atLeast: SCREENFUL });
    timings.filterRead.push(performance.now() - start);
    await page.screenshot({ path: 'bench-results/cms-filtered.png' });
    // The next cards, once the end of those drawn comes into view (a list drawn whole at once has none).
    let more = filtered;
    if (filtered < gold) {
      start = performance.now();
      await page.locator('a[href*="/collections/partners/entries/"]').last().scrollIntoViewIfNeeded();
      more = await untilDrawn(page, goldSlugs, { ordered: false, atLeast: filtered + 1 });
      timings.more.push(performance.now() - start);
    }
    await filterGold(page);
    await page.waitForFunction(
      // Unfiltered once a partner of another tier is drawn.
      (golden) =>
        [...document.querySelectorAll('a[href*="/collections/partners/entries/"]')].some(
          (link) => !golden.includes(link.getAttribute('href')?.split('/').pop() ?? ''),
        ),
      goldSlugs,
      { timeout: 300_000, polling: 50 },
    );
    start = performance.now();
    await sortByName(page);
    await untilDrawn(page, byName, { ordered: true, atLeast: SCREENFUL });
    timings.sortRead.push(performance.now() - start);
    await page.close();

    // Right after opening, while the rest of the list is still being read: a filter, then (anew) a sort.
    const fresh = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await fresh.goto(`${server.url}/admin/#/collections/partners`);
    await fresh.getByRole('button', { name: 'Login' }).click();
    await fresh.locator('a[href*="/collections/partners/entries/"]').first().waitFor({ timeout: 300_000 });
    start = performance.now();
    await filterGold(fresh);
    await untilDrawn(fresh, goldSlugs, { ordered: false, atLeast: SCREENFUL });
    timings.filter.push(performance.now() - start);
    await fresh.reload();
    await fresh.locator('a[href*="/collections/partners/entries/"]').first().waitFor({ timeout: 300_000 });
    start = performance.now();
    await sortByName(fresh);
    const sorted = await untilDrawn(fresh, byName, { ordered: true, atLeast: SCREENFUL });
    timings.sort.push(performance.now() - start);
    console.log(
      `run ${run + 1}: ${opened} entries on opening; ${gold} gold, ${filtered} drawn, ${more} after scrolling; ${sorted} drawn in name order`,
    );

    start = performance.now();
    await fresh.getByPlaceholder('Search all').fill(probe);
    await fresh.getByPlaceholder('Search all').press('Enter');
    await fresh.getByText(probe).first().waitFor({ timeout: 300_000 });
    timings.search.push(performance.now() - start);
    await fresh.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(repo, { recursive: true, force: true });
}

const result = {
  partners: count,
  runs,
  openCollectionMs: summarize(timings.open),
  listingRequestMs: summarize(timings.listing),
  filterMs: summarize(timings.filter),
  moreOnScrollMs: summarize(timings.more),
  filterWhenReadMs: summarize(timings.filterRead),
  sortWhenReadMs: summarize(timings.sortRead),
  sortMs: summarize(timings.sort),
  searchMs: summarize(timings.search),
};
console.log(`CMS with ${count} partners, ${runs} runs (median, max):`);
console.log(
  `  open the collection until entries show: ${result.openCollectionMs.p50.toFixed(0)} ms, ${result.openCollectionMs.max.toFixed(0)} ms`,
);
console.log(
  `    of which the backend's listing: ${result.listingRequestMs.p50.toFixed(0)} ms, ${result.listingRequestMs.max.toFixed(0)} ms`,
);
const line = (label: string, ms: { p50: number; max: number }) =>
  console.log(`  ${label}: ${ms.p50.toFixed(0)} ms, ${ms.max.toFixed(0)} ms`);
line('once the list is read: a view filter (Gold tier), until its first cards are drawn', result.filterWhenReadMs);
if (timings.more.length > 0) line('  its next cards, once the end of those comes into view', result.moreOnScrollMs);
else console.log('  the filtered list was drawn whole at once');
line('  then sort by name, until the first cards are drawn in order', result.sortWhenReadMs);
line('right after opening: the same filter', result.filterMs);
line('right after opening: the same sort', result.sortMs);
console.log(
  `  search all collections for one name: ${result.searchMs.p50.toFixed(0)} ms, ${result.searchMs.max.toFixed(0)} ms`,
);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/cms.json', `${JSON.stringify(result, null, 2)}\n`);
