/**
 * Checks on the files under `content/` and `public/` before Astro reads
 * them, for what the schemas never see: symbolic links (which would publish
 * whatever they point at), `__proto__` keys, dates the YAML reader would
 * quietly roll over to another day, and uploaded SVG files that could run a
 * script. Each problem names the file, and the field where there is one.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { activeSvgContent } from './svg-safety.ts';

export interface FileProblem {
  file: string;
  field?: string;
  message: string;
}

export const describeProblem = ({ file, field, message }: FileProblem): string =>
  `${file}${field ? ` → ${field}` : ''}: ${message}`;

/** Every file under a folder (relative to `root`), and every symbolic link met on the way, which is not followed. */
export function walk(root: string, folder: string): { files: string[]; links: string[] } {
  const files: string[] = [];
  const links: string[] = [];
  const named = (path: string) => (relative(root, path).startsWith('..') ? path : relative(root, path));
  const visit = (path: string) => {
    const stat = lstatSync(path, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isSymbolicLink()) links.push(named(path));
    else if (stat.isDirectory()) for (const name of readdirSync(path).sort()) visit(join(path, name));
    else if (stat.isFile()) files.push(named(path));
  };
  visit(resolve(root, folder));
  return { files, links };
}

/** The field a line of front matter or YAML sets, such as `verified` or `file` (in a list of downloads). */
function fieldOfLine(line: string): string | undefined {
  return /^\s*(?:-\s+)?["']?([\w$]+)["']?\s*:/.exec(line)?.[1];
}

const DATE_VALUE = /^\s*(?:-\s+)?["']?[\w$]+["']?\s*:\s*["']?(\d{4})-(\d{2})-(\d{2})["']?\s*(?:#.*)?$/;
/** `__proto__` as a key: at the start of a line (or a list item), or inside a flow mapping. */
const PROTO_KEY = /(?:^\s*(?:-\s+)?|[{,]\s*)["']?__proto__["']?\s*:/;

function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Problems in the text of one content file (Markdown front matter or YAML). */
export function contentTextProblems(file: string, text: string): FileProblem[] {
  const problems: FileProblem[] = [];
  const frontMatter = file.endsWith('.md') ? (/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') : text;
  frontMatter.split(/\r?\n/).forEach((line, index) => {
    if (PROTO_KEY.test(line)) {
      problems.push({ file, field: '__proto__', message: `line ${index + 1}: "__proto__" cannot be a field name` });
    }
    const date = DATE_VALUE.exec(line);
    if (date && !isCalendarDay(Number(date[1]), Number(date[2]), Number(date[3]))) {
      problems.push({
        file,
        field: fieldOfLine(line) ?? '',
        message: `${date[1]}-${date[2]}-${date[3]} is not a calendar date`,
      });
    }
  });
  return problems;
}

/** Where content uses an upload: each content file and field that mentions `/uploads/<name>`. */
function usesOf(upload: string, contents: Map<string, string>): string[] {
  const address = `/${upload.replace(/^public\//, '')}`;
  const uses: string[] = [];
  for (const [file, text] of contents) {
    if (!text.includes(address)) continue;
    const line = text.split(/\r?\n/).find((candidate) => candidate.includes(address)) ?? '';
    uses.push(`${file} → ${fieldOfLine(line) ?? 'body'}`);
  }
  return uses;
}

/** Every problem in the content folders and the public folder of a project. */
export function projectFileProblems(root: string, contentFolders: string[], publicFolder = 'public'): FileProblem[] {
  const problems: FileProblem[] = [];
  const contents = new Map<string, string>();
  for (const folder of [...contentFolders, publicFolder]) {
    const { files, links } = walk(root, folder);
    for (const link of links) {
      problems.push({ file: link, message: 'is a symbolic link; put the file itself here' });
    }
    if (folder === publicFolder) {
      for (const file of files.filter((name) => /\.svg$/i.test(name))) {
        const reasons = activeSvgContent(readFileSync(resolve(root, file), 'utf8'));
        if (reasons.length === 0) continue;
        const uses = usesOf(file, contents);
        problems.push({
          file,
          message: `an SVG image must not contain ${reasons.join(', ')}${uses.length ? ` (used by ${uses.join(', ')})` : ''}`,
        });
      }
    } else {
      for (const file of files.filter((name) => /\.(?:md|ya?ml)$/i.test(name))) {
        const text = readFileSync(resolve(root, file), 'utf8');
        contents.set(file, text);
        problems.push(...contentTextProblems(file, text));
      }
    }
  }
  return problems;
}

/** Stops the build with every problem listed, one per line. */
export function assertProjectFiles(root: string, contentFolders: string[], publicFolder = 'public'): void {
  const problems = projectFileProblems(root, contentFolders, publicFolder);
  if (problems.length === 0) return;
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  throw new Error(
    `${count} in content and uploaded files:\n${problems.map((problem) => `  ${describeProblem(problem)}`).join('\n')}`,
  );
}
