import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyState, FACETS, SORTS, type DirectoryState, type FacetKey } from './directory.ts';
import { MAX_QUERY_LENGTH, parseDirectoryState, serializeDirectoryState } from './directory-url.ts';
import { toggleFilter } from './search/url-state.ts';

const known: Record<FacetKey, ReadonlySet<string>> = {
  service: new Set(['mail-migration', 'security']),
  region: new Set(['siberia', 'moscow']),
  industry: new Set(['retail']),
  language: new Set(['english', 'russian']),
  type: new Set(['reseller']),
  tier: new Set(['gold', 'silver']),
};

describe('directory URL state', () => {
  it('writes nothing for the default state', () => {
    expect(serializeDirectoryState(emptyState())).toBe('');
  });

  it('writes the query, each chosen value and a non-default sort', () => {
    const state: DirectoryState = {
      ...emptyState(),
      q: 'mail migration',
      filters: { ...emptyState().filters, service: ['mail-migration', 'security'], region: ['siberia'] },
      sort: 'name',
    };
    expect(serializeDirectoryState(state)).toBe(
      '?q=mail+migration&service=mail-migration&service=security&region=siberia&sort=name',
    );
  });

  it('drops unknown values, unknown sorts and repeated values from a mangled link', () => {
    const state = parseDirectoryState(
      '?service=security&service=nope&service=security&tier=diamond&sort=random&x=1',
      known,
    );
    expect(state.filters.service).toEqual(['security']);
    expect(state.filters.tier).toEqual([]);
    expect(state.sort).toBe('best');
  });

  it('cuts an overlong query instead of refusing the link', () => {
    expect(parseDirectoryState(`?q=${'a'.repeat(5000)}`, known).q).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('reads back every state it writes', () => {
    const ids = (key: FacetKey) => fc.subarray([...known[key]]);
    const stateArb = fc.record({
      q: fc.string({ maxLength: 40 }).map((q) => q.trim()),
      filters: fc.record(
        Object.fromEntries(FACETS.map((key) => [key, ids(key)])) as Record<FacetKey, fc.Arbitrary<string[]>>,
      ),
      sort: fc.constantFrom(...SORTS),
    });
    fc.assert(
      fc.property(stateArb, (state) => {
        expect(parseDirectoryState(serializeDirectoryState(state), known)).toEqual(state);
      }),
    );
  });
});

describe('toggleFilter', () => {
  it('adds a value, then removes it, leaving the other facets alone', () => {
    const base: DirectoryState = { ...emptyState(), filters: { ...emptyState().filters, region: ['siberia'] } };
    const added = toggleFilter(base, 'service', 'security');
    expect(added.filters).toEqual({ ...base.filters, service: ['security'] });
    expect(toggleFilter(added, 'service', 'security').filters).toEqual(base.filters);
    expect(base.filters.service).toEqual([]);
  });
});
