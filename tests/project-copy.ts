/** Throwaway copies of the project for tests that let the CMS write to a repository. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

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

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/** The environment of a child process run as a developer would run it, without Vitest's variables. */
export function developerEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'TEST' && key !== 'NODE_ENV'),
  );
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1' };
}
