import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isEditablePath, refuseAction, refuseOrigin } from './backend-guard';

const repo = mkdtempSync(join(tmpdir(), 'backend-guard-'));
for (const folder of ['content/partners', 'public/uploads', 'src/pages', '.git']) {
  mkdirSync(join(repo, folder), { recursive: true });
}
writeFileSync(join(repo, 'content/partners/a.md'), '---\n---\n');
symlinkSync('/etc', join(repo, 'content/etc'));
symlinkSync(join(repo, '.git'), join(repo, 'public/uploads/git'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('origin', () => {
  it('accepts the admin app of the same dev server', () => {
    expect(refuseOrigin('http://127.0.0.1:4321', '127.0.0.1:4321')).toBeUndefined();
    expect(refuseOrigin('http://localhost:4321', 'localhost:4321')).toBeUndefined();
  });

  it.each([
    ['another local dev server', 'http://localhost:3000', 'localhost:4321'],
    ['the other loopback name', 'http://localhost:4321', '127.0.0.1:4321'],
    ['a site on the internet', 'https://attacker.example', '127.0.0.1:4321'],
    ['a sandboxed frame or file page', 'null', '127.0.0.1:4321'],
    ['https on the same host', 'https://127.0.0.1:4321', '127.0.0.1:4321'],
    ['no origin at all', undefined, '127.0.0.1:4321'],
    ['a prefix of the host', 'http://127.0.0.1:4321.attacker.example', '127.0.0.1:4321'],
  ])('refuses %s', (_, origin, host) => {
    expect(refuseOrigin(origin, host)?.status).toBe(403);
  });
});

describe('paths', () => {
  it.each([
    'content/partners/a.md',
    'content/partners/new-partner.md',
    'content/partners',
    'public/uploads',
    'public/uploads/logo.svg',
    'content/./partners/a.md',
  ])('allows %s', (path) => {
    expect(isEditablePath(repo, path)).toBe(true);
  });

  it.each([
    ['the Git configuration', '.git/config'],
    ['a page that the dev server would run', 'src/pages/x.astro'],
    ['the Astro configuration', 'astro.config.mjs'],
    ['package.json', 'package.json'],
    ['node_modules', 'node_modules/astro/package.json'],
    ['a way up and back in', 'content/../.git/config'],
    ['a way out', '../../etc/passwd'],
    ['an absolute path', '/etc/passwd'],
    ['a folder beside uploads', 'public/favicon.svg'],
    ['a name that only starts like content', 'contents/x.md'],
    ['a hidden file inside content', 'content/.env'],
    ['a link inside content', 'content/etc/passwd'],
    ['a link to .git inside uploads', 'public/uploads/git/config'],
    ['a backslash', 'content\\..\\.git\\config'],
    ['a NUL byte', 'content/a.md\u0000.astro'],
    ['an empty path', ''],
    ['a number', 42],
  ])('refuses %s', (_, path) => {
    expect(isEditablePath(repo, path)).toBe(false);
  });
});

describe('actions', () => {
  const persistMedia = (path: string) => ({
    action: 'persistMedia',
    params: { branch: 'main', asset: { path, content: 'eA==', encoding: 'base64' }, options: { commitMessage: 'x' } },
  });

  it('lets the admin app’s calls through', () => {
    expect(refuseAction(repo, { action: 'info' })).toBeUndefined();
    expect(refuseAction(repo, persistMedia('public/uploads/logo.png'))).toBeUndefined();
    const save = {
      action: 'persistEntry',
      params: {
        branch: 'main',
        dataFiles: [{ slug: 'a', path: 'content/partners/a.md', raw: 'x' }],
        assets: [{ path: 'public/uploads/logo.png', content: 'eA==', encoding: 'base64' }],
        options: { collectionName: 'partners', commitMessage: 'Update', useWorkflow: true, status: 'draft' },
      },
    };
    expect(refuseAction(repo, save)).toBeUndefined();
  });

  it.each([
    ['writing a page through persistMedia', persistMedia('src/pages/x.astro')],
    ['reading .git/config through getEntry', { action: 'getEntry', params: { branch: 'main', path: '.git/config' } }],
    [
      'a data file moved out of content',
      {
        action: 'persistEntry',
        params: {
          branch: 'main',
          dataFiles: [{ slug: 'a', path: 'content/partners/a.md', newPath: 'astro.config.mjs', raw: 'x' }],
          assets: [],
          options: { commitMessage: 'x', useWorkflow: false, status: 'draft' },
        },
      },
    ],
    [
      'deleting outside',
      { action: 'deleteFiles', params: { branch: 'main', paths: ['content/a.md', 'package.json'] } },
    ],
    ['listing the repository', { action: 'entriesByFolder', params: { branch: 'main', folder: '.', extension: 'md' } }],
    [
      'a branch that is an option',
      { action: 'getMedia', params: { branch: '--upload-pack=x', mediaFolder: 'public/uploads' } },
    ],
    [
      'a slug climbing up',
      { action: 'publishUnpublishedEntry', params: { branch: 'main', collection: 'x', slug: '../../main' } },
    ],
    ['an unknown action', { action: 'runCommand', params: { branch: 'main' } }],
    ['an action as an array', { action: ['info'] }],
    ['no body', null],
  ])('refuses %s', (_, body) => {
    expect(refuseAction(repo, body)?.status).toBe(422);
  });
});
