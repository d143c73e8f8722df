import { chromium } from 'playwright-core';
import { serveDist } from './scripts/serve-dist.ts';
const server = await serveDist('dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const path of ['/partners/', '/resources/']) {
  for (const js of [false, true]) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, javaScriptEnabled: js });
    const page = await context.newPage();
    await page.goto(server.url + path);
    await page.waitForTimeout(1500);
    const y = await page.evaluate(() => {
      const first = document.querySelector('.result-card');
      const box = document.querySelector('.search-layout');
      return {
        card: first?.getBoundingClientRect().top,
        layout: box?.getBoundingClientRect().top,
        filters: (box?.firstElementChild as HTMLElement | null)?.getBoundingClientRect().height,
      };
    });
    console.log(path, js ? 'js' : 'nojs', JSON.stringify(y));
    await page.screenshot({ path: `/tmp/shots/cls-${path.replace(/\//g, '')}-${js}.png` });
    await context.close();
  }
}
await browser.close();
await server.close();
