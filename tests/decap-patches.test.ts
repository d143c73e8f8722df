import fc from 'fast-check';
import { fromJS, is, Map as ImmutableMap } from 'immutable';
import orderBy from 'lodash/orderBy';
import { describe, expect, it, vi } from 'vitest';

/**
 * patches/decap-cms-core+*.patch: at 10,000 partners Decap turned every entry
 * into Immutable again for each view filter or sort, sorted by copying the
 * whole list to plain objects and back on every change of its store, and drew
 * every card of the result. The patch keeps each entry's Immutable form,
 * works the list out once per state and sorts by the keys alone; the cards
 * are drawn a hundred at a time (`EntryListing`, proven in the CMS browser
 * test). These tests load Decap's entries reducer alone, without the rest of
 * Decap, and fail if an upgrade drops the patch or sorts differently.
 */
vi.mock('decap-cms-lib-util', () => ({ isAbsolutePath: () => false, basename: (path: string) => path }));
vi.mock('decap-cms-lib-widgets', () => ({ stringTemplate: { keyToPathArray: (key: string) => key.split('.') } }));
vi.mock('../node_modules/decap-cms-core/dist/esm/lib/formatters', () => ({ folderFormatter: () => '' }));
vi.mock('../node_modules/decap-cms-core/dist/esm/lib/urlHelper', () => ({ joinUrlPath: () => '' }));
vi.mock('../node_modules/decap-cms-core/dist/esm/reducers/collections', () => ({
  selectSortDataPath: (_: unknown, key: string) => (key === 'slug' ? 'slug' : `data.${key}`),
}));
vi.mock('../node_modules/decap-cms-core/dist/esm/actions/search', () => ({
  SEARCH_ENTRIES_SUCCESS: 'SEARCH_ENTRIES_SUCCESS',
}));
vi.mock('../node_modules/decap-cms-core/dist/esm/actions/entries', () => ({
  ...Object.fromEntries(
    ['ENTRY', 'ENTRIES', 'SORT_ENTRIES', 'FILTER_ENTRIES', 'GROUP_ENTRIES'].flatMap((action) =>
      ['REQUEST', 'SUCCESS', 'FAILURE'].map((stage) => [`${action}_${stage}`, `${action}_${stage}`]),
    ),
  ),
  ENTRY_DELETE_SUCCESS: 'ENTRY_DELETE_SUCCESS',
  CHANGE_VIEW_STYLE: 'CHANGE_VIEW_STYLE',
}));
// The reducer keeps the chosen sort in localStorage.
const stored = new Map<string, string>();
Object.assign(globalThis, {
  localStorage: {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => stored.set(key, value),
    removeItem: (key: string) => stored.delete(key),
  },
});
// The file the patch changes.
const { default: reducer, selectEntries } = await import('decap-cms-core/dist/esm/reducers/entries');

type Entry = { collection: string; slug: string; data: Record<string, unknown> };
type State = ReturnType<typeof reducer>;
const collection = ImmutableMap({ name: 'partners' });
const dispatch = (state: State | undefined, type: string, payload: Record<string, unknown>): State =>
  reducer(state, { type, payload: { collection: 'partners', ...payload } });
const sorted = (entries: Entry[], key: string, direction: 'Ascending' | 'Descending') =>
  dispatch(dispatch(undefined, 'SORT_ENTRIES_REQUEST', { key, direction }), 'SORT_ENTRIES_SUCCESS', {
    key,
    direction,
    entries,
  });
const slugsOf = (list: ReturnType<typeof selectEntries>) => list.map((entry) => entry.get('slug')).toArray();

const entry = (slug: string, data: Record<string, unknown>): Entry => ({ collection: 'partners', slug, data });

describe('the patched entries reducer', () => {
  it('sorts as Decap did, by copying the whole list to plain objects', () => {
    const value = fc.oneof(
      fc.string({ maxLength: 4 }),
      fc.integer({ min: -5, max: 5 }),
      fc.constant(undefined),
      fc.constant(null),
      fc.array(fc.string({ maxLength: 2 }), { maxLength: 2 }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: value, rank: value }), { maxLength: 30 }),
        fc.constantFrom('name', 'rank', 'slug'),
        fc.constantFrom('Ascending' as const, 'Descending' as const),
        (rows, key, direction) => {
          const entries = rows.map((data, i) => entry(`p-${i}`, data));
          const path = key === 'slug' ? 'slug' : `data.${key}`;
          const upstream = orderBy(
            entries.map((item) => fromJS({ ...item, isFetching: false }).toJS()),
            [path],
            [direction === 'Ascending' ? 'asc' : 'desc'],
          ).map((item) => (item as Entry).slug);
          expect(slugsOf(selectEntries(sorted(entries, key, direction), collection))).toEqual(upstream);
        },
      ),
    );
  });

  it('works the list out once per state of the entries', () => {
    const state = sorted([entry('b', { name: 'Beta' }), entry('a', { name: 'Alpha' })], 'name', 'Ascending');
    const list = selectEntries(state, collection);
    expect(slugsOf(list)).toEqual(['a', 'b']);
    expect(selectEntries(state, collection)).toBe(list);
    const changed = dispatch(state, 'CHANGE_VIEW_STYLE', { style: 'grid' });
    expect(selectEntries(changed, collection)).not.toBe(list);
    expect(slugsOf(selectEntries(changed, collection))).toEqual(['a', 'b']);
  });

  it('keeps the Immutable form of an entry it is handed again, and makes a new one for a new entry', () => {
    const kept = entry('kept', { name: 'Kept', offices: [{ city: 'kazan' }] });
    const filter = { id: 'gold', field: 'tier', pattern: 'gold' };
    const first = dispatch(undefined, 'FILTER_ENTRIES_SUCCESS', { filter, entries: [kept] });
    const form = first.getIn(['entities', 'partners.kept']);
    expect(is(form, fromJS({ ...kept, isFetching: false }))).toBe(true);
    const again = dispatch(first, 'SORT_ENTRIES_SUCCESS', { key: 'name', entries: [kept] });
    expect(again.getIn(['entities', 'partners.kept'])).toBe(form);
    const edited = entry('kept', { name: 'Kept, renamed', offices: [{ city: 'kazan' }] });
    const after = dispatch(again, 'FILTER_ENTRIES_SUCCESS', { filter, entries: [edited] });
    expect(after.getIn(['entities', 'partners.kept', 'data', 'name'])).toBe('Kept, renamed');
  });
});
