/**
 * How the CMS copes with a large partners collection:
 *
 *   npm run build && npm run bench:cms -- --count 10000
 *
 * Copies the project into a temporary Git repository, replaces its partners
 * with N generated ones, serves the built /admin/ with the local backend and
 * times, in headless Chromium, opening the collection until entries show
 * (and the local backend's listing request within it), applying a view
 * filter and a sort until the whole collection is drawn, and a search. Prints medians and writes
 * bench-results/cms.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { copyOfProject } from '../tests/project-copy.ts';
import { startCmsServer } from '../tests/browser/cms-server.ts';
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

const gold = partners.filter((partner) => partner.data.tier === 'gold').length;
const cardsShown = (page: Page) => page.locator('a[href*="/collections/partners/entries/"]').count();
/** Waits until the list shows `count` cards: a filter or sort is done once the whole collection is drawn. */
const untilShown = (page: Page, count: number) =>
  page.waitForFunction(
    (expected) => document.querySelectorAll('a[href*="/collections/partners/entries/"]').length === expected,
    count,
    { timeout: 300_000, polling: 50 },
  );

const timings = {
  open: [] as number[],
  listing: [] as number[],
  filter: [] as number[],
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

    start = performance.now();
    await page.getByText('Filter by', { exact: true }).click();
    await page.getByRole('menuitem', { name: 'Gold tier' }).click();
    await untilShown(page, gold);
    timings.filter.push(performance.now() - start);
    await page.screenshot({ path: 'bench-results/cms-filtered.png' });
    await page
      .getByRole('menuitem', { name: 'Gold tier' })
      .click()
      .catch(() => undefined);
    await page.keyboard.press('Escape');

    // A sort lists the whole collection in the new order.
    await page.reload();
    await page.locator('a[href*="/collections/partners/entries/"]').first().waitFor({ timeout: 300_000 });
    start = performance.now();
    await page.getByText('Sort by', { exact: true }).click();
    await page.getByRole('menuitem', { name: 'Name' }).click();
    await untilShown(page, partners.length);
    timings.sort.push(performance.now() - start);
    console.log(
      `run ${run + 1}: ${opened} entries on opening, ${gold} gold after the filter, ${partners.length} sorted`,
    );

    start = performance.now();
    await page.getByPlaceholder('Search all').fill(probe);
    await page.getByPlaceholder('Search all').press('Enter');
    await page.getByText(probe).first().waitFor({ timeout: 300_000 });
    timings.search.push(performance.now() - start);
    await page.close();
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
console.log(
  `  apply a view filter (Gold tier): ${result.filterMs.p50.toFixed(0)} ms, ${result.filterMs.max.toFixed(0)} ms`,
);
console.log(`  sort by name: ${result.sortMs.p50.toFixed(0)} ms, ${result.sortMs.max.toFixed(0)} ms`);
console.log(
  `  search all collections for one name: ${result.searchMs.p50.toFixed(0)} ms, ${result.searchMs.max.toFixed(0)} ms`,
);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/cms.json', `${JSON.stringify(result, null, 2)}\n`);
