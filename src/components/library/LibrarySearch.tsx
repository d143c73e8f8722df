import { useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  buildLibraryIndex,
  librarySearch as search,
  queryLibrary,
  type LibraryData,
  type LibraryFacet,
  type LibraryState,
} from '../../lib/library';
import { toggleFilter } from '../../lib/search/url-state';
import DidYouMean from '../search/DidYouMean';
import FacetFilters from '../search/FacetFilters';
import SearchBox from '../search/SearchBox';
import { useUrlSearchState } from '../search/useUrlSearchState';
import ResourceCard from './ResourceCard';
import './library.css';

interface Props {
  data: LibraryData;
  /** Formatted date of each item, by slug. */
  dates: Record<string, string>;
  /** The static list, shown until the island is ready. */
  children?: ReactNode;
}

export default function LibrarySearch({ data, dates, children }: Props) {
  const index = useMemo(() => buildLibraryIndex(data), [data]);
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const read = useMemo(
    () => (ready ? () => search.parse(window.location.search, search.knownIds(data.facets)) : null),
    [ready, data],
  );
  const [state, update] = useUrlSearchState<LibraryState>(search.emptyState(), read, search.serialize);
  const result = useMemo(() => queryLibrary(index, state), [index, state]);

  if (!ready) return <>{children}</>;

  const toggle = (key: LibraryFacet, id: string) => update(toggleFilter(state, key, id), false);
  const total = result.order.length;

  return (
    <div className="search-island">
      <SearchBox
        id="resource-search"
        label="Search resources"
        value={state.q}
        placeholder="Migration, commissions, price list…"
        onChange={(q) => update({ ...state, q }, true)}
        describedBy="resource-search-status"
      />
      <div className="search-layout">
        <FacetFilters
          groups={search.groups(data.facets, result.counts, state)}
          onToggle={toggle}
          onClear={() => update({ ...state, filters: search.emptyState().filters }, false)}
        />
        <div>
          <h2 id="resource-results-heading" className="visually-hidden">
            Resources
          </h2>
          <div className="search-toolbar">
            <p role="status" id="resource-search-status">
              {total} {total === 1 ? 'resource' : 'resources'}
              {state.q.trim() && ` for “${state.q.trim()}”`}
            </p>
            <label>
              Sort by{' '}
              <select
                value={state.sort}
                onChange={(event) => update({ ...state, sort: event.target.value as LibraryState['sort'] }, false)}
              >
                {search.sorts.map((sort) => (
                  <option key={sort} value={sort}>
                    {search.sortLabels[sort]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {total === 0 ? (
            <div className="search-empty">
              <p>No resource matches this search.</p>
              {result.suggestion && (
                <p>
                  <DidYouMean suggestion={result.suggestion} onPick={(q) => update({ ...state, q }, false)} />
                </p>
              )}
              <p>
                <button type="button" className="button-link" onClick={() => update(search.emptyState(), false)}>
                  Show every resource
                </button>
              </p>
            </div>
          ) : (
            <ul className="result-list" aria-labelledby="resource-results-heading">
              {result.order.map((i) => {
                const item = data.items[i];
                return item ? (
                  <ResourceCard key={item.slug} item={item} facets={data.facets} date={dates[item.slug] ?? ''} />
                ) : null;
              })}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}
