/**
 * The directory's search state in the URL query string, so a link reproduces
 * a search: ?q=mail&service=mail-migration&service=security&region=siberia&sort=name
 */
import { FACETS, SORTS, type DirectoryState, type FacetKey, type SortKey } from './directory.ts';
import { parseSearchState, serializeSearchState, type SearchStateShape } from './search/url-state.ts';

export { MAX_QUERY_LENGTH } from './search/url-state.ts';

const shape: SearchStateShape<FacetKey, SortKey> = { facets: FACETS, sorts: SORTS, defaultSort: 'best' };

export const parseDirectoryState = (
  search: string,
  known: Readonly<Record<FacetKey, ReadonlySet<string>>>,
): DirectoryState => parseSearchState(search, shape, known);

export const serializeDirectoryState = (state: DirectoryState): string => serializeSearchState(state, shape);
