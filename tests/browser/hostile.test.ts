/**
 * The hostile corpus in Chromium: the pages built from it are opened (and
 * the directory searched for them) with the site's real Content-Security-
 * Policy; nothing may open a dialog, log the marker or reach another host.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWithPartners } from '../build-partners';
import { inertCases, MARKER } from '../hostile/corpus';
import { launchBrowser } from './browser';

const work = mkdtempSync(join(tmpdir(), 'hostile-browser-'));
let browser: Browser;
let server: ReturnType<ReturnType<typeof express>['listen']>;
let origin: string;

beforeAll(async () => {
  const build = buildWithPartners(
    work,
    Object.fromEntries(inertCases.map((hostile) => [hostile.slug, hostile.markdown])),
  );
  if (build.status !== 0) throw new Error(build.output);
  const app = express();
  app.use(express.static(build.dist));
  server = app.listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('hostile content in the browser', () => {
  it('runs nothing and calls no other host, on every profile and in the directory', async () => {
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
});
