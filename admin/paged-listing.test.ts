import { describe, expect, it } from 'vitest';
import { pageFolderListings, READ_AHEAD, READ_AHEAD_PAGES, type FolderLister } from './paged-listing';

type Entry = { data: string; file: { path: string } };
const CURSOR = Symbol('cursor');

/** A proxy backend over `count` files of `content/partners`, counting how often it lists the folder. */
function backend(count: number) {
  const entries = Array.from({ length: count }, (_, i) => ({
    data: `name: Partner ${i}`,
    file: { path: `content/partners/p-${String(i).padStart(4, '0')}.md` },
  }));
  const calls = { list: 0, paths: 0, read: [] as number[] };
  class Proxy {
    request({ action }: { action: string }): Promise<unknown> {
      calls.paths += 1;
      return Promise.resolve(action === 'entryPathsByFolder' ? entries.map((entry) => entry.file.path) : null);
    }
    entriesByFiles(files: { path: string }[]): Promise<Entry[]> {
      calls.read.push(files.length);
      return Promise.resolve(files.map(({ path }) => ({ data: `name: ${path}`, file: { path } })));
    }
    entriesByFolder(): Promise<Entry[]> {
      calls.list += 1;
      return Promise.resolve(entries.map((entry) => ({ ...entry })));
    }
  }
  pageFolderListings(Proxy.prototype as FolderLister<Entry>, CURSOR, 10);
  return { proxy: new Proxy() as unknown as Required<FolderLister<Entry>>, calls };
}

/** A cursor as Decap hands it back: its data readable with `get`. */
const asDecap = (cursor: { data: Record<string, unknown> }) => ({
  data: { get: (key: string) => cursor.data[key] },
});
const pathsOf = (entries: Entry[]) => entries.map((entry) => entry.file.path.slice(-7, -3));

