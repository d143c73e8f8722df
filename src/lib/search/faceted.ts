/**
 * One faceted search, configured per listing: the facets with their path
 * segments, and the sorts. From the configuration come the state shape,
 * the URL form of a state, the valid ids, the selection as value positions,
 * the totals for static filter links and the groups the filter panel draws.
 * The directory and the library each configure one and keep only what is
 * really theirs: what they search and how they rank. The configuration holds
 * no words: each facet's title and each sort's name come in the page's
 * language from the listing's catalogue section (`FacetedWords`).
 */
import { parseSearchState, serializeSearchState, type SearchState } from './url-state.ts';
import type { FacetSelection } from './facets.ts';

export interface FacetValue {
  id: string;
  label: string;
  /** Badge colour, for tiers. */
  colour?: string | undefined;
  /** The label in the other languages: searched too, never shown. */
  aliases?: string[] | undefined;
}

export interface FacetInfo {
  /** Path segment of the static filter pages, such as "services" in /partners/services/mail-migration/. */
  segment: string;
}

export interface FacetedConfig<K extends string, S extends string> {
  facets: readonly K[];
  info: Readonly<Record<K, FacetInfo>>;
  sorts: readonly S[];
  defaultSort: S;
}

/** A configured search's words in one language: each facet's title (fieldset, link group) and each sort's name. */
export interface FacetedWords<K extends string, S extends string> {
  facets: Readonly<Record<K, string>>;
  sorts: Readonly<Record<S, string>>;
}

/** A facet's values with how many items carry each. */
export interface FacetTotal {
  id: string;
  label: string;
  count: number;
}

/** One facet's links to the static listing of each of its values, for visitors without JavaScript. */
export interface FilterLinkGroup {
  title: string;
  /** Open when the page is filtered by one of its values. */
  current: boolean;
  links: { href: string; label: string; count: number; current: boolean }[];
}

export interface FacetGroup<K extends string> {
  key: K;
  title: string;
  /** `count` is undefined while the counts are not known (the directory's later pieces are still loading). */
  options: { id: string; label: string; count: number | undefined; checked: boolean }[];
}

export type FacetValues<K extends string> = Readonly<Record<K, readonly FacetValue[]>>;

/** Everything a listing's search needs that follows from its facets and sorts. */
export function defineFacetedSearch<const K extends string, const S extends string>(config: FacetedConfig<K, S>) {
  type State = SearchState<K, S>;
  const mapFacets = <T>(make: (key: K, position: number) => T): Record<K, T> =>
    Object.fromEntries(config.facets.map((key, position) => [key, make(key, position)])) as Record<K, T>;
  const shape = { facets: config.facets, sorts: config.sorts, defaultSort: config.defaultSort };

  return {
    ...config,
    mapFacets,

    emptyState: (): State => ({ q: '', filters: mapFacets(() => []), sort: config.defaultSort }),

    /** Position of each value id, per facet. */
    valueIds: (values: FacetValues<K>): Record<K, Map<string, number>> =>
      mapFacets((key) => new Map(values[key].map((value, position) => [value.id, position]))),

    /** The ids a URL may name, per facet. */
    knownIds: (values: FacetValues<K>): Record<K, ReadonlySet<string>> =>
      mapFacets((key): ReadonlySet<string> => new Set(values[key].map((value) => value.id))),

    /** Reads a state from a query string; unknown ids and sorts are dropped. */
    parse: (search: string, known: Readonly<Record<K, ReadonlySet<string>>>): State =>
      parseSearchState(search, shape, known),

    /** The query string for a state, "" for the empty one. */
    serialize: (state: State): string => serializeSearchState(state, shape),

    /** The chosen ids as value positions, for counting and filtering. */
    selection: (valueIds: Readonly<Record<K, Map<string, number>>>, filters: State['filters']): FacetSelection<K> =>
      mapFacets((key) => filters[key].map((id) => valueIds[key].get(id)).filter((value) => value !== undefined)),

    /** How many filter values are chosen in all. */
    chosenCount: (state: State): number => config.facets.reduce((sum, key) => sum + state.filters[key].length, 0),

    /** Items per facet value over a whole list, for the static filter links. */
    totals: (
      values: FacetValues<K>,
      items: readonly { values: Readonly<Record<K, readonly number[]>> }[],
    ): Record<K, FacetTotal[]> =>
      mapFacets((key) => {
        const counts = new Array<number>(values[key].length).fill(0);
        for (const item of items) for (const value of item.values[key]) counts[value] = (counts[value] ?? 0) + 1;
        return values[key].map((value, position) => ({
          id: value.id,
          label: value.label,
          count: counts[position] ?? 0,
        }));
      }),

    /**
     * Links to each value's static listing under `base` (such as /partners/ or /ru/partners/), marking the one
     * this page lists; `titles` are the facets' titles in the page's language.
     */
    linkGroups: (
      totals: Readonly<Record<K, readonly FacetTotal[]>>,
      base: string,
      titles: Readonly<Record<K, string>>,
      current?: { facet: K; id: string },
    ): FilterLinkGroup[] =>
      config.facets.map((key) => ({
        title: titles[key],
        current: current?.facet === key,
        links: totals[key].map((value) => ({
          href: `${base}${config.info[key].segment}/${value.id}/`,
          label: value.label,
          count: value.count,
          current: current?.facet === key && current.id === value.id,
        })),
      })),

    /**
     * The filter panel's groups: each facet's values, their counts under the current search and whether chosen;
     * `titles` are the facets' titles in the page's language.
     */
    groups: (
      values: FacetValues<K>,
      counts: Readonly<Record<K, Uint32Array>> | undefined,
      filters: State['filters'],
      titles: Readonly<Record<K, string>>,
    ): FacetGroup<K>[] =>
      config.facets.map((key) => ({
        key,
        title: titles[key],
        options: values[key].map((value, position) => ({
          id: value.id,
          label: value.label,
          count: counts && (counts[key][position] ?? 0),
          checked: filters[key].includes(value.id),
        })),
      })),
  };
}

export type FacetedSearch<K extends string, S extends string> = ReturnType<typeof defineFacetedSearch<K, S>>;
/** The state of a configured search. */
export type StateOf<F> = F extends FacetedSearch<infer K, infer S> ? SearchState<K, S> : never;
