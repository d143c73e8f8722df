/**
 * Pagefind on the directory benchmark: the partners of the build that
 * `npm run bench:directory` made for the same count and seed, and the same
 * visitor's inputs, answered by Pagefind (static, sharded index loaded per
 * query, filters with counts) instead of this project's search. Measures:
 * - the time to index the partners and the index's size on disk;
 * - the bytes the page loads before the first query;
 * - per input, the time until the first 24 results are there to show (search
 *   and their data), and the new bytes it loads, by kind;
 * - relevance: the intended partner in the top 5 for 200 names typed with one
 *   typo, and typed right, beside this project's search on the same names.
 * "With a place" inputs are left out: Pagefind has no distances.
 *
 *   npm run bench:directory [-- --count 100000]   (once, for the partners)
 *   npm run bench:pagefind [-- --count 100000 --seed 1 --locale ru]
 *
 * Prints the figures and writes them to bench-results/pagefind.json
 * (pagefind-ru.json for Russian).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { chromium } from 'playwright-core';
import {
  buildDirectoryIndex,
  decodeDirectory,
  directorySearch,
  directoryState,
  queryDirectory,
  rankedPartners,
  type DirectoryData,
  type EncodedDirectory,
  type FacetKey,
} from '../src/lib/directory.ts';
import { DEFAULT_LOCALE, localePath } from '../src/lib/i18n/locales.ts';
import {
  benchFolder,
  directoryBenchArgs,
  fullRecords,
  KINDS,
  scenarios,
  steps,
  toggledFilter,
  type Kind,
} from './bench/directory-workload.ts';
import { summarize } from './bench/stats.ts';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.ts';
import { random, withTypo } from './generate-partners.ts';
import { serveDist } from './serve-dist.ts';

const { locale: LOCALE, count: COUNT, seed: SEED } = directoryBenchArgs();
const resultFile = LOCALE === DEFAULT_LOCALE ? 'bench-results/pagefind.json' : `bench-results/pagefind-${LOCALE}.json`;
/** As many results as the directory shows on a page. */
const SHOWN = 24;

const workDir = benchFolder(SEED, COUNT);
const dataFile = join(workDir, 'dist', localePath(LOCALE, '/partners/'), 'directory.json');
if (!existsSync(dataFile)) {
  throw new Error(`${dataFile} is missing: run npm run bench:directory -- --count ${COUNT} --seed ${SEED} first`);
}
const siteDir = join(workDir, 'pagefind-site');
const step = (text: string) => console.log(`• ${text}`);

const data: DirectoryData = decodeDirectory(JSON.parse(readFileSync(dataFile, 'utf8')) as EncodedDirectory);
const records = fullRecords(data);
const urlOf = (slug: string) => `/partners/${slug}/`;

// 1. Index --------------------------------------------------------------------
step(`indexing ${data.partners.length} partners with Pagefind`);
rmSync(siteDir, { recursive: true, force: true });
mkdirSync(siteDir, { recursive: true });
const indexStart = performance.now();
const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: LOCALE });
if (!index) throw new Error(`Pagefind did not start: ${createErrors.join('; ')}`);
const BATCH = 500;
for (let start = 0; start < data.partners.length; start += BATCH) {
  await Promise.all(
    data.partners.slice(start, start + BATCH).map((partner, i) => {
      const { name, city, summary, ...labels } = records[start + i] as (typeof records)[number];
      return index.addCustomRecord({
        url: urlOf(partner.slug),
        language: LOCALE,
        content: [name, summary, city, ...Object.values(labels).flat()].join('. '),
        meta: { title: name },
        filters: Object.fromEntries(
          directorySearch.facets.map((key) => [
            key,
            partner.values[key].map((value) => data.facets[key][value]?.id ?? ''),
          ]),
        ),
      });
    }),
  );
}
const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
if (written.errors.length > 0) throw new Error(written.errors.join('; '));
const indexSeconds = (performance.now() - indexStart) / 1000;
const { files } = await index.getFiles();
const indexBytes = files.reduce((sum, file) => sum + file.content.length, 0);
await pagefind.close();
writeFileSync(join(siteDir, '_headers'), '/*\n  Cache-Control: no-store\n');
writeFileSync(
  join(siteDir, 'index.html'),
  `<!doctype html><html lang="${LOCALE}"><meta charset="utf-8"><title>Pagefind</title>` +
    `<script type="module">window.pagefind = await import('/pagefind/pagefind.js');</script></html>`,
);

