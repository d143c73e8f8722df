import { useCallback, useEffect, useRef, useState } from 'react';
import { keepStateInLanguageLinks } from '../../lib/i18n/switcher';

/**
 * A search state kept in the address bar. Once `read` is available, the state
 * is read from the URL, and again on Back and Forward. While the user types,
 * history entries are replaced, not added, so Back leaves the search rather
 * than removing one letter; any other change adds an entry. Whenever the
 * address holds a new state, the language switcher's links carry it along,
 * so the other language opens on the same search.
 */
export function useUrlSearchState<T>(
  initial: T,
  read: (() => T) | null,
  write: (state: T) => string,
): [T, (next: T, fromTyping: boolean) => void] {
  const [state, setState] = useState(initial);
  const typing = useRef(false);

  useEffect(() => {
    if (!read) return;
    setState(read());
    keepStateInLanguageLinks();
    const restore = () => {
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
      if (fromTyping && typing.current) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
      keepStateInLanguageLinks();
      typing.current = fromTyping;
      setState(next);
    },
    [write],
  );

  return [state, update];
}
