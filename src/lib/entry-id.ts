/**
 * Entry ids are file names. A name that is not already an id (lowercase
 * letters, digits, hyphens) is refused rather than turned into one, so
 * `Baikal-Digital.md` or `baikal-digital~.md` can never take the place of
 * `baikal-digital.md`: the build stops and names both files.
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What a loose name would read as once lowercased and stripped of other characters. */
export const looseId = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** The entry id of a file in a content folder, or an error naming the file (and the entry it would shadow). */
export function entryId(entry: string, base: URL): string {
  const extension = /\.[^./]+$/.exec(entry)?.[0] ?? '';
  const name = entry.slice(0, entry.length - extension.length);
  if (ENTRY_ID.test(name)) return name;
  const shown = (file: string) => {
    const path = fileURLToPath(new URL(file, base));
    return relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path);
  };
  const twin = `${looseId(name)}${extension}`;
  const shadows = existsSync(new URL(twin, base)) ? `; it would read as the id of ${shown(twin)}` : '';
  throw new Error(
    `${shown(entry)}: a content file name must be lowercase letters, digits and hyphens, such as ${looseId(name) || 'new-entry'}${extension}${shadows}`,
  );
}
