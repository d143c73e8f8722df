/**
 * Directory benchmark at scale. Generates 10,000 partners, builds the site
 * with them, serves the build, and measures in headless Chromium:
 * - per keystroke, the time from the input event until the results are in
 *   the DOM (p50, p95, max), and long tasks while typing;
 * - the bytes the directory page transfers, gzip-compressed, data included;
 * - the time from navigation to the first results;
 * - the build time.
 * In the same run it measures a baseline: one plain Fuse.js instance with
 * default options over the whole partner records, searched for the same
 * keystrokes (search time only, no rendering), in the same browser and in
 * Node next to this project's search engine.
 *
 *   npm run bench:directory [-- --count 10000 --seed 1 --locale ru]
 *
 * `--locale ru` measures the Russian directory (/ru/partners/), with Cyrillic
 * queries added. Prints the figures and writes them to
 * bench-results/directory.json (directory-ru.json for Russian).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import { chromium } from 'playwright-core';
import {
  buildDirectoryIndex,
  decodeDirectory,
  directorySearch,
  queryDirectory,
  type DirectoryData,
  type EncodedDirectory,
} from '../src/lib/directory.ts';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.ts';
import { DEFAULT_LOCALE, isLocale, LOCALES, localePath } from '../src/lib/i18n/locales.ts';
import { directory } from '../src/lib/i18n/sections/directory.ts';
import { generatePartners, generateReviews, readTaxonomies, writePartners } from './generate-partners.ts';
import { summarize } from './bench/stats.ts';

const { values: args } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    // Reuse the previous build of the same count and seed (to iterate on the browser side only).
    'reuse-build': { type: 'boolean', default: false },
    locale: { type: 'string', default: 'en' },
  },
});
if (!isLocale(args.locale)) throw new Error(`--locale must be one of ${LOCALES.join(', ')}`);
const LOCALE = args.locale;
/** Where the directory of the measured language lives, and the file its figures go to. */
const directoryPath = localePath(LOCALE, '/partners/');
const resultFile =
  LOCALE === DEFAULT_LOCALE ? 'bench-results/directory.json' : `bench-results/directory-${LOCALE}.json`;
const COUNT = Number(args.count);
const SEED = Number(args.seed);

/** What a visitor types; each prefix of each query is one keystroke. Filters are applied through the URL first. */
const SCENARIOS: { query: string; filters?: string }[] = [
  { query: 'implementaton' },
  { query: 'novosibirks' },
  { query: 'baikla data' },
  { query: 'a' },
  { query: 'k' },
  { query: 'mail migration siberia' },
  { query: 'kazan security support' },
  { query: 'cloud', filters: 'service=mail-migration&region=siberia' },
  { query: 'volga code', filters: 'tier=gold&language=english' },
  // Cyrillic: a name with a typo, a city, a service in an inflected form.
  ...(LOCALE === 'ru' ? [{ query: 'байкл софт' }, { query: 'новосибирск' }, { query: 'миграции почты' }] : []),
];

const workDir = join(tmpdir(), `partner-bench-${SEED}-${COUNT}`);
const partnersDir = join(workDir, 'partners');
const outDir = join(workDir, 'dist');

function step(text: string) {
  console.log(`• ${text}`);
}

