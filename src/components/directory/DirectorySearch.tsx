import { useEffect, useMemo, useState, type ReactNode } from 'react';
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
} from '../../lib/directory';
import { toggleFilter } from '../../lib/search/url-state';
import DidYouMean from '../search/DidYouMean';
import SearchFrame, { type SearchTexts } from '../search/SearchFrame';
import { useUrlSearchState } from '../search/useUrlSearchState';
import PartnerCard from './PartnerCard';
import './directory.css';

interface Props {
  /** Address of the directory data built by /partners/directory.json. */
  dataUrl: string;
  /** The static list, shown until the search is ready and whenever it cannot load. */
  children?: ReactNode;
}

const TEXTS: SearchTexts = {
  name: 'partner',
  label: 'Search partners',
  placeholder: 'Company, city, service or language',
  heading: 'Partners',
  one: 'partner',
  many: 'partners',
};

/** Results rendered at first and added by each "Show more". */
const PAGE_SIZE = 24;

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

export default function DirectorySearch({ dataUrl, children }: Props) {
  const [index, setIndex] = useState<DirectoryIndex | null>(null);
  const [failed, setFailed] = useState(false);
  const [visible, setVisible] = useState(PAGE_SIZE);
  const read = useMemo(
    () => (index ? () => search.parse(window.location.search, search.knownIds(index.data.facets)) : null),
    [index],
  );
  const [state, update] = useUrlSearchState<DirectoryState>(search.emptyState(), read, search.serialize);
  useEffect(() => setVisible(PAGE_SIZE), [state]);

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

  // Warm the search for first keystrokes while the page is idle, one query per idle slot.
  useEffect(() => {
    if (!index) return;
    const queue = warmUpQueries(index);
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 50));
    const cancelIdle = window.cancelIdleCallback ?? window.clearTimeout;
    let handle = 0;
    const next = () => {
      const q = queue.shift();
      if (q === undefined) return;
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
        {failed && <p role="alert">The search could not load. The full list of partners is below.</p>}
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
      texts={TEXTS}
      total={total}
      search={search}
      values={facets}
      counts={result.counts}
      state={state}
      onChange={update}
    >
      {total > 0 && (result.ignoredWords.length > 0 || result.suggestion) && (
        <p className="directory-note">
          {result.ignoredWords.length > 0 &&
            `No partner matches ${result.ignoredWords.map((word) => `“${word}”`).join(' or ')}, so these results match your other words. `}
          {result.suggestion && (
            <>
              <DidYouMean suggestion={result.suggestion} onPick={(q) => update({ ...state, q }, false)} />
            </>
          )}
        </p>
      )}

      {total === 0 ? (
        <div className="search-empty">
          <h2>No partner matches this search</h2>
          <p>
            {!state.q.trim()
              ? 'No partner offers every combination of filters you chose.'
              : result.textMatches === 0
                ? `No partner name, city, service, region, industry, language or description matches “${state.q.trim()}”.`
                : `${plural(result.textMatches, 'partner matches', 'partners match')} “${state.q.trim()}”, but none of them with the chosen filters.`}
          </p>
          {result.suggestion && (
            <p>
              <DidYouMean suggestion={result.suggestion} onPick={(q) => update({ ...state, q }, false)} />
            </p>
          )}
          {activeCount > 0 && (
            <>
              <p>Try removing a filter:</p>
              <ul>
                {search.facets.flatMap((key) =>
                  state.filters[key].map((id) => (
                    <li key={`${key}:${id}`}>
                      <button type="button" onClick={() => toggle(key, id)}>
                        Remove {search.info[key].title.toLowerCase()}: {label(key, id)}
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
                Clear the search text
              </button>
            </p>
          )}
        </div>
      ) : (
        <ul className="result-list" aria-labelledby="partner-results-heading">
          {rankedPartners(index, result, 0, visible).map(({ partner }) => (
            <PartnerCard key={partner.slug} partner={toCard(partner, facets)} />
          ))}
        </ul>
      )}

      {visible < total && (
        <p className="directory-more">
          <button type="button" onClick={() => setVisible(visible + PAGE_SIZE)}>
            Show {Math.min(PAGE_SIZE, total - visible)} more ({plural(total - visible, 'partner', 'partners')} not
            shown)
          </button>
        </p>
      )}
    </SearchFrame>
  );
}