describe('paged folder listings', () => {
  it('hands Decap the first page with a cursor to the rest', async () => {
    const { proxy } = backend(25);
    const first = await proxy.entriesByFolder('content/partners', 'md', 1);
    expect(pathsOf(first)).toEqual(['0000', '0001', '0002', '0003', '0004', '0005', '0006', '0007', '0008', '0009']);
    const cursor = (first as unknown as Record<symbol, { actions: string[]; meta: object; data: object }>)[CURSOR];
    expect(cursor?.actions).toEqual(['next', 'last']);
    expect(cursor?.meta).toEqual({ page: 1, count: 25, pageSize: 10, pageCount: 3 });
  });

  it('follows the cursor page by page, to the last and back, each entry once', async () => {
    const { proxy, calls } = backend(25);
    const first = await proxy.entriesByFolder('content/partners', 'md', 1);
    let cursor = (first as unknown as Record<symbol, { data: Record<string, unknown> }>)[CURSOR];
    const seen = pathsOf(first);
    for (const expected of [
      ['prev', 'first', 'next', 'last'],
      ['prev', 'first'],
    ]) {
      if (!cursor) throw new Error('no cursor');
      const page = await proxy.traverseCursor(asDecap(cursor), 'next');
      seen.push(...pathsOf(page.entries));
      expect(page.cursor.actions).toEqual(expected);
      cursor = page.cursor;
    }
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => String(i).padStart(4, '0')));
    const back = await proxy.traverseCursor(asDecap({ data: { listing: 0, page: 3 } }), 'first');
    expect(pathsOf(back.entries)[0]).toBe('0000');
    // The folder's paths are listed once, and each page reads its own files only.
    expect(calls).toEqual({ list: 0, paths: 1, read: [10, 10, 5, 10] });
  });

  it('hands over a listing of one page whole, without a cursor', async () => {
    const { proxy } = backend(10);
    const all = await proxy.entriesByFolder('content/partners', 'md', 1);
    expect(pathsOf(all)).toEqual(['0000', '0001', '0002', '0003', '0004', '0005', '0006', '0007', '0008', '0009']);
    expect(Object.getOwnPropertySymbols(all)).toEqual([]);
  });

  it('refuses a listing that is not a list of paths', async () => {
    for (const answer of [null, 'content/partners/a.md', [1, 2], [{ path: 'a.md' }]]) {
      const { proxy } = backend(3);
      (proxy as unknown as { request: () => Promise<unknown> }).request = () => Promise.resolve(answer);
      await expect(proxy.entriesByFolder('content/partners', 'md', 1)).rejects.toThrow('did not list the folder');
    }
  });

  it('lists the whole folder for views that need every entry, matched against Decap’s path rule', async () => {
    const { proxy, calls } = backend(25);
    await expect(proxy.allEntriesByFolder('content/partners', 'md', 1)).resolves.toHaveLength(25);
    const some = await proxy.allEntriesByFolder('content/partners', 'md', 1, /p-000\d\.md$/);
    expect(pathsOf(some)).toHaveLength(10);
    expect(calls.list).toBe(2);
    expect(calls.paths).toBe(0);
  });

  it('refuses a cursor it did not make, and actions it does not know', async () => {
    const { proxy } = backend(25);
    await proxy.entriesByFolder('content/partners', 'md', 1);
    for (const data of [{ listing: 7, page: 1 }, { listing: 0, page: 'x' }, { listing: '__proto__', page: 1 }, {}]) {
      await expect(proxy.traverseCursor(asDecap({ data }), 'next')).rejects.toThrow('open it again');
    }
    for (const action of ['constructor', 'toString', 'append_next', '']) {
      await expect(proxy.traverseCursor(asDecap({ data: { listing: 0, page: 1 } }), action)).rejects.toThrow(
        'Unknown list action',
      );
    }
  });

  it('keeps a page past either end within the listing', async () => {
    const { proxy } = backend(25);
    await proxy.entriesByFolder('content/partners', 'md', 1);
    const past = await proxy.traverseCursor(asDecap({ data: { listing: 0, page: 3 } }), 'next');
    expect(past.cursor.meta.page).toBe(3);
    expect(pathsOf(past.entries)).toEqual(['0020', '0021', '0022', '0023', '0024']);
    const before = await proxy.traverseCursor(asDecap({ data: { listing: 0, page: 1 } }), 'prev');
    expect(before.cursor.meta.page).toBe(1);
  });

  it('reads ahead several pages in one call, for the whole list read in the background', async () => {
    const { proxy, calls } = backend(125);
    await proxy.entriesByFolder('content/partners', 'md', 1);
    const ahead = await proxy.traverseCursor(asDecap({ data: { listing: 0, page: 1 } }), READ_AHEAD);
    expect(pathsOf(ahead.entries)).toHaveLength(100);
    expect(pathsOf(ahead.entries)[0]).toBe('0010');
    expect(ahead.cursor.meta.page).toBe(1 + READ_AHEAD_PAGES);
    expect(ahead.cursor.actions).toContain('next');
    // The pages after these are already asked for, while these are handed over.
    expect(calls.read).toEqual([10, 100, 15]);
    const rest = await proxy.traverseCursor(asDecap(ahead.cursor), READ_AHEAD);
    expect(pathsOf(rest.entries)).toHaveLength(15);
    expect(pathsOf(rest.entries)[0]).toBe('0110');
    expect(rest.cursor.actions).not.toContain('next');
    expect(calls.read).toEqual([10, 100, 15]);
  });

  it('reads again what the read-ahead did not ask for, and drops the read-ahead', async () => {
    const { proxy, calls } = backend(125);
    await proxy.entriesByFolder('content/partners', 'md', 1);
    const ahead = await proxy.traverseCursor(asDecap({ data: { listing: 0, page: 1 } }), READ_AHEAD);
    const back = await proxy.traverseCursor(asDecap(ahead.cursor), 'first');
    expect(pathsOf(back.entries)[0]).toBe('0000');
    const onward = await proxy.traverseCursor(asDecap({ data: { listing: 0, page: 11 } }), READ_AHEAD);
    expect(pathsOf(onward.entries)).toEqual([
      '0110',
      '0111',
      '0112',
      '0113',
      '0114',
      '0115',
      '0116',
      '0117',
      '0118',
      '0119',
      '0120',
      '0121',
      '0122',
      '0123',
      '0124',
    ]);
    expect(calls.read).toEqual([10, 100, 15, 10, 15]);
  });

  it('hands a failed read-ahead to whoever comes for it, and to nobody else', async () => {
    const { proxy } = backend(125);
    await proxy.entriesByFolder('content/partners', 'md', 1);
    let reads = 0;
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const failing = Object.assign(Object.create(proxy) as typeof proxy, {
      entriesByFiles: (files: { path: string }[]) =>
        (reads += 1) === 2 ? Promise.reject(new Error('disk')) : proxy.entriesByFiles(files),
    });
    try {
      const ahead = await failing.traverseCursor(asDecap({ data: { listing: 0, page: 1 } }), READ_AHEAD);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(unhandled).toEqual([]);
      await expect(failing.traverseCursor(asDecap(ahead.cursor), READ_AHEAD)).rejects.toThrow('disk');
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
