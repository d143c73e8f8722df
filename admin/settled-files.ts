/**
 * decap-server saves through Git: a save checks out a draft branch, commits
 * and checks the working branch out again, and publishing merges. The files
 * of `content/` change several times within milliseconds, and the dev
 * server's watcher may read one of them between two of those changes and
 * keep the state it read. Once a backend request is over, the files it
 * touched are announced again, so the content layer reads them as they settled.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files under `dir` (recursively) modified at or after `since` (milliseconds since 1970). */
export function filesChangedSince(dir: string, since: number): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .map((name) => join(dir, name))
    .filter((path) => {
      try {
        const stat = statSync(path);
        // File systems keep modification times to the second on some machines: compare a second early.
        return stat.isFile() && stat.mtimeMs >= since - 1000;
      } catch {
        return false;
      }
    });
}
