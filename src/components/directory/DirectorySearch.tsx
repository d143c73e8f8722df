import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  buildDirectoryIndex,
  decodeDirectory,
  directorySearch as search,
  queryDirectory,
  rankedPartners,
  warmUpQueries,
  toCard,
  type DirectoryIndex,
  type DirectoryState,
  type EncodedDirectory,
  type FacetKey,
  type SortKey,
} from '../../lib/directory';
import { directory } from '../../lib/i18n/sections/directory';
import type { Locale } from '../../lib/i18n/locales';
import { toggleFilter } from '../../lib/search/url-state';
import { rememberSearch } from '../../lib/last-search';
import DidYouMean from '../search/DidYouMean';
import SearchFrame, { type SearchTexts } from '../search/SearchFrame';
import { useUrlSearchState } from '../search/useUrlSearchState';
import PartnerCard from './PartnerCard';
import './directory.css';

interface Props {
  /** Address of the directory data in the page's language, built by /partners/directory.json (/ru/partners/…). */
  dataUrl: string;
  /** The page's language. */
  locale: Locale;
  /** The static list, shown until the search is ready and whenever it cannot load. */
  children?: ReactNode;
  /** The id of the page's "we will match you with partners" request, which the empty state points to. */
  matchRequest?: string | undefined;
}

/** Results rendered at first and added by each "Show more". */
const PAGE_SIZE = 24;

export default function DirectorySearch({ dataUrl, locale, children, matchRequest }: Props) {
  const t = directory[locale];
  const texts: SearchTexts<FacetKey, SortKey> = { name: 'partner', ...t.search, facets: t.facets, sorts: t.sorts };
  const [index, setIndex] = useState<DirectoryIndex | null>(null);
  const [failed, setFailed] = useState(false);
  const [visible, setVisible] = useState(PAGE_SIZE);
  const read = useMemo(
    () => (index ? () => search.parse(window.location.search, search.knownIds(index.data.facets)) : null),
    [index],
  );
  const [state, update] = useUrlSearchState<DirectoryState>(search.emptyState(), read, search.serialize);
  useEffect(() => setVisible(PAGE_SIZE), [state]);
  // A proposal request from a profile opened from here says which search led to it.
  useEffect(() => rememberSearch(search.serialize(state)), [state]);

  useEffect(() => {
    let cancelled = false;
    fetch(dataUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`${dataUrl} answered ${response.status}`);
        return response.json() as Promise<EncodedDirectory>;
      })
      .then((encoded) => {
        if (cancelled) return;
        setIndex(buildDirectoryIndex(decodeDirectory(encoded)));
      })
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [dataUrl]);

  // Warm the search for first keystrokes while the page is idle, one query per idle slot; once the visitor has
  // typed, the first keystroke is behind them and a warm-up query would only stand in the way of the next one.
  const typed = useRef(false);
  if (state.q) typed.current = true;
  useEffect(() => {
    if (!index || typed.current) return;
    const queue = warmUpQueries(index);
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 50));
    const cancelIdle = window.cancelIdleCallback ?? window.clearTimeout;
    let handle = 0;
    const next = () => {
      const q = queue.shift();
      if (q === undefined || typed.current) return;
      queryDirectory(index, { ...search.emptyState(), q });
      handle = idle(next);
    };
    handle = idle(next);
    return () => cancelIdle(handle);
  }, [index]);

  const result = useMemo(() => (index ? queryDirectory(index, state) : null), [index, state]);

  if (!index || !result) {
    return (
      <>
        {failed && <p role="alert">{t.loadFailed}</p>}
        {children}
      </>
    );
  }

  const { facets } = index.data;
  const total = result.order.length;
  const activeCount = search.chosenCount(state);
  const label = (key: FacetKey, id: string) => facets[key].find((value) => value.id === id)?.label ?? id;

  const toggle = (key: FacetKey, id: string) => update(toggleFilter(state, key, id), false);

  return (
    <SearchFrame
      texts={texts}
      locale={locale}
      total={total}
      search={search}
      values={facets}
      counts={result.counts}
      state={state}
      onChange={update}
    >
      {total > 0 && (result.ignoredWords.length > 0 || result.suggestion) && (
        <p className="directory-note">
          {result.ignoredWords.length > 0 && `${t.ignoredWords(result.ignoredWords)} `}
          {result.suggestion && (
            <DidYouMean suggestion={result.suggestion} onPick={(q) => update({ ...state, q }, false)} locale={locale} />
          )}
        </p>
      )}

      {total === 0 ? (
        <div className="search-empty">
          <h2>{t.empty.heading}</h2>
          <p>
            {!state.q.trim()
              ? t.empty.noCombination
              : result.textMatches === 0
                ? t.empty.noTextMatch(state.q.trim())
                : t.empty.filteredOut(result.textMatches, state.q.trim())}
          </p>
          {result.suggestion && (
            <p>
              <DidYouMean
                suggestion={result.suggestion}
                onPick={(q) => update({ ...state, q }, false)}
                locale={locale}
              />
            </p>
          )}
          {activeCount > 0 && (
            <>
              <p>{t.empty.tryRemoving}</p>
              <ul>
                {search.facets.flatMap((key) =>
                  state.filters[key].map((id) => (
                    <li key={`${key}:${id}`}>
                      <button type="button" onClick={() => toggle(key, id)}>
                        {t.empty.removeFilter(t.facets[key], label(key, id))}
                      </button>
                    </li>
                  )),
                )}
              </ul>
            </>
          )}
          {state.q.trim() && (
            <p>
              <button type="button" className="button-link" onClick={() => update({ ...state, q: '' }, false)}>
                {t.empty.clearQuery}
              </button>
            </p>
          )}
          {matchRequest && (
            <p>
              <a
                href={`#${matchRequest}`}
                onClick={() => document.getElementById(matchRequest)?.setAttribute('open', '')}
              >
                {t.empty.askTeam}
              </a>
            </p>
          )}
        </div>
      ) : (
        <ul className="result-list" aria-labelledby="partner-results-heading">
          {rankedPartners(index, result, 0, visible).map(({ partner }) => (
            <PartnerCard key={partner.slug} partner={toCard(partner, facets, locale)} locale={locale} />
          ))}
        </ul>
      )}

      {visible < total && (
        <p className="directory-more">
          <button type="button" onClick={() => setVisible(visible + PAGE_SIZE)}>
            {t.showMore(Math.min(PAGE_SIZE, total - visible), total - visible)}
          </button>
        </p>
      )}
    </SearchFrame>
  );
}
