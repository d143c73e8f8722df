/**
 * The directory's last search, kept for this browser tab: a proposal request
 * says which search the visitor came from, on the directory itself and on a
 * profile opened from it. Nothing leaves the browser except in that request.
 */
const KEY = 'partner-directory-search';
const CHANGED = 'partner-directory-search';

export function rememberSearch(search: string): void {
  try {
    sessionStorage.setItem(KEY, search);
  } catch {
    // Storage refused (private mode, full): the request goes without its search.
  }
  window.dispatchEvent(new CustomEvent(CHANGED));
}

export function lastSearch(): string {
  try {
    return sessionStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

/** Calls `listener` whenever the directory on this page changes its search; returns the unsubscribe. */
export function onSearchChange(listener: () => void): () => void {
  window.addEventListener(CHANGED, listener);
  return () => window.removeEventListener(CHANGED, listener);
}
