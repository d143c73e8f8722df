import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalBackend, entriesByFiles, entryPaths, LOCAL_BACKEND_PATH, withDraftFileId } from './local-backend';

describe('withDraftFileId', () => {
  const ask = (id: unknown, action = 'unpublishedEntryDataFile') => ({
    action,
    params: { branch: 'main', collection: 'tiers', slug: 'gold', path: 'content/tiers/ru/gold.md', id },
  });

  it('gives the unchanged language file of a draft an id decap-server accepts, keeping its path', () => {
    expect(withDraftFileId(ask(''))).toEqual({
      ...ask('unchanged-in-draft'),
      params: { ...ask('').params, id: 'unchanged-in-draft' },
    });
  });

  it.each([
    ['a real id', ask('3b18e512dba79e4c8300dd08aeb37f8e728b8dad')],
    ['another action', ask('', 'getEntry')],
    ['no params', { action: 'unpublishedEntryDataFile' }],
    ['not an object', 'unpublishedEntryDataFile'],
    ['null', null],
  ])('leaves %s alone', (_, body) => {
    expect(withDraftFileId(body)).toBe(body);
  });
});

describe('entryPaths', () => {
  it('lists a folder’s entries in name order, to the depth asked, without hidden files, links or other extensions', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'entry-paths-'));
    const folder = join(repo, 'content/partners');
    mkdirSync(join(folder, 'nested/deeper'), { recursive: true });
    for (const file of ['b.md', 'a.md', 'c.yaml', '.hidden.md', 'nested/d.md', 'nested/deeper/e.md'])
      writeFileSync(join(folder, file), 'name: x');
    symlinkSync(join(folder, 'a.md'), join(folder, 'link.md'));
    symlinkSync(tmpdir(), join(folder, 'outside'));
    try {
      await expect(entryPaths(repo, 'content/partners', 'md', 1)).resolves.toEqual([
        'content/partners/a.md',
        'content/partners/b.md',
      ]);
      await expect(entryPaths(repo, 'content/partners/', 'md', 2)).resolves.toEqual([
        'content/partners/a.md',
        'content/partners/b.md',
        'content/partners/nested/d.md',
      ]);
      await expect(entryPaths(repo, 'content/partners', 'yaml', 1)).resolves.toEqual(['content/partners/c.yaml']);
      await expect(entryPaths(repo, 'content/missing', 'md', 1)).resolves.toEqual([]);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});

describe('entriesByFiles', () => {
  it('reads files with their sha256, and nothing through a link out of the repository or that is missing', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'entries-by-files-'));
    const outside = mkdtempSync(join(tmpdir(), 'outside-'));
    try {
      mkdirSync(join(repo, 'content/partners'), { recursive: true });
      writeFileSync(join(repo, 'content/partners/a.md'), 'Kama');
      writeFileSync(join(outside, 'secret.md'), 'secret');
      symlinkSync(outside, join(repo, 'content/partners/out'));
      const answer = await entriesByFiles(repo, [
        { path: 'content/partners/a.md', label: 'A' },
        { path: 'content/partners/out/secret.md' },
        { path: `../${basename(outside)}/secret.md` },
        { path: 'content/partners/none.md' },
      ]);
      expect(answer[0]).toEqual({
        data: 'Kama',
        file: {
          path: 'content/partners/a.md',
          label: 'A',
          id: createHash('sha256').update('Kama').digest('hex'),
        },
      });
      expect(answer.slice(1).map((entry) => entry.data)).toEqual([null, null, null]);
    } finally {
      rmSync(repo, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('the local backend', () => {
  it('answers calls that come at once, the entry paths among them, goes on past a call given up while it waited, and checks the paths’ folder like any path', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'local-backend-'));
    execFileSync('git', ['init', '--quiet', '--initial-branch=main'], { cwd: repo });
    mkdirSync(join(repo, 'content/partners'), { recursive: true });
    for (let i = 0; i < 300; i += 1)
      writeFileSync(join(repo, `content/partners/p-${i}.md`), `---\nname: P ${i}\n---\n`);
    execFileSync('git', ['add', '--all'], { cwd: repo });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '--quiet', '-m', 'p'], { cwd: repo });
    const app = await createLocalBackend(repo);
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const call = (action: string, params: Record<string, unknown>) =>
      fetch(`http://127.0.0.1:${port}${LOCAL_BACKEND_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: `http://127.0.0.1:${port}` },
        body: JSON.stringify({ action, params: { branch: 'main', ...params } }),
      }).then(async (response) => ({ status: response.status, body: (await response.json()) as unknown }));
    try {
      const listing = { folder: 'content/partners', extension: 'md', depth: 1 };
      const answers = await Promise.all([
        call('entriesByFolder', listing),
        call('entryPathsByFolder', listing),
        call('entriesByFolder', listing),
        call('getEntry', { path: 'content/partners/p-7.md' }),
      ]);
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
      expect(answers[0]?.body).toHaveLength(300);
      expect(answers[1]?.body).toHaveLength(300);
      expect((answers[3]?.body as { data: string }).data).toContain('name: P 7');
      // A call given up while it waits in turn does not hold up the ones after it.
      const abandoned = new AbortController();
      const slow = call('entriesByFolder', listing);
      const dropped = fetch(`http://127.0.0.1:${port}${LOCAL_BACKEND_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: `http://127.0.0.1:${port}` },
        body: JSON.stringify({ action: 'getEntry', params: { branch: 'main', path: 'content/partners/p-1.md' } }),
        signal: abandoned.signal,
      }).catch(() => 'aborted');
      await new Promise((resolve) => setTimeout(resolve, 30));
      abandoned.abort();
      await expect(dropped).resolves.toBe('aborted');
      await slow;
      expect((await call('getEntry', { path: 'content/partners/p-2.md' })).status).toBe(200);
      // The paths' folder is checked like any other path.
      for (const folder of ['content/../..', '.git', 'src', '/etc'])
        expect((await call('entryPathsByFolder', { ...listing, folder })).status).toBe(422);
      expect((await call('entryPathsByFolder', { ...listing, extension: '../md' })).status).toBe(422);

      // Files are read here on the branch checked out, as decap-server reads them on another one.
      const files = [
        { path: 'content/partners/p-3.md', label: 'P 3' },
        { path: 'content/partners/p-299.md' },
        { path: 'content/partners/missing.md' },
      ];
      const here = await call('entriesByFiles', { files });
      expect(here.status).toBe(200);
      expect(here.body).toMatchObject([
        { data: '---\nname: P 3\n---\n', file: { path: 'content/partners/p-3.md', label: 'P 3' } },
        { data: '---\nname: P 299\n---\n' },
        { data: null, file: { path: 'content/partners/missing.md', id: null } },
      ]);
      execFileSync('git', ['checkout', '--quiet', '-b', 'elsewhere'], { cwd: repo });
      const byDecap = await call('entriesByFiles', { files });
      expect(byDecap).toEqual(here);
      expect(execFileSync('git', ['branch', '--show-current'], { cwd: repo }).toString().trim()).toBe('elsewhere');
      execFileSync('git', ['checkout', '--quiet', 'main'], { cwd: repo });
      // Paths outside the edited folders, or through a link, are refused before anything is read.
      symlinkSync('/etc', join(repo, 'content/partners/etc'));
      for (const path of ['content/../../etc/passwd', '.git/config', 'content/partners/etc/passwd', '/etc/passwd'])
        expect((await call('entriesByFiles', { files: [{ path }] })).status).toBe(422);
    } finally {
      server.close();
      rmSync(repo, { recursive: true, force: true });
    }
  }, 60_000);
});
