import { memo, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  directorySearch as search,
  directoryState,
  PAGE_SIZE,
  type DirectoryState,
  type DirectoryView,
  type FacetKey,
  type PartnerCardData,
  type SortKey,
} from '../../lib/directory';
import { directory } from '../../lib/i18n/sections/directory';
import type { Locale } from '../../lib/i18n/locales';
import { toggleFilter } from '../../lib/search/url-state';
import type { FacetValues } from '../../lib/search/faceted';
import { rememberSearch } from '../../lib/last-search';
import { afterPaint } from '../search/after-paint';
import DidYouMean from '../search/DidYouMean';
import SearchFrame, { type SearchTexts } from '../search/SearchFrame';
import { useUrlSearchState } from '../search/useUrlSearchState';
import NearControl from './NearControl';
import PartnerCard from './PartnerCard';
import { useDirectoryWorker } from './useDirectoryWorker';
import './directory.css';

interface Props {
  /** The built search worker (`directory.worker.ts?worker&url`), started again if the page's start of it is gone. */
  workerUrl: string;
  /** Address of the directory data in the page's language, built by /partners/directory.json (/ru/partners/…). */
  dataUrl: string;
  /** The page's language. */
  locale: Locale;
  /** The static list, shown until the search is ready and whenever it cannot load. */
  children?: ReactNode;
  /** The id of the page's "we will match you with partners" request, which the empty state points to. */
  matchRequest?: string | undefined;
}

const sameDistance = (a: PartnerCardData['distance'], b: PartnerCardData['distance']) =>
  a === b || (a !== undefined && b !== undefined && ('km' in a ? 'km' in b && a.km === b.km : !('km' in b)));

/** A card drawn again only when another partner takes its place, or the place it is measured from moves. */
const Card = memo(
  PartnerCard,
  (before, after) =>
    before.partner.slug === after.partner.slug &&
    before.locale === after.locale &&
    before.from === after.from &&
    sameDistance(before.partner.distance, after.partner.distance),
);

/** Sorts offered without a place to search near: all but nearest first. */
const SORTS_ANYWHERE = search.sorts.filter((sort) => sort !== 'distance');

type Change = (next: DirectoryState, fromTyping: boolean) => void;

export default function DirectorySearch({ workerUrl, dataUrl, locale, children, matchRequest }: Props) {
  const t = directory[locale];
  const texts: SearchTexts<FacetKey, SortKey> = { name: 'partner', ...t.search, facets: t.facets, sorts: t.sorts };
  const { facets, cities, view, failed, ready, pieces, ask, foresee } = useDirectoryWorker(workerUrl, dataUrl);
  const read = useMemo(
    () => (facets && cities ? () => directoryState.parse(window.location.search, facets, cities) : null),
    [facets, cities],
  );
  const [state, update, fromAddress] = useUrlSearchState<DirectoryState>(
    directoryState.empty(),
    read,
    directoryState.serialize,
  );
  // A change is asked of the worker first, so the search runs while the box is redrawn.
  const change = useCallback<Change>(
    (next, fromTyping) => {
      ask(next, PAGE_SIZE);
      update(next, fromTyping);
    },
    [ask, update],
  );
  const onForesee = useCallback((next: DirectoryState) => foresee(next, PAGE_SIZE), [foresee]);
  // "Show more" counts for the state it was pressed on; a new state starts from one page.
  const [more, setMore] = useState({ state, visible: PAGE_SIZE });
  const visible = more.state === state ? more.visible : PAGE_SIZE;
  // Only the visitor's states: the empty one before the address is read is no question of theirs, and its answer
  // would be drawn over the address's first results.
  useEffect(() => {
    if (fromAddress) ask(state, visible);
  }, [fromAddress, state, visible, ask]);
  // A proposal request from a profile opened from here says which search led to it, and the comparison where the
  // search was near. Only the state read from the address or changed since: the empty one before it is no search of
  // the visitor's, and remembering it would forget their last search if they leave before the address is read. Once
  // the frame that shows it is painted: kept and told to the comparison tray, it would hold up that frame on every
  // keystroke. A newer state before then takes its place.
  useEffect(() => {
    if (!fromAddress) return;
    const search = directoryState.serialize(state);
    return afterPaint(() => rememberSearch(search));
  }, [state, fromAddress]);
  // The place's control keeps its handler while words are typed, so a keystroke does not draw it again.
  const current = useRef(state);
  current.current = state;
  const onNear = useCallback(
    (near: string, within: number) => {
      const { sort } = current.current;
      change(
        { ...current.current, near, within, sort: !near && sort === 'distance' ? search.defaultSort : sort },
        false,
      );
    },
    [change],
  );

  // Drawn again only when an answer arrives, not on every keystroke before it.
  const results = useMemo(
    () =>
      view &&
      facets && <Results view={view} facets={facets} locale={locale} onChange={update} matchRequest={matchRequest} />,
    [view, facets, locale, update, matchRequest],
  );

  if (!facets || !cities || !view || !results) {
    return (
      <>
        {failed && <p role="alert">{t.loadFailed}</p>}
        {children}
      </>
    );
  }

  return (
    <SearchFrame
      texts={texts}
      locale={locale}
      total={view.total}
      answeredQuery={view.state.q}
      search={search}
      values={facets}
      // While the later pieces load, the head's counts and total would be too low: neither is shown.
      counts={view.partial ? undefined : view.counts}
      status={view.partial && t.partial(view.partial.searched, view.partial.of, view.partial.failed)}
      state={state}
      onChange={change}
      onForesee={onForesee}
      sorts={state.near ? search.sorts : SORTS_ANYWHERE}
      controls={
        <NearControl
          locale={locale}
          cities={cities}
          near={state.near}
          within={state.within}
          result={view.state.near === state.near && !view.partial ? view.near : undefined}
          onChange={onNear}
        />
      }
    >
      <div
        aria-busy={view.answers !== directoryState.serialize(state)}
        data-answers={view.answers}
        data-ready={ready}
        data-pieces={pieces}
        data-partial={view.partial ? '' : undefined}
      >
        {results}
        {visible < view.total && !view.partial && (
          <p className="directory-more">
            <button type="button" onClick={() => setMore({ state, visible: visible + PAGE_SIZE })}>
              {t.showMore(Math.min(PAGE_SIZE, view.total - visible), view.total - visible)}
            </button>
          </p>
        )}
      </div>
    </SearchFrame>
  );
}

