/** The built site the site checks read. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const dist = join(process.cwd(), 'dist');

/** Every HTML file under a folder, recursively. */
export function htmlFiles(dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}
