import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { library } from '../../lib/i18n/sections/library';
import type { Locale } from '../../lib/i18n/locales';
import {
  buildLibraryIndex,
  librarySearch as search,
  queryLibrary,
  type LibraryData,
  type LibraryFacet,
  type LibraryState,
} from '../../lib/library';
import DidYouMean from '../search/DidYouMean';
import SearchFrame, { type SearchTexts } from '../search/SearchFrame';
import { useUrlSearchState } from '../search/useUrlSearchState';
import ResourceCard from './ResourceCard';
import './library.css';

interface Props {
  data: LibraryData;
  /** Formatted date of each item, by slug. */
  dates: Record<string, string>;
  /** The language of the page. */
  locale: Locale;
  /** The static list, shown until the island is ready. */
  children?: ReactNode;
}

export default function LibrarySearch({ data, dates, locale, children }: Props) {
  const t = library[locale];
  const texts: SearchTexts<LibraryFacet, LibraryState['sort']> = {
    name: 'resource',
    label: t.search.label,
    placeholder: t.search.placeholder,
    heading: t.search.heading,
    status: t.search.status,
    facets: t.facets,
    sorts: t.sorts,
  };
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

  const total = result.order.length;

  return (
    <SearchFrame
      texts={texts}
      locale={locale}
      total={total}
      search={search}
      values={data.facets}
      counts={result.counts}
      state={state}
      onChange={update}
    >
      {total === 0 ? (
        <div className="search-empty">
          <p>{t.search.noMatch}</p>
          {result.suggestion && (
            <p>
              <DidYouMean
                suggestion={result.suggestion}
                onPick={(q) => update({ ...state, q }, false)}
                locale={locale}
              />
            </p>
          )}
          <p>
            <button type="button" className="button-link" onClick={() => update(search.emptyState(), false)}>
              {t.search.showAll}
            </button>
          </p>
        </div>
      ) : (
        <ul className="result-list" aria-labelledby="resource-results-heading">
          {result.order.map((i) => {
            const item = data.items[i];
            return item ? (
              <ResourceCard
                key={item.slug}
                item={item}
                facets={data.facets}
                date={dates[item.slug] ?? ''}
                locale={locale}
              />
            ) : null;
          })}
        </ul>
      )}
    </SearchFrame>
  );
}
