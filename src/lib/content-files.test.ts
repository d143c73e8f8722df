import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assertProjectFiles, contentTextProblems, describeProblem, projectFileProblems } from './content-files';

let root: string | undefined;
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-files-'));
  root = dir;
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

const partner = (frontMatter: string, body = 'About us.') =>
  `---\nname: Baikal Digital\n${frontMatter}\n---\n${body}\n`;

describe('content text', () => {
  it.each([
    ['a __proto__ key', '__proto__:\n  admin: true', '__proto__'],
    ['a quoted __proto__ key', '"__proto__": { admin: true }', '__proto__'],
    ['a __proto__ key in a flow mapping', 'links: { __proto__: 1 }', '__proto__'],
  ])('refuses %s, naming the file', (_, frontMatter, field) => {
    const problems = contentTextProblems('content/partners/x.md', partner(frontMatter));
    expect(problems.map(describeProblem).join('\n')).toContain(`content/partners/x.md → ${field}`);
  });

  it.each([
    ['30 February', 'verified: 2024-02-30', 'verified'],
    ['29 February of a common year', 'verified: 2025-02-29', 'verified'],
    ['month 13', "published: '2024-13-01'", 'published'],
    ['day 0', 'updated: "2024-05-00"', 'updated'],
  ])('refuses %s, naming the field', (_, frontMatter, field) => {
    const [problem] = contentTextProblems('content/resources/y.md', partner(frontMatter));
    expect(problem).toMatchObject({ file: 'content/resources/y.md', field });
    expect(problem?.message).toContain('is not a calendar date');
  });

  it('accepts real dates, and text that only mentions prototypes or dates in the body', () => {
    const text = partner(
      'verified: 2024-02-29\npublished: 2026-01-31 # launch',
      'Our __proto__: notes from 2024-02-30.',
    );
    expect(contentTextProblems('content/partners/x.md', text)).toEqual([]);
  });
});

describe('project files', () => {
  it('refuses symbolic links under content/ and public/, without following them', () => {
    const dir = project({ 'content/partners/a.md': partner('verified: 2024-01-01'), 'public/uploads/a.csv': 'a,b' });
    symlinkSync('/etc/hostname', join(dir, 'public/uploads/x.csv'));
    symlinkSync(dir, join(dir, 'public/uploads/loop'));
    symlinkSync('/etc/passwd', join(dir, 'content/partners/b.md'));
    const files = projectFileProblems(dir, ['content']).map((problem) => problem.file);
    expect(files.sort()).toEqual(['content/partners/b.md', 'public/uploads/loop', 'public/uploads/x.csv']);
  });

  it('refuses an active SVG upload, naming the file, what is wrong and where content uses it', () => {
    const dir = project({
      'content/partners/a.md': partner('logo: /uploads/evil.svg'),
      'content/resources/r.md': partner('downloads:\n  - label: Logo\n    file: /uploads/evil.svg'),
      'content/pages/p.md': partner('', 'See [our logo](/uploads/evil.svg).'),
      'public/uploads/evil.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      'public/uploads/fine.svg': '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>',
    });
    const problems = projectFileProblems(dir, ['content']);
    expect(problems).toHaveLength(1);
    const text = problems.map(describeProblem).join('\n');
    expect(text).toContain('public/uploads/evil.svg');
    expect(text).toContain('<script>');
    expect(text).toContain('content/partners/a.md → logo');
    expect(text).toContain('content/resources/r.md → file');
    expect(text).toContain('content/pages/p.md → body');
  });

  it('stops the build with every problem listed', () => {
    const dir = project({ 'content/partners/a.md': partner('verified: 2024-02-30\n__proto__: 1') });
    expect(() => assertProjectFiles(dir, ['content'])).toThrow(
      /^2 problems in content and uploaded files:\n {2}content\/partners\/a.md → verified: .*\n {2}content\/partners\/a.md → __proto__: /,
    );
  });

  it('passes the sample content', () => {
    expect(projectFileProblems(process.cwd(), ['content'])).toEqual([]);
  });
});
