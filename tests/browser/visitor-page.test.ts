/**
 * The benchmark's pages of their own (`scripts/bench/visitor-page.ts`): what the directory benchmark times runs there,
 * so its typing, waiting and fresh profiles are checked here against a small page.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchVisitorBrowser, type VisitorBrowser } from '../../scripts/bench/visitor-page.ts';

const PAGE = `<!doctype html><meta charset="utf-8"><title>Visitor</title>
<input id="box" type="search">
<script>
  window.typed = [];
  document.getElementById('box').addEventListener('input', (event) => typed.push(event.target.value));
  window.sawInit = window.initRan === true;
  // A worker started by the page runs, and says so.
  const worker = new Worker(URL.createObjectURL(new Blob(['postMessage(6 * 7)'], { type: 'text/javascript' })));
  worker.onmessage = ({ data }) => (window.fromWorker = data);
  setTimeout(() => {
    window.addedAt = performance.now();
    document.body.append(Object.assign(document.createElement('p'), { className: 'late' }));
  }, 300);
</script>`;

let server: Server;
let url: string;
let visitors: VisitorBrowser;

beforeAll(async () => {
  server = createServer((_, response) => response.setHeader('Content-Type', 'text/html').end(PAGE));
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  visitors = await launchVisitorBrowser();
}, 60_000);

afterAll(async () => {
  await visitors?.close();
  await new Promise((closed) => server?.close(closed));
});

describe('a visitor page', () => {
  it('runs its start script before the page, types letters in any script, deletes, and runs the page’s workers', async () => {
    const page = await visitors.newPage({
      width: 360,
      height: 740,
      init: () => {
        (window as unknown as { initRan: boolean }).initRan = true;
      },
    });
    await page.goto(url);
    expect(await page.evaluate(() => (window as unknown as { sawInit: boolean }).sawInit)).toBe(true);
    expect(await page.evaluate(() => innerWidth)).toBe(360);
    await page.focus('#box');
    await page.type('kя', 20);
    await page.press('Backspace');
    expect(await page.evaluate(() => (window as unknown as { typed: string[] }).typed)).toEqual(['k', 'kя', 'k']);
    await page.waitFor('body');
    expect(
      await page.evaluate(
        () =>
          new Promise((answered) => {
            const read = () => {
              const value = (window as unknown as { fromWorker?: number }).fromWorker;
              if (value === undefined) setTimeout(read, 10);
              else answered(value);
            };
            read();
          }),
      ),
    ).toBe(42);
    await page.close();
  });

  it('says when an element first matched, on the page’s clock, and names what never matched', async () => {
    const page = await visitors.newPage({ width: 1280, height: 800 });
    await page.goto(url);
    const seen = await page.waitFor('.late');
    const added = await page.evaluate(() => (window as unknown as { addedAt: number }).addedAt);
    expect(seen).toBeGreaterThanOrEqual(added);
    expect(seen - added).toBeLessThan(50);
    await expect(page.waitFor('.never', 200)).rejects.toThrow('Nothing matched .never within 200 ms');
    await expect(page.evaluate(() => JSON.parse('{'))).rejects.toThrow(/JSON/);
    await expect(page.goto('http://127.0.0.1:1/')).rejects.toThrow('http://127.0.0.1:1/: net::ERR_');
    await page.close();
  });

  it('opens each page in a fresh profile', async () => {
    const first = await visitors.newPage({ width: 1280, height: 800 });
    await first.goto(url);
    await first.evaluate(() => localStorage.setItem('seen', 'yes'));
    const second = await visitors.newPage({ width: 1280, height: 800 });
    await second.goto(url);
    expect(await second.evaluate(() => localStorage.getItem('seen'))).toBeNull();
    expect(await first.evaluate(() => localStorage.getItem('seen'))).toBe('yes');
    await Promise.all([first.close(), second.close()]);
  });
});
