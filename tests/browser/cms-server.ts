/**
 * Serves a built site together with the local CMS backend for a repository,
 * on a loopback port: what `npm start` offers, without the dev server.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import express from 'express';
import { createLocalBackend } from '../../admin/local-backend.ts';

export interface CmsServer {
  url: string;
  close: () => Promise<void>;
}

export async function startCmsServer(distDir: string, repoDir: string): Promise<CmsServer> {
  const app = express();
  app.use(await createLocalBackend(repoDir));
  app.use(express.static(distDir));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

const SKIPPED = new Set(['node_modules', 'dist', '.git', '.astro', 'bench-results', 'coverage']);

/** A copy of the project in a new Git repository on branch main, sharing node_modules. */
export function copyOfProject(root = process.cwd()): string {
  const copy = mkdtempSync(join(tmpdir(), 'portal-cms-'));
  cpSync(root, copy, {
    recursive: true,
    filter: (source) => !SKIPPED.has(relative(root, source).split(/[\\/]/)[0] ?? ''),
  });
  symlinkSync(resolve(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: copy, stdio: 'pipe' });
  git('init', '--quiet', '--initial-branch', 'main');
  git('config', 'user.email', 'editor@polynya.example');
  git('config', 'user.name', 'Portal Editor');
  git('config', 'commit.gpgsign', 'false');
  git('add', '--all');
  git('commit', '--quiet', '--message', 'Portal content');
  return copy;
}