// 1. Generate and build -------------------------------------------------------
let buildSeconds = Number.NaN;
let pages: string | undefined;
if (!args['reuse-build'] || !existsSync(join(outDir, directoryPath, 'directory.json'))) {
  step(`generating ${COUNT} partners (seed ${SEED})`);
  const taxonomies = readTaxonomies();
  const partners = generatePartners(COUNT, SEED, taxonomies);
  writePartners(partnersDir, partners, generateReviews(partners, SEED, taxonomies));

  step('building the site');
  const buildStart = performance.now();
  const build = spawnSync('npx', ['astro', 'build'], {
    env: { ...process.env, PARTNERS_DIR: partnersDir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    // The build lists every page it writes: some 30,000 lines at 10,000 partners, past spawnSync's 1 MB default.
    maxBuffer: 512 * 1024 * 1024,
  });
  buildSeconds = (performance.now() - buildStart) / 1000;
  if (build.status !== 0) {
    throw new Error(
      `Build failed (${build.error?.message ?? `exit ${build.status}`}):\n${build.stdout}\n${build.stderr}`,
    );
  }
  pages = /(\d+) page\(s\) built/.exec(build.stdout)?.[1];
} else {
  step('reusing the previous build');
}

// 2. Serve ------------------------------------------------------------------
const port = 4500 + Math.floor(Math.random() * 400);
const server = spawn('npx', ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
  env: { ...process.env, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: 'ignore',
  detached: true,
});
const baseUrl = `http://127.0.0.1:${port}`;
for (let tries = 0; ; tries += 1) {
  try {
    if ((await fetch(`${baseUrl}${directoryPath}`)).ok) break;
  } catch {
    if (tries > 150) throw new Error('The preview server did not start');
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
}

const encoded = JSON.parse(readFileSync(join(outDir, directoryPath, 'directory.json'), 'utf8')) as EncodedDirectory;
const data: DirectoryData = decodeDirectory(encoded);

/** The whole partner records, as a directory without this project's index would search them. */
const fullRecords = data.partners.map((partner) => ({
  name: partner.name,
  city: partner.city,
  summary: partner.summary,
  ...Object.fromEntries(
    directorySearch.facets.map((key) => [
      key,
      partner.values[key].map((value) => data.facets[key][value]?.label ?? ''),
    ]),
  ),
}));
const keystrokes = SCENARIOS.flatMap(({ query }) => [...query].map((_, i) => query.slice(0, i + 1)));

const browser = await chromium.launch({
  executablePath: findChromium() ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});

try {
  // 3. Page weight and time to first results ---------------------------------
  step(`loading ${directoryPath}`);
  const loads: number[] = [];
  let transfer: { url: string; bytes: number; gzip: number }[] = [];
  for (let run = 0; run < 5; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const responses: Promise<{ url: string; bytes: number; gzip: number }>[] = [];
    page.on('response', (response) =>
      responses.push(
        response
          .body()
          .then((body) => ({ url: new URL(response.url()).pathname, bytes: body.length, gzip: gzipSync(body).length })),
      ),
    );
    await page.goto(`${baseUrl}${directoryPath}`);
    await page.waitForSelector('#partner-search-status');
    loads.push(await page.evaluate(() => performance.now()));
    await page.waitForLoadState('networkidle');
    transfer = await Promise.all(responses);
    await context.close();
  }

  // 4. Typing ----------------------------------------------------------------
  step(`typing ${keystrokes.length} keystrokes`);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // Installed on every navigation: the input event starts the clock, the first DOM change after it (React's commit) stops it.
  await context.addInitScript(() => {
    const w = window as unknown as { __latencies: number[]; __longTasks: number[]; __pending?: number | undefined };
    w.__latencies = [];
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
    document.addEventListener('input', () => (w.__pending = performance.now()), true);
    new MutationObserver(() => {
      if (w.__pending !== undefined) {
        w.__latencies.push(performance.now() - w.__pending);
        w.__pending = undefined;
      }
    }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  });
  const page = await context.newPage();
  const input = page.getByRole('searchbox', { name: directory[LOCALE].search.label });
  const perKeystroke: { query: string; filters: string; ms: number }[] = [];
  for (const scenario of SCENARIOS) {
    await page.goto(`${baseUrl}${directoryPath}${scenario.filters ? `?${scenario.filters}` : ''}`);
    await page.waitForSelector('#partner-search-status');
    // Typing starts once loading is over: long tasks of the page load are not typing.
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => {
      const w = window as unknown as { __latencies: number[]; __longTasks: number[] };
      w.__latencies = [];
      w.__longTasks = [];
    });
    await input.pressSequentially(scenario.query, { delay: 60 });
    await page.waitForTimeout(200);
    const [latencies, longTasks] = await page.evaluate(() => {
      const w = window as unknown as { __latencies: number[]; __longTasks: number[] };
      return [w.__latencies, w.__longTasks];
    });
    (scenario as { latencies?: number[] }).latencies = latencies;
    perKeystroke.push(
      ...latencies.map((ms, i) => ({
        query: scenario.query.slice(0, i + 1),
        filters: scenario.filters ?? '',
        ms: Math.round(ms * 100) / 100,
      })),
    );
    (scenario as { longTasks?: number[] }).longTasks = longTasks;
  }
  await context.close();

  // 5. Baseline in the same browser ------------------------------------------
  step('baseline: plain Fuse.js over the whole records, in the browser');
  const baselineContext = await browser.newContext();
  const baselinePage = await baselineContext.newPage();
  const fuseSource = readFileSync(
    createRequire(import.meta.url)
      .resolve('fuse.js')
      .replace(/fuse\.(c?js|mjs)$/, 'fuse.mjs'),
    'utf8',
  );
  await baselinePage.route('**/__bench/fuse.mjs', (route) =>
    route.fulfill({ body: fuseSource, contentType: 'text/javascript' }),
  );
  await baselinePage.goto(`${baseUrl}/404.html`);
  const baselineBrowser = await baselinePage.evaluate(
    async ({ records, queries }) => {
      const { default: FuseInPage } = (await import('/__bench/fuse.mjs' as string)) as { default: typeof Fuse };
      const fuse = new FuseInPage(records, { keys: Object.keys(records[0] ?? {}) });
      const times: number[] = [];
      for (const query of queries) {
        const start = performance.now();
        fuse.search(query);
        times.push(performance.now() - start);
      }
      return times;
    },
    { records: fullRecords, queries: keystrokes },
  );
  await baselineContext.close();

  // 6. Both engines in Node, same process ----------------------------------
  step('search compute in Node: this engine and the baseline, same keystrokes');
  const indexStart = performance.now();
  const index = buildDirectoryIndex(data);
  const indexMs = performance.now() - indexStart;
  const ours: number[] = [];
  const theirs: number[] = [];
  const fuse = new Fuse(fullRecords, { keys: Object.keys(fullRecords[0] ?? {}) });
  for (let round = 0; round < 1; round += 1) {
    for (const q of keystrokes) {
      let start = performance.now();
      queryDirectory(index, { ...directorySearch.emptyState(), q });
      ours.push(performance.now() - start);
      start = performance.now();
      fuse.search(q);
      theirs.push(performance.now() - start);
    }
  }

  const latencies = SCENARIOS.flatMap((s) => (s as { latencies?: number[] }).latencies ?? []);
  const longTasks = SCENARIOS.flatMap((s) => (s as { longTasks?: number[] }).longTasks ?? []);
  const directoryPage = transfer.filter((r) => !r.url.startsWith('/__'));
  const result = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '', node: process.version },
    partners: COUNT,
    seed: SEED,
    build: { seconds: Math.round(buildSeconds * 10) / 10, pages: Number(pages) },
    page: {
      transferGzipBytes: directoryPage.reduce((sum, r) => sum + r.gzip, 0),
      resources: directoryPage.map((r) => ({ path: r.url, bytes: r.bytes, gzip: r.gzip })),
      firstResultsMs: summarize(loads),
    },
    typing: {
      keystrokes: latencies.length,
      latencyMs: summarize(latencies),
      slowest: [...perKeystroke].sort((a, b) => b.ms - a.ms).slice(0, 8),
      perKeystroke,
      longTasksOver50ms: longTasks.filter((d) => d > 50).length,
      longestTaskMs: Math.round(Math.max(0, ...longTasks)),
    },
    baseline: {
      description: 'one Fuse.js instance, default options, over the whole partner records; search time only',
      browserSearchMs: summarize(baselineBrowser),
    },
    compute: {
      indexBuildMs: Math.round(indexMs),
      oursMs: summarize(ours),
      baselineMs: summarize(theirs),
      speedupAtP50: Math.round((summarize(theirs).p50 / summarize(ours).p50) * 10) / 10,
    },
  };

  mkdirSync('bench-results', { recursive: true });
  writeFileSync(resultFile, `${JSON.stringify(result, null, 2)}\n`);

  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`
Directory benchmark, ${COUNT.toLocaleString('en')} partners (seed ${SEED}), ${result.machine.cpus} cores
  build                     ${result.build.seconds} s, ${result.build.pages} pages            target ≤ 90 s
  /partners/ transfer       ${kb(result.page.transferGzipBytes)} gzip in ${directoryPage.length} responses   target ≤ 400 KB
${directoryPage.map((r) => `      ${r.url.padEnd(40)} ${kb(r.gzip).padStart(10)}`).join('\n')}
  first results after load  p50 ${result.page.firstResultsMs.p50} ms, max ${result.page.firstResultsMs.max} ms (5 loads)
  keystroke → results       p50 ${result.typing.latencyMs.p50} ms, p95 ${result.typing.latencyMs.p95} ms, max ${result.typing.latencyMs.max} ms over ${result.typing.keystrokes} keystrokes   target p95 ≤ 16 ms
  slowest keystrokes        ${result.typing.slowest
    .slice(0, 5)
    .map((k) => `"${k.query}"${k.filters ? ` (${k.filters})` : ''} ${k.ms} ms`)
    .join(', ')}
  long tasks while typing   ${result.typing.longTasksOver50ms} over 50 ms (longest ${result.typing.longestTaskMs} ms)   target 0
  baseline in Chromium      plain Fuse.js search p50 ${result.baseline.browserSearchMs.p50} ms, p95 ${result.baseline.browserSearchMs.p95} ms, max ${result.baseline.browserSearchMs.max} ms
  compute in Node           ours p50 ${result.compute.oursMs.p50} ms / p95 ${result.compute.oursMs.p95} ms; baseline p50 ${result.compute.baselineMs.p50} ms / p95 ${result.compute.baselineMs.p95} ms; ×${result.compute.speedupAtP50} at p50; index built in ${result.compute.indexBuildMs} ms
Saved ${resultFile}`);
} finally {
  await browser.close();
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
}
