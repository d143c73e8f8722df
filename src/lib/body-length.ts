/**
 * Markdown bodies have a length limit per collection, so a pasted dump or a
 * hostile 5 MB profile fails the build with the file named instead of
 * producing a page nobody can load. Partner profiles are short by design.
 */
import type { contentFiles } from '../content.config';

type ContentCollection = keyof typeof contentFiles;

/** Collections with a limit of their own, by the names src/content.config.ts binds; the rest get the default. */
export const BODY_LIMITS: Readonly<Partial<Record<ContentCollection, number>>> = { partners: 20_000 };
export const DEFAULT_BODY_LIMIT = 100_000;

export interface BodyEntry {
  id: string;
  collection: ContentCollection;
  filePath?: string | undefined;
  body?: string | undefined;
}

export interface OversizedBody {
  file: string;
  length: number;
  max: number;
}

export function findOversizedBodies(entries: readonly BodyEntry[]): OversizedBody[] {
  return entries.flatMap((entry) => {
    const max = BODY_LIMITS[entry.collection] ?? DEFAULT_BODY_LIMIT;
    const length = entry.body?.length ?? 0;
    return length > max ? [{ file: entry.filePath ?? `${entry.collection}/${entry.id}`, length, max }] : [];
  });
}

export function describeOversizedBodies(oversized: readonly OversizedBody[]): string {
  const count = (value: number) => value.toLocaleString('en-GB');
  return [
    `${oversized.length} Markdown bod${oversized.length === 1 ? 'y is' : 'ies are'} too long:`,
    ...oversized.map(
      ({ file, length, max }) => `  ${file} → body: at most ${count(max)} characters, found ${count(length)}`,
    ),
  ].join('\n');
}
