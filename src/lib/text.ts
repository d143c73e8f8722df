/** Small text helpers for what pages print and forms check. */

/** A phone number in international format, as profiles and forms take it: +7 495 123-45-67. */
export const PHONE_NUMBER = /^\+?[0-9][0-9 ()-]{5,22}[0-9]$/;

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

/**
 * Text typed into a form, cleaned before it is sent: control characters
 * (other than line breaks and tabs in long text) and text-direction
 * overrides and marks are removed, so a receiver's list or spreadsheet shows
 * what was typed and cannot be made to read otherwise. HTML and formulas stay
 * as typed: escaping them is the receiver's job (see README, Security).
 */
export function cleanTyped(text: string, { multiline = false } = {}): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point here
  const control = multiline ? /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g : /[\u0000-\u001f\u007f]+/g;
  return text
    .replace(control, multiline ? '' : ' ')
    .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .trim();
}
