/**
 * `npm start` on a throwaway copy of the project: the dev server carries the
 * local CMS backend, answers this machine only, keeps writes inside the
 * repository, and shows a saved change on the next page load.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyOfProject, developerEnv, freePort } from '../project-copy';

let repo: string;
let dev: ChildProcess;
let port: number;

/** POSTs one backend action, with an optional Host header, and returns the status and body. */
function backend(body: unknown, { host, address = '127.0.0.1' }: { host?: string; address?: string | undefined } = {}) {
  return new Promise<{ status: number; body: string }>((done, fail) => {
    const payload = JSON.stringify(body);
    const call = request(
      {
        host: address,
        port,
        path: '/api/v1',
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(host ? { Host: host } : {}) },
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
    stdio: 'ignore',
    env: developerEnv(),
    detached: true,
  });
  await waitFor(async () => ((await backend({ action: 'info' })).status === 200 ? true : undefined), 60_000);
}, 90_000);

afterAll(() => {
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

  it('saves into content/ and the dev site shows the change', async () => {
    const path = 'content/tiers/silver.md';
    const raw = readFileSync(join(repo, path), 'utf8').replace(
      /^referralCommission: .*$/m,
      'referralCommission: 13.25',
    );
    const saved = await backend({
      action: 'persistEntry',
      params: {
        branch: 'main',
        entry: { slug: 'silver', path, raw },
        assets: [],
        options: {
          collectionName: 'tiers',
          commitMessage: 'Update tiers “silver”',
          useWorkflow: false,
          status: 'draft',
        },
      },
    });
    expect(saved.status).toBe(200);
    expect(readFileSync(join(repo, path), 'utf8')).toContain('referralCommission: 13.25');
    let last = '';
    const page = await waitFor(async () => {
      const html = await (await fetch(`http://127.0.0.1:${port}/tiers/silver/`)).text();
      last = /Referral commission<\/dt>\s*<dd[^>]*>([^<]*)/.exec(html)?.[1] ?? html.slice(0, 200);
      return /13,25\s?%/.test(html) ? html : undefined;
    }, 30_000).catch((error: Error) => {
      throw new Error(`${error.message}; the page said: ${last}`);
    });
    expect(page).toContain('Silver');
  });
});