/** The answer to one state: the notes on the query, then the partners or, for none, what to try instead. */
function Results({
  view,
  facets,
  locale,
  onChange,
  matchRequest,
}: {
  view: DirectoryView;
  facets: FacetValues<FacetKey>;
  locale: Locale;
  onChange: Change;
  matchRequest?: string | undefined;
}) {
  const t = directory[locale];
  const { state } = view;
  const query = state.q.trim();
  const label = (key: FacetKey, id: string) => facets[key].find((value) => value.id === id)?.label ?? id;
  const suggestion = view.suggestion && (
    <DidYouMean suggestion={view.suggestion} onPick={(q) => onChange({ ...state, q }, false)} locale={locale} />
  );

  // Partners the head does not hold may match yet: nothing is said about none matching until the rest is in.
  if (view.total > 0 || (view.partial && !view.partial.failed)) {
    return (
      <>
        {(view.ignoredWords.length > 0 || suggestion) && (
          <p className="directory-note">
            {view.ignoredWords.length > 0 && `${t.ignoredWords(view.ignoredWords)} `}
            {suggestion}
          </p>
        )}
        <ul className="result-list" aria-labelledby="partner-results-heading">
          {/* Keyed by place: a new answer rewrites the cards already drawn rather than building new ones. */}
          {view.cards.map((card, place) => (
            <Card key={place} partner={card} locale={locale} from={view.near?.place.label} />
          ))}
        </ul>
      </>
    );
  }

  const nearest = view.near?.nearestOutside;
  return (
    <div className="search-empty">
      <h2>{t.empty.heading}</h2>
      <p>
        {state.within > 0 && view.near && (view.near.withinCounts.at(-1) ?? 0) > 0
          ? t.empty.nothingWithin(state.within, view.near.place.label)
          : !query
            ? t.empty.noCombination
            : view.textMatches === 0
              ? t.empty.noTextMatch(query)
              : t.empty.filteredOut(view.textMatches, query)}
        {nearest && ` ${t.empty.nearest(nearest.km, nearest.name, nearest.city)}`}
      </p>
      {state.within > 0 && (
        <p>
          <button type="button" onClick={() => onChange({ ...state, within: 0 }, false)}>
            {t.empty.anyDistance}
          </button>
        </p>
      )}
      {suggestion && <p>{suggestion}</p>}
      {search.chosenCount(state) > 0 && (
        <>
          <p>{t.empty.tryRemoving}</p>
          <ul>
            {search.facets.flatMap((key) =>
              state.filters[key].map((id) => (
                <li key={`${key}:${id}`}>
                  <button type="button" onClick={() => onChange(toggleFilter(state, key, id), false)}>
                    {t.empty.removeFilter(t.facets[key], label(key, id))}
                  </button>
                </li>
              )),
            )}
          </ul>
        </>
      )}
      {query && (
        <p>
          <button type="button" className="button-link" onClick={() => onChange({ ...state, q: '' }, false)}>
            {t.empty.clearQuery}
          </button>
        </p>
      )}
      {matchRequest && (
        <p>
          <a href={`#${matchRequest}`} onClick={() => document.getElementById(matchRequest)?.setAttribute('open', '')}>
            {t.empty.askTeam}
          </a>
        </p>
      )}
    </div>
  );
}
