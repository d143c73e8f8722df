/**
 * A search's state in the URL query string, so a link reproduces it:
 * ?q=mail&service=mail-migration&service=security&region=siberia&sort=name
 * Shared by the partner directory and the resource library.
 */

/** The longest query kept from a URL; anything longer is cut, not refused. */
export const MAX_QUERY_LENGTH = 120;

export interface SearchState<K extends string, S extends string> {
  q: string;
  /** Chosen value ids per facet. */
  filters: Record<K, string[]>;
  sort: S;
}

export interface SearchStateShape<K extends string, S extends string> {
  facets: readonly K[];
  sorts: readonly S[];
  defaultSort: S;
}

/**
 * Reads the state from a query string. Values that are not known ids of
 * their facet are dropped, as is an unknown sort, so a mangled link still
 * opens a working search.
 */
export function parseSearchState<K extends string, S extends string>(
  search: string,
  shape: SearchStateShape<K, S>,
  known: Readonly<Record<K, ReadonlySet<string>>>,
): SearchState<K, S> {
  const params = new URLSearchParams(search);
  const filters = Object.fromEntries(
    shape.facets.map((key) => [key, [...new Set(params.getAll(key))].filter((id) => known[key].has(id))]),
  ) as Record<K, string[]>;
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    filters,
    sort: sort && (shape.sorts as readonly string[]).includes(sort) ? (sort as S) : shape.defaultSort,
  };
}

/** The query string for a state, "" for the empty state; defaults are left out to keep links short. */
export function serializeSearchState<K extends string, S extends string>(
  state: SearchState<K, S>,
  shape: SearchStateShape<K, S>,
): string {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set('q', q);
  for (const key of shape.facets) for (const id of state.filters[key]) params.append(key, id);
  if (state.sort !== shape.defaultSort) params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The state with one facet value chosen, or unchosen if it was. */
export function toggleFilter<K extends string, S extends string, T extends SearchState<K, S>>(
  state: T,
  key: K,
  id: string,
): T {
  const chosen = state.filters[key];
  return {
    ...state,
    filters: {
      ...state.filters,
      [key]: chosen.includes(id) ? chosen.filter((value) => value !== id) : [...chosen, id],
    },
  };
}
