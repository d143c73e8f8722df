/**
 * Sizes of a client company, in users, as site settings list them: what a
 * partner serves, what a review says of its client, a filter of the
 * directory. Partners and reviews name a size by its id; this checks that
 * each one is in the list, as references to entries are checked.
 */

/** What a size's id looks like: a range of users, "11-50", or an open end, "1001+". */
export const CLIENT_SIZE_ID = /^\d{1,7}(?:-\d{1,7}|\+)$/;
export const CLIENT_SIZE_ID_MESSAGE = 'Must be a size of site settings, such as 11-50 or 1001+';

/** The sizes a site starts with. */
export const DEFAULT_CLIENT_SIZES = ['1-10', '11-50', '51-250', '251-1000', '1001+'] as const;

export interface UnknownClientSize {
  file: string;
  field: string;
  id: string;
}

interface SizedEntry {
  id: string;
  collection: string;
  filePath?: string | undefined;
  data: unknown;
}

/** The sizes partners (`clientSizes`) and reviews (`companySize`) name that the settings do not list. */
export function findUnknownClientSizes(
  entries: readonly SizedEntry[],
  known: ReadonlySet<string>,
): UnknownClientSize[] {
  const unknown: UnknownClientSize[] = [];
  for (const entry of entries) {
    const data = entry.data as { clientSizes?: unknown; companySize?: unknown };
    const file = entry.filePath ?? `${entry.collection}/${entry.id}`;
    const named =
      entry.collection === 'partners' && Array.isArray(data.clientSizes)
        ? data.clientSizes.map((id, at) => ({ field: `clientSizes.${at}`, id }))
        : entry.collection === 'reviews'
          ? [{ field: 'companySize', id: data.companySize }]
          : [];
    for (const { field, id } of named) if (typeof id === 'string' && !known.has(id)) unknown.push({ file, field, id });
  }
  return unknown;
}

export function describeUnknownClientSizes(unknown: readonly UnknownClientSize[], known: readonly string[]): string {
  return [
    `${unknown.length} client size${unknown.length === 1 ? '' : 's'} not in site settings (${known.join(', ')}):`,
    ...unknown.map(({ file, field, id }) => `  ${file} → ${field}: no client size "${id}"`),
  ].join('\n');
}
