/**
 * Decap lists every entry of a collection again for each view filter, sort
 * or group an editor picks (`getAllEntries` → `Backend.listAllEntries`), and
 * parses each file again: at 10,000 partners, seconds per click for the list
 * it has just loaded. Here a collection's list is kept once loaded and reused
 * by those views, until the collection is opened again (which always loads
 * it), anything is saved, deleted or published, or the list is a minute old.
 * Decap's entry objects are copied into its store, never changed in place,
 * so the kept list can be handed out again.
 *
 * A collection opened on its first page (`paged-listing.ts`) is read to the
 * end in the background, a few pages per task through Decap's own cursor, so a
 * filter soon after opening finds the whole list parsed and kept.
 */

/** The part of Decap's `Backend` this touches. */
export interface ListingBackend<C, E> {
  listEntries(collection: C): Promise<{ entries: E[]; cursor?: unknown }>;
  listAllEntries(collection: C): Promise<E[]>;
  traverseCursor?(cursor: unknown, action: string): Promise<{ entries: E[]; cursor?: unknown }>;
}

/** The backend methods after which entry lists may have changed. */
export const WRITES = ['persistEntry', 'deleteEntry', 'publishUnpublishedEntry', 'deleteUnpublishedEntry'] as const;

export const LIST_MAX_AGE_MS = 60_000;

/** Whether a Decap cursor says more pages follow (a backend that pages its listing). */
function morePages(cursor: unknown): boolean {
  const actions = (cursor as { actions?: { includes?: (action: string) => boolean } } | undefined)?.actions;
  return typeof actions?.includes === 'function' && actions.includes('next');
}

/**
 * Makes `target` (Decap's `Backend.prototype`) keep each collection's entry
 * list, keyed by `nameOf(collection)`. `readAhead` is the cursor action that
 * reads the pages after a paged listing's first; `now` is the clock, for tests.
 */
export function reuseEntryLists<C, E>(
  target: ListingBackend<C, E> & Partial<Record<(typeof WRITES)[number], (...args: never[]) => Promise<unknown>>>,
  nameOf: (collection: C) => string,
  { maxAgeMs = LIST_MAX_AGE_MS, now = () => Date.now(), readAhead = 'next' } = {},
): void {
  const lists = new Map<string, { entries: E[]; at: number }>();
  const keep = (name: string, entries: E[]) => lists.set(name, { entries: [...entries], at: now() });
  /** Paged listings being read to the end; one that is no longer here was given up (reopened, or written to). */
  const reading = new Map<string, { hurry: boolean; done: Promise<E[] | undefined> }>();
  const { listEntries, listAllEntries } = target;

  /** Reads the pages after `first`, `readAhead` at a time, each in a task of its own until someone waits, and keeps the whole list. */
  function readToTheEnd(backend: unknown, name: string, first: { entries: E[]; cursor?: unknown }) {
    const traverse = target.traverseCursor;
    if (typeof traverse !== 'function') return;
    // Replaced at once by the read itself, which checks on every page that it is still the current one.
    const read = { hurry: false, done: Promise.resolve<E[] | undefined>(undefined) };
    read.done = (async () => {
      const entries = [...first.entries];
      let { cursor } = first;
      while (morePages(cursor)) {
        if (!read.hurry) await new Promise((resolve) => setTimeout(resolve, 0));
        if (reading.get(name) !== read) return undefined;
        const page = await traverse.call(backend, cursor, readAhead);
        entries.push(...page.entries);
        ({ cursor } = page);
      }
      if (reading.get(name) !== read) return undefined;
      reading.delete(name);
      keep(name, entries);
      return entries;
    })().catch(() => {
      // A failed read leaves the whole list to be read when a filter or sort asks for it.
      if (reading.get(name) === read) reading.delete(name);
      return undefined;
    });
    reading.set(name, read);
  }

  target.listEntries = async function (this: unknown, collection: C) {
    const name = nameOf(collection);
    lists.delete(name);
    reading.delete(name);
    const response = await listEntries.call(this, collection);
    // A paged listing is not the whole collection; only a whole one can serve a filter.
    if (!morePages(response.cursor)) keep(name, response.entries);
    else readToTheEnd(this, name, response);
    return response;
  };

  target.listAllEntries = async function (this: unknown, collection: C) {
    const name = nameOf(collection);
    const known = lists.get(name);
    if (known && now() - known.at < maxAgeMs) return [...known.entries];
    const pending = reading.get(name);
    if (pending) {
      pending.hurry = true;
      const read = await pending.done;
      if (read) return [...read];
    }
    const entries = await listAllEntries.call(this, collection);
    keep(name, entries);
    return [...entries];
  };

  for (const method of WRITES) {
    const write = target[method];
    if (typeof write !== 'function') continue;
    target[method] = async function (this: unknown, ...args: never[]) {
      lists.clear();
      reading.clear();
      try {
        return await write.apply(this, args);
      } finally {
        // A listing that started while the write was under way may hold the old files.
        lists.clear();
        reading.clear();
      }
    };
  }
}
