/**
 * The directory's last search, kept for this browser tab: a proposal request
 * sent from a profile says which search the visitor came from. Nothing leaves
 * the browser except in that request.
 */
const KEY = 'partner-directory-search';

export function rememberSearch(search: string): void {
  try {
    sessionStorage.setItem(KEY, search);
  } catch {
    // Storage refused (private mode, full): the request goes without its search.
  }
}

export function lastSearch(): string {
  try {
    return sessionStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}
