/**
 * Astro's `reference()` only checks the shape of a reference. This finds the
 * references whose target entry does not exist, so a typo in a slug fails the
 * build with the file and field named instead of rendering a broken page.
 */

export interface EntryLike {
  id: string;
  collection: string;
  filePath?: string | undefined;
  data: unknown;
}

export interface BrokenReference {
  file: string;
  field: string;
  collection: string;
  id: string;
}

function isReference(value: unknown): value is { id: string; collection: string } {
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    typeof (value as { id?: unknown }).id === 'string' &&
    typeof (value as { collection?: unknown }).collection === 'string'
  );
}

function* referencesIn(value: unknown, path: string[]): Generator<{ field: string; collection: string; id: string }> {
  if (isReference(value)) {
    yield { field: path.join('.'), collection: value.collection, id: value.id };
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* referencesIn(item, [...path, String(index)]);
  } else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) yield* referencesIn(item, [...path, key]);
  }
}

export function findBrokenReferences(entries: readonly EntryLike[]): BrokenReference[] {
  const existing = new Set(entries.map((entry) => `${entry.collection}/${entry.id}`));
  const broken: BrokenReference[] = [];
  for (const entry of entries) {
    for (const ref of referencesIn(entry.data, [])) {
      if (!existing.has(`${ref.collection}/${ref.id}`)) {
        broken.push({ file: entry.filePath ?? `${entry.collection}/${entry.id}`, ...ref });
      }
    }
  }
  return broken;
}

export function describeBrokenReferences(broken: readonly BrokenReference[]): string {
  return [
    `${broken.length} content reference${broken.length === 1 ? '' : 's'} point${broken.length === 1 ? 's' : ''} at nothing:`,
    ...broken.map((ref) => `  ${ref.file} → ${ref.field}: no ${ref.collection} entry "${ref.id}"`),
  ].join('\n');
}