// 2. Inputs in the browser ------------------------------------------------------
/** Filters of the panel, in its order: each facet's values in turn. */
const panel = directorySearch.facets.flatMap((key) => data.facets[key].map((value) => [key, value.id] as const));
type Filters = Partial<Record<FacetKey, string[]>>;
const inputs = scenarios(LOCALE)
  .filter((scenario) => scenario.kind !== 'with a place')
  .flatMap((scenario) => {
    const fromAddress: Filters = {};
    for (const [key, value] of new URLSearchParams(scenario.filters ?? '')) {
      if ((directorySearch.facets as readonly string[]).includes(key))
        (fromAddress[key as FacetKey] ??= []).push(value);
    }
    const ticked = new Set<number>();
    return steps(scenario).map((move) => {
      if (move.action === 'toggle') {
        const box = toggledFilter(move.toggle, scenario.toggles ?? 0);
        if (!ticked.delete(box)) ticked.add(box);
      }
      const filters: Filters = structuredClone(fromAddress);
      for (const box of ticked) {
        const [key, value] = panel[box] ?? [];
        if (key && value) (filters[key] ??= []).push(value);
      }
      return { kind: move.kind, q: move.q, filters };
    });
  });

const server = await serveDist(siteDir);
const browser = await chromium.launch({ executablePath: findChromium() ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  step(`answering ${inputs.length} inputs`);
  const context = await browser.newContext();
  const page = await context.newPage();
  // Bytes as the network delivered them, the page and the search's own worker included.
  let received = 0;
  context.on('requestfinished', (request) => {
    void request.sizes().then((sizes) => (received += sizes.responseBodySize));
  });
  await page.goto(server.url);
  await page.waitForFunction(() => 'pagefind' in window);
  const settled = async () => {
    // Sizes arrive a moment after their request: wait until the count stops moving.
    for (let last = -1; last !== received;) {
      last = received;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return received;
  };
  const initMs = await page.evaluate(async () => {
    const start = performance.now();
    await (window as unknown as { pagefind: { init: () => Promise<void> } }).pagefind.init();
    return performance.now() - start;
  });
  const beforeFirst = await settled();
  const answers: { kind: Kind; ms: number; bytes: number; results: number }[] = [];
  for (const { kind, q, filters } of inputs) {
    const before = await settled();
    const { ms, results } = await page.evaluate(
      async ({ q, filters, shown }) => {
        type Search = { results: { data: () => Promise<unknown> }[] };
        const pf = (window as unknown as { pagefind: { search: (q: string | null, o: object) => Promise<Search> } })
          .pagefind;
        const start = performance.now();
        const search = await pf.search(q === '' ? null : q, { filters });
        await Promise.all(search.results.slice(0, shown).map((result) => result.data()));
        return { ms: performance.now() - start, results: search.results.length };
      },
      { q, filters, shown: SHOWN },
    );
    answers.push({ kind, ms, bytes: (await settled()) - before, results });
  }
  const measured = { initMs, beforeFirst, answers, total: await settled() };

  // 3. Relevance: the same 200 names for both engines --------------------------
  step('relevance: 200 names with one typo, and typed right');
  const next = random(42);
  const sample = Array.from(
    { length: 200 },
    (_, i) => data.partners[(i * 9973 + Math.floor(next() * 50)) % data.partners.length],
  ).filter((partner) => partner !== undefined);
  const queries = sample.map((partner) => ({
    url: urlOf(partner.slug),
    right: partner.name,
    typo: withTypo(partner.name, next),
  }));
  const pagefindTop = await page.evaluate(
    async (names) => {
      type Search = { results: { data: () => Promise<{ url: string }> }[] };
      const pf = (window as unknown as { pagefind: { search: (q: string) => Promise<Search> } }).pagefind;
      const top = async (q: string) =>
        Promise.all((await pf.search(q)).results.slice(0, 5).map(async (result) => (await result.data()).url));
      return Promise.all(names.map(async ({ right, typo }) => ({ right: await top(right), typo: await top(typo) })));
    },
    queries.map(({ right, typo }) => ({ right, typo })),
  );
  await context.close();
  const ownIndex = buildDirectoryIndex(data);
  const ownTop = (q: string) =>
    rankedPartners(ownIndex, queryDirectory(ownIndex, { ...directoryState.empty(), q }), 0, 5).map((result) =>
      urlOf(result.partner.slug),
    );
  const share = (hits: boolean[]) => Math.round((hits.filter(Boolean).length / hits.length) * 1000) / 10;
  const relevance = {
    pagefind: {
      typoTop5Percent: share(queries.map(({ url }, i) => pagefindTop[i]?.typo.includes(url) ?? false)),
      rightTop5Percent: share(queries.map(({ url }, i) => pagefindTop[i]?.right.includes(url) ?? false)),
    },
    ours: {
      typoTop5Percent: share(queries.map(({ url, typo }) => ownTop(typo).includes(url))),
      rightTop5Percent: share(queries.map(({ url, right }) => ownTop(right).includes(url))),
    },
  };

  const result = {
    date: new Date().toISOString(),
    partners: data.partners.length,
    seed: SEED,
    locale: LOCALE,
    index: { seconds: Math.round(indexSeconds * 10) / 10, files: files.length, bytes: indexBytes },
    initMs: Math.round(measured.initMs),
    bytesBeforeFirstQuery: measured.beforeFirst,
    bytesAfterAllInputs: measured.total,
    answerMs: summarize(answers.map((answer) => answer.ms)),
    newBytesPerInput: summarize(answers.map((answer) => answer.bytes)),
    byKind: Object.fromEntries(
      KINDS.filter((kind) => kind !== 'with a place').map((kind) => {
        const ofKind = answers.filter((answer) => answer.kind === kind);
        return [
          kind,
          { answerMs: summarize(ofKind.map((a) => a.ms)), newBytes: summarize(ofKind.map((a) => a.bytes)) },
        ];
      }),
    ),
    emptyAnswers: answers.filter((answer) => answer.results === 0).length,
    relevance,
  };
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(resultFile, `${JSON.stringify({ ...result, answers }, null, 2)}\n`);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`
Pagefind on the directory benchmark, ${result.partners} partners (seed ${SEED}, ${LOCALE}), 2 cores
  index                      ${result.index.seconds} s, ${result.index.files} files, ${kb(result.index.bytes)}
  before the first query     ${kb(result.bytesBeforeFirstQuery)} (init ${result.initMs} ms)
  input → ${SHOWN} results ready   p50 ${result.answerMs.p50} ms, p95 ${result.answerMs.p95} ms, max ${result.answerMs.max} ms over ${result.answerMs.n} inputs
  new bytes per input        p50 ${kb(result.newBytesPerInput.p50)}, p95 ${kb(result.newBytesPerInput.p95)}, max ${kb(result.newBytesPerInput.max)}; ${kb(result.bytesAfterAllInputs)} after all inputs
  by kind (p95 ms / max new bytes):
${Object.entries(result.byKind)
  .map(([kind, figures]) => `    ${kind.padEnd(22)} ${figures.answerMs.p95} ms / ${kb(figures.newBytes.max)}`)
  .join('\n')}
  no results                 ${result.emptyAnswers} of ${answers.length} inputs
  intended partner in top 5  with a typo: Pagefind ${relevance.pagefind.typoTop5Percent} %, ours ${relevance.ours.typoTop5Percent} %; typed right: Pagefind ${relevance.pagefind.rightTop5Percent} %, ours ${relevance.ours.rightTop5Percent} %
  saved to ${resultFile}`);
} finally {
  await browser.close();
  await server.close();
}
