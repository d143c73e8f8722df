import { describe, expect, it } from 'vitest';
import { LIST_MAX_AGE_MS, reuseEntryLists, type ListingBackend } from './entry-lists';

interface Collection {
  name: string;
}

/** A backend over files kept in memory, counting how often it lists them. */
function fakeBackend(cursor?: unknown) {
  const files: Record<string, string[]> = { partners: ['a', 'b'], tiers: ['gold'] };
  const calls = { listEntries: 0, listAllEntries: 0 };
  const backend = {
    async listEntries(collection: Collection) {
      calls.listEntries += 1;
      return { entries: [...(files[collection.name] ?? [])], cursor };
    },
    async listAllEntries(collection: Collection) {
      calls.listAllEntries += 1;
      return [...(files[collection.name] ?? [])];
    },
    async persistEntry(name: string, entry: string) {
      files[name]?.push(entry);
      return entry;
    },
    async deleteEntry(): Promise<never> {
      throw new Error('refused');
    },
  } satisfies ListingBackend<Collection, string> & Record<string, unknown>;
  return { backend, files, calls };
}

const partners = { name: 'partners' };
const tiers = { name: 'tiers' };

describe('reuseEntryLists', () => {
  it('serves filters, sorts and groups from the list the collection view loaded', async () => {
    const { backend, calls } = fakeBackend();
    reuseEntryLists(backend, (collection) => collection.name);
    await backend.listEntries(partners);
    expect(await backend.listAllEntries(partners)).toEqual(['a', 'b']);
    expect(await backend.listAllEntries(partners)).toEqual(['a', 'b']);
    expect(calls).toEqual({ listEntries: 1, listAllEntries: 0 });
    // Another collection has a list of its own.
    expect(await backend.listAllEntries(tiers)).toEqual(['gold']);
    expect(calls.listAllEntries).toBe(1);
  });

  it('hands out copies: a caller changing its list does not change the next one', async () => {
    const { backend } = fakeBackend();
    reuseEntryLists(backend, (collection) => collection.name);
    (await backend.listAllEntries(partners)).push('z');
    expect(await backend.listAllEntries(partners)).toEqual(['a', 'b']);
  });

  it('lists again after a save, even one that fails, and when the collection is opened again', async () => {
    const { backend, calls } = fakeBackend();
    reuseEntryLists(backend, (collection) => collection.name);
    await backend.listAllEntries(partners);
    await backend.persistEntry('partners', 'c');
    expect(await backend.listAllEntries(partners)).toEqual(['a', 'b', 'c']);
    await expect(backend.deleteEntry()).rejects.toThrow('refused');
    await backend.listAllEntries(partners);
    expect(calls.listAllEntries).toBe(3);
    await backend.listEntries(partners);
    await backend.listAllEntries(partners);
    expect(calls).toEqual({ listEntries: 1, listAllEntries: 3 });
  });

  it('lists again once the kept list is a minute old', async () => {
    const { backend, files, calls } = fakeBackend();
    let clock = 0;
    reuseEntryLists(backend, (collection) => collection.name, { now: () => clock });
    await backend.listAllEntries(partners);
    files.partners?.push('edited elsewhere');
    clock = LIST_MAX_AGE_MS - 1;
    expect(await backend.listAllEntries(partners)).toEqual(['a', 'b']);
    clock = LIST_MAX_AGE_MS;
    expect(await backend.listAllEntries(partners)).toEqual(['a', 'b', 'edited elsewhere']);
    expect(calls.listAllEntries).toBe(2);
  });

  it('does not keep a page of a paged listing as the whole collection', async () => {
    const { backend, calls } = fakeBackend({ actions: ['next'] });
    reuseEntryLists(backend, (collection) => collection.name);
    await backend.listEntries(partners);
    await backend.listAllEntries(partners);
    expect(calls.listAllEntries).toBe(1);
  });

  it('reads a paged listing to the end in the background, so a filter lists nothing again', async () => {
    const paged = pagedBackend(['a', 'b', 'c', 'd', 'e']);
    reuseEntryLists(paged.backend, (collection) => collection.name);
    const first = await paged.backend.listEntries(partners);
    expect(first.entries).toEqual(['a', 'b']);
    // Asked at once: the rest is read without waiting for idle tasks, and once.
    expect(await paged.backend.listAllEntries(partners)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(await paged.backend.listAllEntries(partners)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(paged.calls).toEqual({ listEntries: 1, listAllEntries: 0, traverseCursor: 2 });
  });

  it('gives the background reading up when anything is saved meanwhile', async () => {
    const paged = pagedBackend(['a', 'b', 'c', 'd', 'e']);
    reuseEntryLists(paged.backend, (collection) => collection.name);
    await paged.backend.listEntries(partners);
    await paged.backend.persistEntry('f');
    expect(await paged.backend.listAllEntries(partners)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(paged.calls.listAllEntries).toBe(1);
  });

  it('keeps the list read in the background, and reads again when the collection is reopened', async () => {
    const paged = pagedBackend(['a', 'b', 'c']);
    reuseEntryLists(paged.backend, (collection) => collection.name);
    await paged.backend.listEntries(partners);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(paged.calls.traverseCursor).toBe(1);
    expect(await paged.backend.listAllEntries(partners)).toEqual(['a', 'b', 'c']);
    await paged.backend.listEntries(partners);
    await paged.backend.listAllEntries(partners);
    expect(paged.calls).toEqual({ listEntries: 2, listAllEntries: 0, traverseCursor: 2 });
  });
});

/** A backend that lists `files` two at a time through a cursor, as the local backend pages a large folder. */
function pagedBackend(files: string[]) {
  const calls = { listEntries: 0, listAllEntries: 0, traverseCursor: 0 };
  const page = (at: number) => ({
    entries: files.slice(at, at + 2),
    cursor: { actions: at + 2 < files.length ? ['next'] : [], at },
  });
  const backend = {
    async listEntries(collection: Collection) {
      calls.listEntries += 1;
      expect(collection).toBe(partners);
      return page(0);
    },
    async listAllEntries(collection: Collection) {
      calls.listAllEntries += 1;
      expect(collection).toBe(partners);
      return [...files];
    },
    async traverseCursor(cursor: unknown) {
      calls.traverseCursor += 1;
      return page((cursor as { at: number }).at + 2);
    },
    async persistEntry(entry: string) {
      files.push(entry);
      return entry;
    },
  } satisfies ListingBackend<Collection, string> & Record<string, unknown>;
  return { backend, calls };
}
