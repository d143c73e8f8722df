/**
 * The enablement library's search: the same text index, facet counting and
 * URL state as the partner directory, over resources.
 */
import { library } from './i18n/sections/library.ts';
import type { Locale } from './i18n/locales.ts';
import { nameCollator } from './order.ts';
import { defineFacetedSearch, type FacetValue, type StateOf } from './search/faceted.ts';
import { filterWithCounts } from './search/facets.ts';
import { buildTextIndex, searchText, suggestQuery, type TextIndex } from './search/text-index.ts';

/** The library's facets and sorts; their titles and names are the catalogue's `library.facets` and `library.sorts`. */
export const librarySearch = defineFacetedSearch({
  facets: ['type', 'topic', 'audience', 'tier'],
  info: {
    type: { segment: 'types' },
    topic: { segment: 'topics' },
    audience: { segment: 'audience' },
    tier: { segment: 'tiers' },
  },
  sorts: ['newest', 'title'],
  defaultSort: 'newest',
});

export type LibraryFacet = (typeof librarySearch.facets)[number];
export type LibraryState = StateOf<typeof librarySearch>;

export interface LibraryItem {
  slug: string;
  title: string;
  summary: string;
  /** Day of the latest publication or update, days since 1970-01-01. */
  day: number;
  /** `tier` holds every tier that may use the resource; `audience` every partner type it is for. */
  values: Record<LibraryFacet, number[]>;
  /** Who may use it, in words of the page's language: "Public" or "Silver and above". */
  access: string;
}

export interface LibraryData {
  /** The page's language: its labels, and the order titles are sorted in. */
  locale: Locale;
  facets: Record<LibraryFacet, FacetValue[]>;
  items: LibraryItem[];
}

/** A resource as the library needs it: ids of the values it has, not positions. */
export interface LibraryResource {
  slug: string;
  title: string;
  summary: string;
  /** Day of the latest publication or update, days since 1970-01-01. */
  day: number;
  type: string;
  topics: readonly string[];
  /** Partner types it is written for; empty means every partner. */
  audience: readonly string[];
  /** Lowest tier that may use it; none means public. */
  minimumTier?: string | undefined;
}

/** One library entry with its facet values as positions in `facets`, and who may use it in words of `locale`. */
export function toLibraryItem(resource: LibraryResource, facets: LibraryData['facets'], locale: Locale): LibraryItem {
  const { access } = library[locale];
  const position = (key: LibraryFacet, id: string) => facets[key].findIndex((value) => value.id === id);
  const minimum = resource.minimumTier ? position('tier', resource.minimumTier) : -1;
  return {
    slug: resource.slug,
    title: resource.title,
    summary: resource.summary,
    day: resource.day,
    access: minimum < 0 ? access.public : access.fromTier(facets.tier[minimum]?.label ?? ''),
    values: {
      type: [position('type', resource.type)],
      topic: resource.topics.map((id) => position('topic', id)),
      audience:
        resource.audience.length > 0
          ? resource.audience.map((id) => position('audience', id))
          : facets.audience.map((_, i) => i),
      tier: tiersFrom(minimum < 0 ? undefined : minimum, facets.tier.length),
    },
  };
}

/** Every tier from the minimum up, or all of them for a public resource. */
export function tiersFrom(minimumTier: number | undefined, tierCount: number): number[] {
  const from = minimumTier === undefined || minimumTier < 0 ? 0 : minimumTier;
  return Array.from({ length: Math.max(0, tierCount - from) }, (_, i) => from + i);
}

export interface LibraryIndex {
  data: LibraryData;
  text: TextIndex;
  valueCounts: Record<LibraryFacet, number>;
  valueIds: Record<LibraryFacet, Map<string, number>>;
}

export function buildLibraryIndex(data: LibraryData): LibraryIndex {
  const label = (key: LibraryFacet, value: number) => data.facets[key][value]?.label ?? '';
  return {
    data,
    text: buildTextIndex(
      data.items.map((item) => [
        { text: item.title, weight: 1 },
        { text: item.summary, weight: 0.5 },
        ...(['type', 'topic'] as const).flatMap((key) =>
          item.values[key].map((value) => ({ text: label(key, value), weight: 0.6 })),
        ),
      ]),
    ),
    valueCounts: librarySearch.mapFacets((key) => data.facets[key].length),
    valueIds: librarySearch.valueIds(data.facets),
  };
}

export interface LibraryResult {
  /** Indices of matching items, in the chosen order. */
  order: number[];
  counts: Record<LibraryFacet, Uint32Array>;
  suggestion?: string | undefined;
}

export function queryLibrary(index: LibraryIndex, state: LibraryState): LibraryResult {
  const { items } = index.data;
  const text = searchText(index.text, state.q);
  const candidates = items.map((_, i) => i).filter((i) => (text.scores[i] ?? 0) > 0);
  const selection = librarySearch.selection(index.valueIds, state.filters);
  const { matches, counts } = filterWithCounts(items, candidates, selection, index.valueCounts);
  const { compare } = nameCollator(index.data.locale);
  const byTitle = (a: number, b: number) => compare(items[a]?.title ?? '', items[b]?.title ?? '');
  const order = Array.from(matches).sort(
    state.sort === 'title' ? byTitle : (a, b) => (items[b]?.day ?? 0) - (items[a]?.day ?? 0) || byTitle(a, b),
  );
  return {
    order,
    counts,
    suggestion: state.q.trim() && (text.count === 0 || text.partial) ? suggestQuery(index.text, state.q) : undefined,
  };
}

/**
 * Resources related to one: those sharing the most of its topics, in the
 * order given (newest first) among equals, at most `limit`.
 */
export function relatedResources<T extends { id: string; topics: readonly string[] }>(
  current: T,
  all: readonly T[],
  limit = 4,
): T[] {
  const topics = new Set(current.topics);
  return all
    .filter((other) => other.id !== current.id)
    .map((other) => ({ other, shared: other.topics.filter((topic) => topics.has(topic)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, limit)
    .map(({ other }) => other);
}
