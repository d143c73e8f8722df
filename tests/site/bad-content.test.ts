/**
 * A bad content file must stop the build and name the file and the field.
 * Each case builds the site with one broken partner file (through
 * PARTNERS_DIR, so the repository's content stays untouched).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWithPartners } from '../build-partners';
import { copyOfProject, developerEnv } from '../project-copy';

const valid = readFileSync('content/partners/baikal-digital.md', 'utf8');
const work = mkdtempSync(join(tmpdir(), 'bad-content-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

const buildWith = (markdown: string) => buildWithPartners(work, { 'broken-partner': markdown });

describe('a bad partner file fails the build, naming the file and the field', () => {
  it.each([
    ['an unknown tier', valid.replace('tier: gold', 'tier: diamond'), 'tier', 'no tiers entry "diamond"'],
    [
      'an unknown service',
      valid.replace('  - mail-migration', '  - carrier-pigeons'),
      'services.0',
      'no services entry "carrier-pigeons"',
    ],
    [
      'a javascript: website',
      valid.replace('https://baikal-digital.example', 'javascript:alert(1)'),
      'website',
      'http:// or https://',
    ],
    ['a bad email', valid.replace('hello@baikal-digital.example', 'hello@'), 'email', 'email address'],
    [
      'a summary over 200 characters',
      valid.replace(/^summary: .*(?:\n[ \t]+.*)*/m, `summary: ${'Long '.repeat(50)}`),
      'summary',
      'at most 200',
    ],
    [
      'an office in a city the gazetteer does not have',
      valid.replace(/^ {2}- city: irkutsk$/m, '  - city: atlantis'),
      'offices.0.city',
      'no cities entry "atlantis"',
    ],
    [
      'a client size the site settings do not list',
      valid.replace(/^ {2}- 51-250$/m, '  - 50-250'),
      'clientSizes.1',
      'no client size "50-250"',
    ],
    ['a negative smallest project', valid.replace(/^minProject: .*$/m, 'minProject: -5000'), 'minProject', '0 or more'],
    [
      'a verification date in the future',
      valid.replace(/^verified: .*$/m, 'verified: 2999-01-01'),
      'verified',
      'future',
    ],
  ])('%s', (_case, markdown, field, message) => {
    const { status, output } = buildWith(markdown);
    expect(status).not.toBe(0);
    expect(output).toContain('broken-partner');
    expect(output).toContain(field);
    expect(output).toContain(message);
  });
});

describe('a bad city fails the build, naming the file and the field', () => {
  it('a latitude beyond the pole', () => {
    const repo = copyOfProject();
    try {
      const kazan = join(repo, 'content/cities/en/kazan.yaml');
      writeFileSync(kazan, readFileSync(kazan, 'utf8').replace(/^latitude: .*$/m, 'latitude: 95.79'));
      const build = spawnSync('npx', ['astro', 'build'], {
        cwd: repo,
        env: developerEnv(),
        encoding: 'utf8',
        timeout: 180_000,
      });
      const output = `${build.stdout}\n${build.stderr}`;
      expect(build.status).not.toBe(0);
      expect(output).toContain('content/cities/en/kazan.yaml');
      expect(output).toContain('latitude');
      expect(output).toContain('Must be 90 or less');
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  }, 200_000);
});

describe('hostile Markdown in a partner profile renders inert', () => {
  it('keeps raw HTML as text and drops unsafe link addresses', () => {
    const hostile = `${valid}
<script>alert('body')</script>

<img src=x onerror="alert('img')">

<iframe src="https://evil.example"></iframe>

[call us](javascript:alert('link')) and [brochure](data:text/html;base64,PHNjcmlwdD4=)
`;
    const { status, output, dist } = buildWith(hostile);
    expect(status, output).toBe(0);
    const html = readFileSync(join(dist, 'partners', 'broken-partner', 'index.html'), 'utf8');
    // The profile's own content, without the site's folded forms (checked in hostile-content.test.ts).
    const main = html
      .slice(html.indexOf('<main'), html.indexOf('</main>'))
      .replace(/<details class="folded-form"[\s\S]*?<\/details>/g, '')
      .replace(/<script type="module" src="\/_astro\/CompareTray\.[^"]+"><\/script>/, '');
    // Real tags only: the escaped text of the attempt ("&lt;script&gt;") is what should remain.
    expect(main).not.toMatch(/<script|<iframe|<img src=x|<[^>]+\son\w+=|href="(javascript|data):/i);
    expect(main).toContain('&lt;script&gt;');
    expect(main).toContain('call us');
  });
});
