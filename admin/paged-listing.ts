/**
 * Decap's local backend lists a folder collection whole: decap-server reads
 * every file, and Decap parses every one and draws every card before the
 * editor sees the first; at 10,000 partners, seconds. Here the admin app asks
 * the local backend for the folder's entry paths (`entryPathsByFolder`, which
 * `local-backend.ts` adds), reads the files of one page, and hands them to
 * Decap with Decap's own cursor, which its list follows as the editor scrolls
 * ("load more"). Views that need the whole collection (a filter, a sort, a
 * search, a collection in two languages) ask `allEntriesByFolder`, which
 * lists it whole, as before.
 */

/** Entries handed to Decap per page of a listing. */
export const LISTING_PAGE_SIZE = 100;

/**
 * The cursor action that reads the next `READ_AHEAD_PAGES` pages at once: what reading the whole collection in
 * the background asks for (`entry-lists.ts`), in far fewer calls than page by page. Each such read asks the
 * backend for the pages after it straight away, so the backend reads those files while the browser parses these.
 */
export const READ_AHEAD = 'next-pages';
export const READ_AHEAD_PAGES = 10;

/** Listings whose later pages can still be asked for; older ones are dropped. */
const LISTINGS_KEPT = 8;

/** A cursor as Decap builds it from what a backend returns: its data is an Immutable map. */
interface CursorLike {
  data?: { get(key: string): unknown };
}

/** What a page carries for Decap: the actions it offers and where the listing stands. */
interface PageCursor {
  actions: string[];
  meta: { page: number; count: number; pageSize: number; pageCount: number };
  data: { listing: number; page: number };
}

/** The part of Decap's proxy backend this touches; `E` is an entry as the proxy returns it. */
export interface FolderLister<E extends { file: { path: string } }> {
  request(payload: { action: 'entryPathsByFolder'; params: Record<string, unknown> }): Promise<unknown>;
  entriesByFiles(files: { path: string }[]): Promise<E[]>;
  entriesByFolder(folder: string, extension: string, depth: number): Promise<E[]>;
  allEntriesByFolder?(folder: string, extension: string, depth: number, pathRegex?: RegExp): Promise<E[]>;
  traverseCursor?(cursor: CursorLike, action: string): Promise<{ entries: E[]; cursor: PageCursor }>;
}

/**
 * Makes `target` (the prototype of Decap's proxy backend) list folders a page at a time. `cursorKey` is Decap's
 * `CURSOR_COMPATIBILITY_SYMBOL`, under which a backend's listing carries its cursor.
 */
export function pageFolderListings<E extends { file: { path: string } }>(
  target: FolderLister<E>,
  cursorKey: symbol,
  pageSize = LISTING_PAGE_SIZE,
): void {
  const { entriesByFolder } = target;
  /** The entry paths of recent listings, by listing number. */
  const listings = new Map<number, string[]>();
  /** Per listing, the read-ahead already asked for: its first and last page, and the files' answer. */
  const readsAhead = new Map<number, { from: number; to: number; entries: Promise<E[]> }>();
  let next = 0;

  /** Asks the backend for the files of pages `from` to `to` of a listing. */
  function readPages(backend: FolderLister<E>, listing: number, from: number, to: number): Promise<E[]> {
    const files = (listings.get(listing) ?? []).slice((from - 1) * pageSize, to * pageSize).map((path) => ({ path }));
    return files.length ? backend.entriesByFiles(files) : Promise.resolve([]);
  }

  /** The files of pages `from` to `to` of a listing: asked for earlier by a read-ahead, or now. */
  function filesOf(backend: FolderLister<E>, listing: number, from: number, to: number): Promise<E[]> {
    const early = readsAhead.get(listing);
    readsAhead.delete(listing);
    return early?.from === from && early.to === to ? early.entries : readPages(backend, listing, from, to);
  }

  /** Page `page` of a listing and the `pages - 1` after it; the cursor stands on the last of them. */
  async function pageOf(backend: FolderLister<E>, listing: number, page: number, pages = 1) {
    const paths = listings.get(listing) ?? [];
    const pageCount = Math.max(1, Math.ceil(paths.length / pageSize));
    const from = Math.min(Math.max(page, 1), pageCount);
    const current = Math.min(from + pages - 1, pageCount);
    const actions = [...(current > 1 ? ['prev', 'first'] : []), ...(current < pageCount ? ['next', 'last'] : [])];
    const entries = filesOf(backend, listing, from, current);
    if (pages > 1 && current < pageCount) {
      const ahead = { from: current + 1, to: Math.min(current + pages, pageCount) };
      const read = readPages(backend, listing, ahead.from, ahead.to);
      // A read-ahead nobody comes for fails silently; whoever comes for it sees its failure.
      read.catch(() => undefined);
      readsAhead.set(listing, { ...ahead, entries: read });
    }
    return {
      entries: await entries,
      cursor: {
        actions,
        meta: { page: current, count: paths.length, pageSize, pageCount },
        data: { listing, page: current },
      } satisfies PageCursor,
    };
  }

  target.entriesByFolder = async function (this: FolderLister<E>, folder, extension, depth) {
    const paths = await this.request({
      action: 'entryPathsByFolder',
      params: { folder, extension, depth },
    });
    if (!Array.isArray(paths) || !paths.every((path) => typeof path === 'string')) {
      throw new Error('The local backend did not list the folder');
    }
    const listing = next++;
    listings.set(listing, paths);
    for (const old of listings.keys()) {
      if (listings.size <= LISTINGS_KEPT) break;
      listings.delete(old);
      readsAhead.delete(old);
    }
    const first = await pageOf(this, listing, 1);
    if (paths.length <= pageSize) {
      listings.delete(listing);
      return first.entries;
    }
    return Object.assign(first.entries, { [cursorKey]: first.cursor });
  };

  target.allEntriesByFolder = async function (this: unknown, folder, extension, depth, pathRegex) {
    const entries = await entriesByFolder.call(this, folder, extension, depth);
    return pathRegex ? entries.filter((entry) => pathRegex.test(entry.file.path)) : entries;
  };

  target.traverseCursor = async function (this: FolderLister<E>, cursor, action) {
    const listing = Number(cursor.data?.get('listing'));
    const page = Number(cursor.data?.get('page'));
    if (!listings.has(listing) || !Number.isInteger(page)) throw new Error('This list is out of date: open it again');
    const last = Math.ceil((listings.get(listing)?.length ?? 0) / pageSize);
    const moves = new Map([
      ['next', page + 1],
      [READ_AHEAD, page + 1],
      ['prev', page - 1],
      ['first', 1],
      ['last', last],
    ]);
    const to = moves.get(action);
    if (to === undefined) throw new Error(`Unknown list action ${action}`);
    return pageOf(this, listing, to, action === READ_AHEAD ? READ_AHEAD_PAGES : 1);
  };
}
