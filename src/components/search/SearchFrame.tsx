import type { ReactNode } from 'react';
import { search as searchText } from '../../lib/i18n/sections/search';
import type { Locale } from '../../lib/i18n/locales';
import type { FacetedSearch, FacetedWords, FacetValues } from '../../lib/search/faceted';
import { toggleFilter, type SearchState } from '../../lib/search/url-state';
import FacetFilters from './FacetFilters';
import SearchBox from './SearchBox';

/** The words of one listing's search, in the page's language, from the listing's catalogue section. */
export interface SearchTexts<K extends string, S extends string> extends FacetedWords<K, S> {
  /** Prefix of the element ids, such as "partner"; not shown. */
  name: string;
  /** The search box's label, such as "Search partners". */
  label: string;
  placeholder: string;
  /** Heading of the results, read by screen readers, such as "Partners". */
  heading: string;
  /** How many results there are and for what query, announced as they change: "12 partners for “mail”". */
  status: (count: number, query: string) => string;
}

interface Props<K extends string, S extends string> {
  texts: SearchTexts<K, S>;
  /** The page's language, for the words every search shares. */
  locale: Locale;
  /** How many results there are. */
  total: number;
  search: FacetedSearch<K, S>;
  values: FacetValues<K>;
  counts: Readonly<Record<K, Uint32Array>>;
  state: SearchState<K, S>;
  onChange: (next: SearchState<K, S>, fromTyping: boolean) => void;
  /** The results. */
  children: ReactNode;
}

/**
 * What every faceted listing shows around its results: the search box, the
 * filters with their counts, the live status and the sort, for any search
 * configured with `defineFacetedSearch`.
 */
export default function SearchFrame<K extends string, S extends string>(props: Props<K, S>) {
  const { texts, locale, search, state, onChange } = props;
  const { name } = texts;
  const query = state.q.trim();
  return (
    <div className="search-island">
      <SearchBox
        id={`${name}-search`}
        label={texts.label}
        value={state.q}
        placeholder={texts.placeholder}
        onChange={(q) => onChange({ ...state, q }, true)}
        describedBy={`${name}-search-status`}
      />
      <div className="search-layout">
        <FacetFilters
          locale={locale}
          groups={search.groups(props.values, props.counts, state, texts.facets)}
          onToggle={(key, id) => onChange(toggleFilter(state, key, id), false)}
          onClear={() => onChange({ ...state, filters: search.emptyState().filters }, false)}
        />
        <div>
          <h2 id={`${name}-results-heading`} className="visually-hidden">
            {texts.heading}
          </h2>
          <div className="search-toolbar">
            <p role="status" id={`${name}-search-status`}>
              {texts.status(props.total, query)}
            </p>
            <label>
              {searchText[locale].sortBy}{' '}
              <select
                value={state.sort}
                onChange={(event) => onChange({ ...state, sort: event.target.value as S }, false)}
              >
                {search.sorts.map((sort) => (
                  <option key={sort} value={sort}>
                    {texts.sorts[sort]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {props.children}
        </div>
      </div>
    </div>
  );
}
