import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { search as searchText } from '../../lib/i18n/sections/search';
import type { Locale } from '../../lib/i18n/locales';
import type { FacetedSearch, FacetedWords, FacetValues } from '../../lib/search/faceted';
import { toggleFilter, type SearchState } from '../../lib/search/url-state';
import { afterPaint } from './after-paint';
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

interface Props<K extends string, S extends string, T extends SearchState<K, S>> {
  texts: SearchTexts<K, S>;
  /** The page's language, for the words every search shares. */
  locale: Locale;
  /** How many results there are. */
  total: number;
  /** The query the results answer, where they may lag behind the box (answered off the main thread). */
  answeredQuery?: string | undefined;
  search: FacetedSearch<K, S>;
  values: FacetValues<K>;
  /** Each value's count; undefined while not known, when the filters show none. */
  counts: Readonly<Record<K, Uint32Array>> | undefined;
  /** Said in place of how many results there are, while that is not known yet. */
  status?: string | undefined;
  /** The state, which may carry more than the faceted search's (the directory's place to search near). */
  state: T;
  onChange: (next: T, fromTyping: boolean) => void;
  /** The sorts the menu offers now, where some need more than the search (by distance needs a place). */
  sorts?: readonly S[] | undefined;
  /**
   * A state the visitor is about to choose (a filter value under the pointer or in focus), for a search that can
   * answer it before it is asked.
   */
  onForesee?: ((next: T) => void) | undefined;
  /** Controls of the listing's own, between the search box and the results. */
  controls?: ReactNode;
  /** The results. */
  children: ReactNode;
}

/**
 * What every faceted listing shows around its results: the search box, the
 * filters with their counts, the live status and the sort, for any search
 * configured with `defineFacetedSearch`.
 */
export default function SearchFrame<K extends string, S extends string, T extends SearchState<K, S>>(
  props: Props<K, S, T>,
) {
  const { texts, locale, search, state, onChange } = props;
  const { name } = texts;
  const query = (props.answeredQuery ?? state.q).trim();
  // The filter panel keeps its groups and handlers while only the words change, and its counts follow the
  // results once the frame that shows them is painted: a keystroke's results are drawn first, the counts beside them
  // in the next frame.
  const { values } = props;
  const counts = useAfterPaint(props.counts);
  const { filters } = state;
  const groups = useMemo(
    () => search.groups(values, counts, filters, texts.facets),
    [search, values, counts, filters, texts.facets],
  );
  const current = useRef(state);
  current.current = state;
  const onToggle = useCallback(
    (key: K, id: string) => onChange(toggleFilter(current.current, key, id), false),
    [onChange],
  );
  const foreseeing = useRef(props.onForesee);
  foreseeing.current = props.onForesee;
  const onForesee = useCallback(
    (key: K, id: string) => foreseeing.current?.(toggleFilter(current.current, key, id)),
    [],
  );
  const onClear = useCallback(
    () => onChange({ ...current.current, filters: search.emptyState().filters }, false),
    [onChange, search],
  );
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
      {props.controls}
      <div className="search-layout">
        <FacetFilters
          locale={locale}
          groups={groups}
          onToggle={onToggle}
          onForesee={props.onForesee && onForesee}
          onClear={onClear}
        />
        <div>
          <h2 id={`${name}-results-heading`} className="visually-hidden">
            {texts.heading}
          </h2>
          <div className="search-toolbar">
            <p role="status" id={`${name}-search-status`}>
              {props.status ?? texts.status(props.total, query)}
            </p>
            <label>
              {searchText[locale].sortBy}{' '}
              <select
                value={state.sort}
                onChange={(event) => onChange({ ...state, sort: event.target.value as S }, false)}
              >
                {(props.sorts ?? search.sorts).map((sort) => (
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

/**
 * `value`, once the frame that shows what changed with it has been painted: until then, the value before. A newer
 * value before that frame takes its place, so quick typing draws the counts of the last keystroke only.
 */
function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterPaint(() => setShown(() => value));
  }, [value, shown]);
  return shown;
}
