/**
 * The partners a visitor puts side by side: at most three, kept in the
 * browser across the directory, the profiles and reloads, and in the
 * comparison's address (`/partners/compare/?ids=a,b,c`). Pure: the browser's
 * storage is `src/components/compare/compare-store.ts`, the comparison itself
 * `comparison.ts`. Small on purpose: profiles load it with the "Compare" button.
 */
/** At most three: as many as one proposal request names, so the comparison can ask all of them at once. */
export const MAX_COMPARED = 3;

/** A partner chosen for comparison: its id, and its name for the tray. */
export interface Compared {
  slug: string;
  name: string;
}

/** What a partner id looks like: the file name of its profile. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG = 120;

const isSlug = (text: string) => text.length <= MAX_SLUG && SLUG.test(text);

/** The list with `partner` added at the end, or taken out if it was in; full lists stay as they are. */
export function toggleCompared(list: readonly Compared[], partner: Compared): Compared[] {
  if (list.some((item) => item.slug === partner.slug)) return list.filter((item) => item.slug !== partner.slug);
  return list.length >= MAX_COMPARED ? [...list] : [...list, partner];
}

/**
 * A stored list as it reads back: anything but an array of partners with a valid id and a name of plain length is
 * dropped, duplicates and the partners past the third too.
 */
export function readCompared(stored: unknown): Compared[] {
  if (!Array.isArray(stored)) return [];
  const seen = new Set<string>();
  const list: Compared[] = [];
  for (const item of stored as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { slug, name } = item as Record<string, unknown>;
    if (typeof slug !== 'string' || typeof name !== 'string' || !isSlug(slug) || seen.has(slug)) continue;
    if (name.length === 0 || name.length > 200) continue;
    seen.add(slug);
    list.push({ slug, name });
    if (list.length === MAX_COMPARED) break;
  }
  return list;
}

/** The ids in a comparison's address, in order: valid ids only, each once, at most three. */
export function parseCompareIds(search: string): string[] {
  const text = new URLSearchParams(search).get('ids') ?? '';
  return [...new Set(text.split(',').map((id) => id.trim()))].filter(isSlug).slice(0, MAX_COMPARED);
}

/** The comparison's address for these partners, from the place the directory searched near, if any. */
export function compareHref(base: string, slugs: readonly string[], near = ''): string {
  const params = new URLSearchParams({ ids: slugs.join(',') });
  if (near) params.set('near', near);
  return `${base}?${params.toString().replace(/%2C/g, ',')}`;
}
