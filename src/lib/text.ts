/** Small text helpers for what pages print. */

/** A phone number that never wraps: non-breaking spaces and hyphens. */
export function unbreakablePhone(phone: string): string {
  return phone.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
}

/** Length as written in the HTML, where validators count "&" as "&amp;". */
const written = (text: string) => text.length + (text.match(/[&<>"]/g)?.length ?? 0) * 4;

/** Longest title search engines show in full. */
export const TITLE_MAX = 70;

/**
 * The browser and search title: "Page · Site" when it fits, the page title
 * alone when only that fits, else the page title cut at a word with an ellipsis.
 */
export function pageTitle(title: string, siteName: string, max = TITLE_MAX): string {
  const full = title === siteName ? title : `${title} · ${siteName}`;
  if (written(full) <= max) return full;
  if (written(title) <= max) return title;
  const cut = title.slice(0, max - 1);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), Math.floor(max / 2)));
  return `${atWord.replace(/[\s,.:;·–-]+$/, '')}…`;
}
