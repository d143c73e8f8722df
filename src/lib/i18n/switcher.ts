/**
 * The language switcher links to the same page in another language. Pages
 * whose state lives in the address (the directory's search, the library's
 * filters, the calculator's scenario) call this after they change it, so the
 * other language opens in the same state.
 */
export function keepStateInLanguageLinks(doc: Document = document): void {
  const { search, hash } = doc.location;
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[data-locale-switch]')) {
    const url = new URL(link.href);
    url.search = search;
    url.hash = hash;
    link.href = url.href;
  }
}
