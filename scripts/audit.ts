/**
 * Lighthouse (the version pinned in package.json) in its default mobile mode
 * on Debian's Chromium, over the pages visitors land on:
 *
 *   npm run audit
 *
 * builds the site, serves dist/ with gzip and the _headers rules, audits each
 * page, saves every report to reports/lighthouse/<page>.json, prints the
 * scores and exits 1 when one is under its target (performance 95,
 * accessibility, best practices and SEO 100).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { freePort } from '../tests/project-copy.ts';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.ts';
import { serveDist } from './serve-dist.ts';

const pages = {
  home: '/',
  tiers: '/tiers/',
  directory: '/partners/',
  profile: '/partners/baikal-digital/',
  calculator: '/calculator/',
  library: '/resources/',
};

const targets = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
type Category = keyof typeof targets;

const chromiumPath = findChromium();
if (!chromiumPath) throw new Error('No Chromium: apt-get install chromium, or set CHROMIUM_PATH');
const server = await serveDist('dist');
const port = await freePort();
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
});

const rows: Record<string, Record<Category, number>> = {};
const misses: string[] = [];
mkdirSync('reports/lighthouse', { recursive: true });
try {
  for (const [name, path] of Object.entries(pages)) {
    const result = await lighthouse(`${server.url}${path}`, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(targets),
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    writeFileSync(join('reports/lighthouse', `${name}.json`), JSON.stringify(result.lhr, null, 2));
    const scores = {} as Record<Category, number>;
    for (const category of Object.keys(targets) as Category[]) {
      const entry = result.lhr.categories[category];
      scores[category] = Math.round((entry?.score ?? 0) * 100);
      if (scores[category] < targets[category]) {
        const failing = Object.values(result.lhr.audits)
          .filter(
            (audit) =>
              audit.score !== null &&
              audit.score < 1 &&
              entry?.auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0),
          )
          .map((audit) => `${audit.id} (${audit.displayValue ?? audit.score})`);
        misses.push(`${path} ${category} ${scores[category]} < ${targets[category]}: ${failing.join(', ')}`);
      }
    }
    rows[path] = scores;
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(
  `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile:`,
);
console.table(rows);
if (misses.length > 0) {
  console.log(`Under target:\n  ${misses.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log('Every page meets the targets. Reports: reports/lighthouse/');
}
