/**
 * `npm start` on a throwaway copy of the project: the dev server carries the
 * local CMS backend, answers this machine only, keeps writes inside the
 * repository; the admin app runs under it, and a change published there
 * shows on the next page load.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer, request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyOfProject, developerEnv, freePort } from '../project-copy';
import { launchBrowser } from './browser';
import { inEnglish, openAdminAt, saveAndPublish } from './cms-ui';

let repo: string;
let dev: ChildProcess;
let port: number;
let browser: Browser;
/** What the dev server printed, shown when a test fails. */
let devOutput = '';

/** POSTs one backend action as the admin app does (its own Origin), or with another Host or Origin. */
function backend(
  body: unknown,
  { host, origin, address = '127.0.0.1' }: { host?: string; origin?: string | null; address?: string | undefined } = {},
) {
  return new Promise<{ status: number; body: string }>((done, fail) => {
    const payload = JSON.stringify(body);
    const call = request(
      {
        host: address,
        port,
        path: '/api/v1',
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(host ? { Host: host } : {}),
          ...(origin === null ? {} : { Origin: origin ?? `http://${host ?? `127.0.0.1:${port}`}` }),
        },
        timeout: 5000,
      },
      (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => done({ status: response.statusCode ?? 0, body: text }));
      },
    );
    call.on('error', fail);
    call.end(payload);
  });
}

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await probe().catch(() => undefined);
    if (result !== undefined) return result;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

