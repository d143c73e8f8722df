import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { directorySearch as search, type FacetKey } from '../directory.ts';
import { catalogue } from '../i18n/catalogue.ts';
import { librarySearch } from '../library.ts';
import { defineFacetedSearch } from './faceted.ts';
import { MAX_QUERY_LENGTH, toggleFilter } from './url-state.ts';

const known: Record<FacetKey, ReadonlySet<string>> = {
  service: new Set(['mail-migration', 'security']),
  region: new Set(['siberia', 'moscow']),
  industry: new Set(['retail']),
  language: new Set(['english', 'russian']),
  type: new Set(['reseller']),
  tier: new Set(['gold', 'silver']),
  rating: new Set(['4.5', '4', '3']),
  accepting: new Set(['yes']),
  size: new Set(['1-10', '11-50']),
  budget: new Set(['100000', '500000']),
};
type DirectoryState = ReturnType<typeof search.emptyState>;

describe('URL state (the directory’s configuration)', () => {
  it('writes nothing for the default state', () => {
    expect(search.serialize(search.emptyState())).toBe('');
  });

  it('writes the query, each chosen value and a non-default sort', () => {
    const state: DirectoryState = {
      ...search.emptyState(),
      q: 'mail migration',
      filters: { ...search.emptyState().filters, service: ['mail-migration', 'security'], region: ['siberia'] },
      sort: 'name',
    };
    expect(search.serialize(state)).toBe(
      '?q=mail+migration&service=mail-migration&service=security&region=siberia&sort=name',
    );
  });

  it('drops unknown values, unknown sorts and repeated values from a mangled link', () => {
    const state = search.parse('?service=security&service=nope&service=security&tier=diamond&sort=random&x=1', known);
    expect(state.filters.service).toEqual(['security']);
    expect(state.filters.tier).toEqual([]);
    expect(state.sort).toBe('best');
  });

  it('cuts an overlong query instead of refusing the link', () => {
    expect(search.parse(`?q=${'a'.repeat(5000)}`, known).q).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('reads back every state it writes', () => {
    const ids = (key: FacetKey) => fc.subarray([...known[key]]);
    const stateArb = fc.record({
      q: fc.string({ maxLength: 40 }).map((q) => q.trim()),
      filters: fc.record(
        Object.fromEntries(search.facets.map((key) => [key, ids(key)])) as Record<FacetKey, fc.Arbitrary<string[]>>,
      ),
      sort: fc.constantFrom(...search.sorts),
    });
    fc.assert(
      fc.property(stateArb, (state) => {
        expect(search.parse(search.serialize(state), known)).toEqual(state);
      }),
    );
  });
});

describe('toggleFilter', () => {
  it('adds a value, then removes it, leaving the other facets alone', () => {
    const base: DirectoryState = {
      ...search.emptyState(),
      filters: { ...search.emptyState().filters, region: ['siberia'] },
    };
    const added = toggleFilter(base, 'service', 'security');
    expect(added.filters).toEqual({ ...base.filters, service: ['security'] });
    expect(toggleFilter(added, 'service', 'security').filters).toEqual(base.filters);
    expect(base.filters.service).toEqual([]);
  });
});

describe('a configured search', () => {
  const tiny = defineFacetedSearch({
    facets: ['colour', 'size'],
    info: { colour: { segment: 'colours' }, size: { segment: 'sizes' } },
    sorts: ['name', 'newest'],
    defaultSort: 'name',
  });
  const titles = { colour: 'Colour', size: 'Size' };
  const values = {
    colour: [
      { id: 'red', label: 'Red' },
      { id: 'blue', label: 'Blue' },
    ],
    size: [{ id: 's', label: 'Small' }],
  };
  const items = [{ values: { colour: [0], size: [0] } }, { values: { colour: [0, 1], size: [] } }];

  it('starts empty, on the default sort', () => {
    expect(tiny.emptyState()).toEqual({ q: '', filters: { colour: [], size: [] }, sort: 'name' });
  });

  it('turns chosen ids into positions, dropping ids it does not know', () => {
    expect(tiny.selection(tiny.valueIds(values), { colour: ['blue', 'green'], size: ['s'] })).toEqual({
      colour: [1],
      size: [0],
    });
  });

  it('counts items per value for the static filter links', () => {
    expect(tiny.totals(values, items)).toEqual({
      colour: [
        { id: 'red', label: 'Red', count: 2 },
        { id: 'blue', label: 'Blue', count: 1 },
      ],
      size: [{ id: 's', label: 'Small', count: 1 }],
    });
  });

  it('draws the filter groups with counts and what is chosen', () => {
    const state = { ...tiny.emptyState(), filters: { colour: ['blue'], size: [] } };
    const groups = tiny.groups(
      values,
      { colour: Uint32Array.of(5, 2), size: Uint32Array.of(0) },
      state.filters,
      titles,
    );
    expect(groups.map((group) => group.title)).toEqual(['Colour', 'Size']);
    expect(groups[0]?.options).toEqual([
      { id: 'red', label: 'Red', count: 5, checked: false },
      { id: 'blue', label: 'Blue', count: 2, checked: true },
    ]);
    expect(tiny.chosenCount(state)).toBe(1);
    // While the counts are not known, the groups carry none, and still what is chosen.
    expect(tiny.groups(values, undefined, state.filters, titles)[0]?.options).toEqual([
      { id: 'red', label: 'Red', count: undefined, checked: false },
      { id: 'blue', label: 'Blue', count: undefined, checked: true },
    ]);
  });

  it('reads only known ids from a URL, whatever an attacker puts there', () => {
    const known = tiny.knownIds(values);
    const state = tiny.parse('?colour=__proto__&colour=constructor&colour=red&size=toString&sort=__proto__', known);
    expect(state).toEqual({ q: '', filters: { colour: ['red'], size: [] }, sort: 'name' });
    expect(Object.getPrototypeOf(state.filters)).toBe(Object.prototype);
  });

  it('serves the directory and the library from the same code', () => {
    expect(Object.keys(search).sort()).toEqual(Object.keys(librarySearch).sort());
    expect(librarySearch.serialize(librarySearch.emptyState())).toBe('');
  });
});

describe('filter links for the listings without JavaScript', () => {
  it('link each value to its listing under the base path and mark the one on screen', () => {
    const totals = {
      service: [
        { id: 'mail-migration', label: 'Mail migration', count: 3 },
        { id: 'security', label: 'Security', count: 0 },
      ],
      region: [],
      industry: [],
      language: [],
      type: [],
      tier: [],
      rating: [],
      accepting: [],
      size: [],
      budget: [],
    };
    const groups = search.linkGroups(totals, '/partners/', catalogue('en').directory.facets, {
      facet: 'service',
      id: 'mail-migration',
    });
    expect(groups[0]).toEqual({
      title: 'Services',
      current: true,
      links: [
        { href: '/partners/services/mail-migration/', label: 'Mail migration', count: 3, current: true },
        { href: '/partners/services/security/', label: 'Security', count: 0, current: false },
      ],
    });
    expect(groups.slice(1).every((group) => !group.current)).toBe(true);
  });

  it('title the groups in the page’s language and link within it', () => {
    const totals = {
      service: [{ id: 'mail-migration', label: 'Миграция почты', count: 3 }],
      region: [],
      industry: [],
      language: [],
      type: [],
      tier: [],
      rating: [],
      accepting: [],
      size: [],
      budget: [],
    };
    const groups = search.linkGroups(totals, '/ru/partners/', catalogue('ru').directory.facets);
    expect(groups.map((group) => group.title)).toEqual([
      'Услуги',
      'Регионы',
      'Набор клиентов',
      'Размер клиента',
      'Ваш бюджет',
      'Оценка клиентов',
      'Отрасли',
      'Языки',
      'Тип партнёрства',
      'Уровень',
    ]);
    expect(groups[0]?.links[0]?.href).toBe('/ru/partners/services/mail-migration/');
  });
});
