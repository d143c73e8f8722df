/**
 * How the CMS copes with a large partners collection:
 *
 *   npm run build && npm run bench:cms -- --count 10000
 *
 * Copies the project into a temporary Git repository, replaces its partners
 * with N generated ones, serves the built /admin/ with the local backend and
 * times, in headless Chromium, opening the collection until entries show,
 * applying a view filter, and a search. Prints medians and writes
 * bench-results/cms.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
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

const timings = { open: [] as number[], filter: [] as number[], search: [] as number[] };
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

    start = performance.now();
    await page.getByText('Filter by', { exact: true }).click();
    const entries = page.locator('a[href*="/collections/partners/entries/"]');
    const before = await entries.count();
    await page.getByRole('menuitem', { name: 'Verified more than 12 months ago' }).click();
    await page.waitForFunction(
      (shown) => document.querySelectorAll('a[href*="/collections/partners/entries/"]').length !== shown,
      before,
      { timeout: 120_000 },
    );
    timings.filter.push(performance.now() - start);
    console.log(`run ${run + 1}: ${before} entries shown, ${await entries.count()} after the filter`);
    await page.screenshot({ path: 'bench-results/cms-filtered.png' });

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
  filterMs: summarize(timings.filter),
  searchMs: summarize(timings.search),
};
console.log(`CMS with ${count} partners, ${runs} runs (median, max):`);
console.log(
  `  open the collection until entries show: ${result.openCollectionMs.p50.toFixed(0)} ms, ${result.openCollectionMs.max.toFixed(0)} ms`,
);
console.log(`  apply a view filter: ${result.filterMs.p50.toFixed(0)} ms, ${result.filterMs.max.toFixed(0)} ms`);
console.log(
  `  search all collections for one name: ${result.searchMs.p50.toFixed(0)} ms, ${result.searchMs.max.toFixed(0)} ms`,
);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/cms.json', `${JSON.stringify(result, null, 2)}\n`);
