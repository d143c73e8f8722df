import { useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  buildLibraryIndex,
  emptyLibraryState,
  LIBRARY_FACET_INFO,
  LIBRARY_FACETS,
  libraryStateShape,
  mapLibraryFacets,
  queryLibrary,
  type LibraryData,
  type LibraryFacet,
  type LibraryState,
} from '../../lib/library';
import { parseSearchState, serializeSearchState } from '../../lib/search/url-state';
import FacetFilters from '../search/FacetFilters';
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

const write = (state: LibraryState) => serializeSearchState(state, libraryStateShape);

export default function LibrarySearch({ data, dates, children }: Props) {
  const index = useMemo(() => buildLibraryIndex(data), [data]);
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const read = useMemo(() => {
    if (!ready) return null;
    const known = mapLibraryFacets((key): ReadonlySet<string> => new Set(index.valueIds[key].keys()));
    return () => parseSearchState(window.location.search, libraryStateShape, known);
  }, [ready, index]);
  const [state, update] = useUrlSearchState<LibraryState>(emptyLibraryState(), read, write);
  const result = useMemo(() => queryLibrary(index, state), [index, state]);

  if (!ready) return <>{children}</>;

  const toggle = (key: LibraryFacet, id: string) => {
    const chosen = state.filters[key];
    update(
      {
        ...state,
        filters: { ...state.filters, [key]: chosen.includes(id) ? chosen.filter((v) => v !== id) : [...chosen, id] },
      },
      false,
    );
  };
  const total = result.order.length;

  return (
    <div className="library-search">
      <form className="library-search__box" role="search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="resource-search">Search resources</label>
        <input
          id="resource-search"
          type="search"
          value={state.q}
          maxLength={120}
          autoComplete="off"
          placeholder="Migration, commissions, price list…"
          onChange={(event) => update({ ...state, q: event.target.value }, true)}
        />
      </form>
      <div className="library-search__layout">
        <FacetFilters
          groups={LIBRARY_FACETS.map((key) => ({
            key,
            title: LIBRARY_FACET_INFO[key].title,
            options: data.facets[key].map((value, position) => ({
              id: value.id,
              label: value.label,
              count: result.counts[key][position] ?? 0,
              checked: state.filters[key].includes(value.id),
            })),
          }))}
          onToggle={toggle}
          onClear={() => update({ ...state, filters: emptyLibraryState().filters }, false)}
        />
        <div>
          <h2 id="resource-results-heading" className="visually-hidden">
            Resources
          </h2>
          <div className="library-toolbar">
            <p role="status">
              {total} {total === 1 ? 'resource' : 'resources'}
              {state.q.trim() && ` for “${state.q.trim()}”`}
            </p>
            <label>
              Sort by{' '}
              <select
                value={state.sort}
                onChange={(event) => update({ ...state, sort: event.target.value as LibraryState['sort'] }, false)}
              >
                <option value="newest">Newest first</option>
                <option value="title">Title</option>
              </select>
            </label>
          </div>
          {total === 0 ? (
            <div className="search-empty">
              <p>No resource matches this search.</p>
              {result.suggestion && (
                <p>
                  Did you mean{' '}
                  <button
                    type="button"
                    className="button-link"
                    onClick={() => update({ ...state, q: result.suggestion ?? '' }, false)}
                  >
                    {result.suggestion}
                  </button>
                  ?
                </p>
              )}
              <p>
                <button type="button" className="button-link" onClick={() => update(emptyLibraryState(), false)}>
                  Show every resource
                </button>
              </p>
            </div>
          ) : (
            <ul className="resource-list" aria-labelledby="resource-results-heading">
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