beforeAll(async () => {
  repo = copyOfProject();
  port = await freePort();
  dev = spawn('npx', ['astro', 'dev', '--port', String(port)], {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: developerEnv(),
    detached: true,
  });
  dev.stdout?.on('data', (chunk) => (devOutput += chunk));
  dev.stderr?.on('data', (chunk) => (devOutput += chunk));
  await waitFor(async () => ((await backend({ action: 'info' })).status === 200 ? true : undefined), 60_000);
  browser = await launchBrowser();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe('the local CMS backend in `npm start`', () => {
  it('edits the project’s Git repository with the editorial workflow', async () => {
    const info = await backend({ action: 'info' });
    expect(JSON.parse(info.body)).toMatchObject({ type: 'local_git', publish_modes: ['simple', 'editorial_workflow'] });
  });

  it('listens on 127.0.0.1 only', async () => {
    const external = Object.values(networkInterfaces())
      .flat()
      .find((address) => address && address.family === 'IPv4' && !address.internal);
    expect(external, 'a non-loopback IPv4 address to try').toBeDefined();
    await expect(backend({ action: 'info' }, { address: external?.address })).rejects.toThrow(/ECONNREFUSED/);
  });

  it('refuses a request made under another host name (DNS rebinding)', async () => {
    const answer = await backend({ action: 'info' }, { host: `partners.attacker.example:${port}` });
    expect(answer.status).toBe(403);
  });

  it('refuses any other origin: another local dev server, a site on the internet, no origin at all', async () => {
    for (const origin of [
      'http://localhost:3000',
      `http://localhost:${port}`,
      'https://attacker.example',
      'null',
      null,
    ]) {
      const answer = await backend(
        { action: 'getEntry', params: { branch: 'main', path: 'content/tiers/en/gold.md' } },
        { origin },
      );
      expect(answer.status, String(origin)).toBe(403);
    }
  });

  it('reads and writes only content/ and public/uploads/, never Git, code or configuration', async () => {
    const config = readFileSync(join(repo, '.git/config'), 'utf8');
    const attempts = [
      { action: 'getEntry', params: { branch: 'main', path: '.git/config' } },
      { action: 'getMediaFile', params: { branch: 'main', path: 'astro.config.mjs' } },
      {
        action: 'persistMedia',
        params: {
          branch: 'main',
          asset: {
            path: 'src/pages/pwned.astro',
            content: Buffer.from('<p>pwned</p>').toString('base64'),
            encoding: 'base64',
          },
          options: { commitMessage: 'x' },
        },
      },
      {
        action: 'persistEntry',
        params: {
          branch: 'main',
          entry: { slug: 'x', path: '.git/config', raw: '[core]\n\tfsmonitor = touch /tmp/pwned' },
          assets: [],
          options: { commitMessage: 'x', useWorkflow: false, status: 'draft' },
        },
      },
    ];
    for (const attempt of attempts) {
      const answer = await backend(attempt);
      expect(answer.status, attempt.action).toBe(422);
      expect(answer.body).not.toContain('[core]');
    }
    expect(existsSync(join(repo, 'src/pages/pwned.astro'))).toBe(false);
    expect(readFileSync(join(repo, '.git/config'), 'utf8')).toBe(config);
  });

  it('cannot be used by a page of another local origin in the browser', async () => {
    const other = createServer((_, response) => {
      response.setHeader('Content-Type', 'text/html');
      response.end('<!doctype html><title>Other dev server</title>');
    });
    await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
    const page = await browser.newPage();
    await page.goto(`http://localhost:${(other.address() as AddressInfo).port}/`);
    const outcome = await page.evaluate(async (target) => {
      const asset = { path: 'src/pages/pwned.astro', content: btoa('<p>pwned</p>'), encoding: 'base64' };
      const body = JSON.stringify({
        action: 'persistMedia',
        params: { branch: 'main', asset, options: { commitMessage: 'x' } },
      });
      try {
        const response = await fetch(target, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
        return `answered ${response.status}`;
      } catch (error) {
        return `failed: ${String(error)}`;
      }
    }, `http://localhost:${port}/api/v1`);
    await page.close();
    other.close();
    expect(outcome).toMatch(/^failed/);
    expect(existsSync(join(repo, 'src/pages/pwned.astro'))).toBe(false);
  });

  it('serves uploads so nothing in them runs, and /admin/ under a policy of its own', async () => {
    writeFileSync(
      join(repo, 'public/uploads/hostile-logo.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    const upload = await fetch(`http://127.0.0.1:${port}/uploads/hostile-logo.svg`);
    expect(upload.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    );
    const admin = await fetch(`http://127.0.0.1:${port}/admin/`);
    expect(admin.headers.get('content-security-policy')).toContain("form-action 'none'");
    expect(admin.headers.get('content-security-policy')).toContain("img-src 'self' data: blob:;");
    rmSync(join(repo, 'public/uploads/hostile-logo.svg'));
  });

  it('refuses paths outside the repository', async () => {
    const read = await backend({ action: 'getEntry', params: { branch: 'main', path: '../../../etc/passwd' } });
    expect(read.status).toBe(422);
    expect(read.body).not.toContain('root:');
    const write = await backend({
      action: 'persistEntry',
      params: {
        branch: 'main',
        entry: { slug: 'escape', path: '../escape.md', raw: 'escaped' },
        assets: [],
        options: { commitMessage: 'escape', useWorkflow: false, status: 'draft' },
      },
    });
    expect(write.status).toBe(422);
    expect(existsSync(join(repo, '..', 'escape.md'))).toBe(false);
  });

  it('opens /admin/ once, without a reload, and without Decap’s source maps inlined', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    let loads = 0;
    let scriptBytes = 0;
    const inlineMaps: string[] = [];
    page.on('load', () => (loads += 1));
    page.on('response', async (response) => {
      if (!response.url().includes('/node_modules/.vite/deps/')) return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      scriptBytes += body.length;
      if (/\/\/# sourceMappingURL=data:[^\n]*\s*$/.test(body.toString())) inlineMaps.push(response.url());
    });
    await page.goto(`http://127.0.0.1:${port}/admin/`);
    await page.getByRole('button', { name: 'Login' }).waitFor({ timeout: 60_000 });
    // A dependency found late would make Vite reload the page a moment after it opened.
    await page.waitForTimeout(3000);
    expect(loads).toBe(1);
    expect(inlineMaps).toEqual([]);
    // Minified: about 10 MB of pre-bundled JavaScript, where the unminified bundle with its maps was 44 MB.
    expect(scriptBytes).toBeGreaterThan(1_000_000);
    expect(scriptBytes).toBeLessThan(15_000_000);
    await context.close();
  }, 90_000);

  it('says in the admin app why an entry was not saved, as in the build', async () => {
    const { page, errors } = await openAdminAt(browser, `http://127.0.0.1:${port}`, '/collections/partners/new');
    await page.getByLabel('Name', { exact: true }).fill('Broken <b>Partner</b>');
    await page.getByRole('button', { name: 'Save' }).click();
    const notice = page.getByRole('alert', { name: 'Why this entry was not saved' });
    await notice.waitFor();
    await expect(notice.innerText()).resolves.toMatch(/Not saved: \d+ problems to fix[\s\S]*Use plain text: no < or >/);
    expect(errors.filter((error) => !error.includes('Failed prop type'))).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('runs the admin app: a change published there is saved in content/ and shown by the dev site', async () => {
    const { page, errors } = await openAdminAt(
      browser,
      `http://127.0.0.1:${port}`,
      '/collections/tiers/entries/silver',
    );
    await inEnglish(page, 'Referral commission (%)').fill('13.25');
    // Saving switches Git branches under the dev server; the admin app must not be reloaded halfway.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await saveAndPublish(page).catch((error: Error) => {
      throw new Error(`${error.message}\nThe dev server said:\n${devOutput.slice(-3000)}`);
    });
    await expect(page.evaluate(() => 'sameDocument' in window)).resolves.toBe(true);
    // The dev server runs React's development build, where Decap's own components log prop-type warnings.
    expect(errors.filter((error) => !error.includes('Failed prop type'))).toEqual([]);
    await page.context().close();
    expect(readFileSync(join(repo, 'content/tiers/en/silver.md'), 'utf8')).toMatch(/^referralCommission: 13.25$/m);
    let last = '';
    const html = await waitFor(async () => {
      const text = await (await fetch(`http://127.0.0.1:${port}/tiers/silver/`)).text();
      last = /Referral commission<\/dt>\s*<dd[^>]*>([^<]*)/.exec(text)?.[1] ?? text.slice(0, 200);
      return /13\.25%/.test(text) ? text : undefined;
    }, 30_000).catch((error: Error) => {
      throw new Error(`${error.message}; the page said: ${last}\nThe dev server said:\n${devOutput.slice(-3000)}`);
    });
    expect(html).toContain('Silver');
  }, 120_000);
});
