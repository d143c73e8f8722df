import { useCallback, useEffect, useRef, useState } from 'react';
import { keepStateInLanguageLinks } from '../../lib/i18n/switcher';

/**
 * When the address follows a change. Writing it costs the page's main thread
 * a few milliseconds (more for a new history entry), which would otherwise
 * delay every change's results: typing is written once it pauses, any other
 * change just after its results are drawn.
 */
const TYPING_PAUSE_MS = 300;
const CHANGE_DELAY_MS = 100;

/**
 * A search state kept in the address bar. Once `read` is available, the state
 * is read from the URL, and again on Back and Forward. While the user types,
 * history entries are replaced, not added, so Back leaves the search rather
 * than removing one letter; any other change adds an entry. A change not
 * written yet is written before the next one, before any click (so a link
 * followed right after typing leaves the whole query behind) and when the page
 * is left. Whenever the address holds a new state, the language switcher's
 * links carry it along, so the other language opens on the same search.
 * The third value says whether the state is the visitor's: read from the
 * address, or changed since. It turns true in the same render as that state.
 */
export function useUrlSearchState<T>(
  initial: T,
  read: (() => T) | null,
  write: (state: T) => string,
): [T, (next: T, fromTyping: boolean) => void, boolean] {
  const [state, setState] = useState(initial);
  const [fromAddress, setFromAddress] = useState(false);
  const typing = useRef(false);
  /** The address of a change not written yet, whether it starts a history entry, and the timer that writes it. */
  const unwritten = useRef<{ url: string; push: boolean; timer: number } | null>(null);

  const writePending = useCallback(() => {
    const pending = unwritten.current;
    if (!pending) return;
    unwritten.current = null;
    window.clearTimeout(pending.timer);
    if (pending.push) window.history.pushState(null, '', pending.url);
    else window.history.replaceState(null, '', pending.url);
    keepStateInLanguageLinks();
  }, []);

  useEffect(() => {
    // Capturing, so the address and the language switcher's links are written before a clicked link is followed.
    document.addEventListener('click', writePending, true);
    window.addEventListener('pagehide', writePending);
    return () => {
      writePending();
      document.removeEventListener('click', writePending, true);
      window.removeEventListener('pagehide', writePending);
    };
  }, [writePending]);

  useEffect(() => {
    if (!read) return;
    setState(read());
    setFromAddress(true);
    keepStateInLanguageLinks();
    const restore = () => {
      // Back or Forward leaves the entry: what was not written yet belonged to it.
      if (unwritten.current) window.clearTimeout(unwritten.current.timer);
      unwritten.current = null;
      typing.current = false;
      setState(read());
      keepStateInLanguageLinks();
    };
    window.addEventListener('popstate', restore);
    return () => window.removeEventListener('popstate', restore);
  }, [read]);

  const update = useCallback(
    (next: T, fromTyping: boolean) => {
      const url = `${window.location.pathname}${write(next)}`;
      const continues = fromTyping && typing.current;
      const pending = unwritten.current;
      if (pending && continues) window.clearTimeout(pending.timer);
      else writePending();
      // The first keystroke after anything else starts an entry; the rest of the typing replaces it.
      const push = continues ? (pending?.push ?? false) : true;
      const delay = fromTyping ? TYPING_PAUSE_MS : CHANGE_DELAY_MS;
      unwritten.current = { url, push, timer: window.setTimeout(writePending, delay) };
      typing.current = fromTyping;
      setState(next);
    },
    [write, writePending],
  );

  return [state, update, fromAddress];
}
