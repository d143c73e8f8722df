/**
 * The directory's search state in the URL query string, so a link reproduces
 * a search: ?q=mail&service=mail-migration&service=security&region=siberia&sort=name
 */
import { emptyState, FACETS, SORTS, type DirectoryState, type FacetKey, type SortKey } from './directory.ts';

/** The longest query kept from a URL; anything longer is cut, not refused. */
export const MAX_QUERY_LENGTH = 120;

/**
 * Reads the state from a query string. Values that are not known ids of
 * their facet are dropped, as is an unknown sort, so a mangled link still
 * opens a working search.
 */
export function parseDirectoryState(
  search: string,
  known: Readonly<Record<FacetKey, ReadonlySet<string>>>,
): DirectoryState {
  const params = new URLSearchParams(search);
  const state = emptyState();
  state.q = (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
  for (const key of FACETS) {
    state.filters[key] = [...new Set(params.getAll(key))].filter((id) => known[key].has(id));
  }
  const sort = params.get('sort');
  if (sort && (SORTS as readonly string[]).includes(sort)) state.sort = sort as SortKey;
  return state;
}

/** The query string for a state, "" for the empty state; defaults are left out to keep links short. */
export function serializeDirectoryState(state: DirectoryState): string {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set('q', q);
  for (const key of FACETS) for (const id of state.filters[key]) params.append(key, id);
  if (state.sort !== 'best') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}
