/** Static listings split into numbered pages: /partners/, /partners/page/2/, /partners/services/security/2/. */

export interface ListingPage<T> {
  /** From 1. */
  current: number;
  last: number;
  items: T[];
}

/** The pages of a list, at least one (an empty list is one empty page), and at most `most`. */
export function listingPages<T>(items: readonly T[], size: number, most = Infinity): ListingPage<T>[] {
  const last = Math.min(most, Math.max(1, Math.ceil(items.length / size)));
  return Array.from({ length: last }, (_, i) => ({
    current: i + 1,
    last,
    items: items.slice(i * size, (i + 1) * size),
  }));
}

/** The address of each page under a base path: the base itself for page 1, `${base}${infix}${page}/` after it. */
export const pageHref =
  (base: string, infix = '') =>
  (page: number): string =>
    page === 1 ? base : `${base}${infix}${page}/`;
