/**
 * Markdown bodies have a length limit per collection, so a pasted dump or a
 * hostile 5 MB profile fails the build with the file named instead of
 * producing a page nobody can load. Partner profiles are short by design.
 */

export const BODY_LIMITS: Readonly<Record<string, number>> = { partners: 20_000 };
export const DEFAULT_BODY_LIMIT = 100_000;

export interface BodyEntry {
  id: string;
  collection: string;
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
