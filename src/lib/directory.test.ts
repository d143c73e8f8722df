import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addTextIndex,
  buildDirectoryIndex,
  decodeDirectory,
  directoryView,
  decodeValues,
  directorySearch,
  encodeDirectory,
  encodeValues,
  inDefaultOrder,
  queryDirectory,
  viewKey,
  warmUpQueries,
  rankedPartners,
  ratingFacet,
  toDirectoryPartner,
  type DirectoryData,
  type DirectoryIndex,
  type DirectoryPartner,
  type DirectoryState,
} from './directory.ts';

const NOW = Date.UTC(2026, 10, 27);
const TODAY = Math.floor(NOW / 86_400_000);

const facets: DirectoryData['facets'] = {
  service: [
    { id: 'mail-migration', label: 'Mail migration' },
    { id: 'implementation', label: 'Implementation and setup' },
  ],
  region: [
    { id: 'siberia', label: 'Siberia' },
    { id: 'moscow', label: 'Moscow and Moscow Oblast' },
  ],
  industry: [{ id: 'retail', label: 'Retail' }],
  language: [
    { id: 'russian', label: 'Russian' },
    { id: 'english', label: 'English' },
  ],
  type: [{ id: 'reseller', label: 'Reseller' }],
  tier: [
    { id: 'registered', label: 'Registered', colour: '#111111' },
    { id: 'gold', label: 'Gold', colour: '#c9962b' },
  ],
  rating: ratingFacet((threshold) => `${threshold} stars and above`),
};

const partner = (slug: string, overrides: Partial<DirectoryPartner> = {}): DirectoryPartner => ({
  slug,
  name: slug.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()),
  city: '',
  summary: '',
  verifiedDay: TODAY - 30,
  completeness: 0.5,
  writtenIn: 'en',
  reviews: { count: 0, sum: 0 },
  values: { service: [0], region: [0], industry: [], language: [0], type: [0], tier: [0], rating: [] },
  ...overrides,
});

const data: DirectoryData = {
  locale: 'en',
  rankedOn: TODAY,
  facets,
  partners: [
    partner('baikal-digital', {
      city: 'Irkutsk',
      // Two verified reviews averaging 4.5: "4.5 and above", "4 and above", "3 and above".
      reviews: { count: 2, sum: 9 },
      values: { service: [0], region: [0], industry: [0], language: [0, 1], type: [0], tier: [1], rating: [0, 1, 2] },
    }),
    partner('akadem-pixel', {
      city: 'Novosibirsk',
      summary: 'Implementation for startups',
      values: { service: [1], region: [0], industry: [], language: [0], type: [0], tier: [0], rating: [] },
    }),
    partner('kremlin-view-it', {
      city: 'Moscow',
      values: { service: [0, 1], region: [1], industry: [0], language: [0, 1], type: [0], tier: [1], rating: [] },
    }),
  ],
};
const index = buildDirectoryIndex(data);
const run = (state: Partial<DirectoryState>) =>
  queryDirectory(index, { ...directorySearch.emptyState(), ...state }, NOW);
const ranked = (ix: DirectoryIndex, state: Partial<DirectoryState>) =>
  rankedPartners(ix, queryDirectory(ix, { ...directorySearch.emptyState(), ...state }, NOW));
const slugs = (state: Partial<DirectoryState>) => ranked(index, state).map((r) => r.partner.slug);

describe('directory data encoding', () => {
  it('round-trips the data', () => {
    expect(decodeDirectory(encodeDirectory(data))).toEqual(data);
  });

  it('round-trips which partners write in Russian, wherever they stand', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }), (russian) => {
        const mixed = { ...data, partners: russian.map((ru, i) => partner(`p-${i}`, { writtenIn: ru ? 'ru' : 'en' })) };
        const arrived = decodeDirectory(encodeDirectory(mixed)).partners.map((p) => p.writtenIn);
        expect(arrived).toEqual(russian.map((ru) => (ru ? 'ru' : 'en')));
      }),
    );
  });

  it('keeps a slug that does not follow from the name', () => {
    const odd = { ...data, partners: [partner('x-1', { name: 'Something Else' })] };
    expect(decodeDirectory(encodeDirectory(odd)).partners[0]?.slug).toBe('x-1');
  });

  it('refuses data of an unknown format', () => {
    expect(() => decodeDirectory({ v: 1 } as never)).toThrow('Unknown directory data format');
  });

  it('round-trips any set of facet values, beyond one 30-bit chunk too', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 200 })), (values) => {
        expect(decodeValues(encodeValues(values))).toEqual([...values].sort((a, b) => a - b));
      }),
    );
  });
});

describe('queryDirectory', () => {
  it('lists everyone without a query or filters', () => {
    expect(slugs({})).toHaveLength(3);
  });

  it('searches names, cities, summaries and the labels of services, regions and languages', () => {
    expect(slugs({ q: 'baikal' })).toEqual(['baikal-digital']);
    expect(slugs({ q: 'novosibirsk' })).toEqual(['akadem-pixel']);
    expect(slugs({ q: 'startups' })).toEqual(['akadem-pixel']);
    expect(slugs({ q: 'moscow oblast' })).toEqual(['kremlin-view-it']);
    expect(slugs({ q: 'english' }).sort()).toEqual(['baikal-digital', 'kremlin-view-it']);
  });

  it('finds through typos', () => {
    expect(slugs({ q: 'Novosibirks' })).toEqual(['akadem-pixel']);
    expect(slugs({ q: 'implementaton' })).toContain('akadem-pixel');
    expect(slugs({ q: 'Baikla Digtal' })).toEqual(['baikal-digital']);
  });

  it('applies filters by id and counts values under the query', () => {
    const result = run({
      q: 'siberia',
      filters: { ...directorySearch.emptyState().filters, service: ['implementation'] },
    });
    expect(rankedPartners(index, result).map((r) => r.partner.slug)).toEqual(['akadem-pixel']);
    // Under "siberia", mail migration would show Baikal Digital: 1.
    expect(result.counts.service[0]).toBe(1);
    expect(result.counts.service[1]).toBe(1);
    expect(result.textMatches).toBe(2);
  });

  it('puts only the first partners in order when asked, as the whole order begins, and counts them all', () => {
    for (const sort of directorySearch.sorts) {
      for (const q of ['', 'mail', 'siberia']) {
        const state = { ...directorySearch.emptyState(), q, sort };
        const whole = queryDirectory(index, state, NOW);
        for (let first = 0; first <= whole.order.length + 1; first += 1) {
          const part = queryDirectory(index, state, NOW, first);
          expect([...part.order]).toEqual([...whole.order.subarray(0, first)]);
          expect(part.total).toBe(whole.order.length);
        }
      }
    }
  });

  it('suggests a spelling when the query finds nothing', () => {
    const result = run({ q: 'novsbrsk' });
    expect(result.order).toHaveLength(0);
    expect(result.suggestion).toBe('novosibirsk');
  });

  it('sorts by name, tier and verification date on request', () => {
    expect(slugs({ sort: 'name' })).toEqual(['akadem-pixel', 'baikal-digital', 'kremlin-view-it']);
    expect(slugs({ sort: 'tier' }).at(-1)).toBe('akadem-pixel');
    const fresh = buildDirectoryIndex({
      ...data,
      partners: data.partners.map((p, i) => ({ ...p, verifiedDay: TODAY - 100 * (3 - i) })),
    });
    expect(ranked(fresh, { sort: 'verified' }).map((r) => r.partner.slug)).toEqual([
      'kremlin-view-it',
      'akadem-pixel',
      'baikal-digital',
    ]);
  });

  it('ranks fit before tier: a lower-tier partner that matches the words better comes first', () => {
    const index2 = buildDirectoryIndex({
      locale: 'en',
      rankedOn: TODAY,
      facets,
      partners: [
        partner('gold-one', {
          name: 'Gold One',
          summary: 'We also do some mail',
          values: { ...partner('x').values, tier: [1] },
        }),
        partner('mail-masters', { name: 'Mail Masters', values: { ...partner('x').values, tier: [0] } }),
      ],
    });
    const results = ranked(index2, { q: 'mail' }).map((r) => r.partner.slug);
    expect(results).toEqual(['mail-masters', 'gold-one']);
  });

  it('ranks a recently verified, complete profile above a stale, sparse one when all else is equal', () => {
    const index3 = buildDirectoryIndex({
      locale: 'en',
      rankedOn: TODAY,
      facets,
      partners: [
        partner('stale-co', { verifiedDay: TODAY - 900, completeness: 0.2 }),
        partner('fresh-co', { verifiedDay: TODAY - 10, completeness: 0.9 }),
      ],
    });
    expect(ranked(index3, {}).map((r) => r.partner.slug)).toEqual(['fresh-co', 'stale-co']);
  });

  it('never returns a score that is not a finite number', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (q) => {
        for (const { score } of ranked(index, { q })) {
          expect(Number.isFinite(score)).toBe(true);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe('toDirectoryPartner', () => {
  const ref = <C extends string>(collection: C, id: string) => ({ collection, id });
  it('turns references into positions, drops ones the facets do not list, and keeps the rest of the card', () => {
    const partner = toDirectoryPartner(
      {
        id: 'taiga-networks',
        body: 'x'.repeat(150),
        data: {
          name: 'Taiga Networks',
          tier: ref('tiers', 'gold'),
          types: [ref('partnerTypes', 'reseller')],
          regions: [ref('regions', 'siberia'), ref('regions', 'atlantis')],
          services: [ref('services', 'security')],
          languages: [ref('languages', 'english')],
          industries: [],
          summary: 'Mail and security for Siberian retailers.',
          writtenIn: 'en',
          verified: new Date('2026-06-01T00:00:00Z'),
          city: 'Tomsk',
          caseStudies: [],
          featured: false,
        },
      },
      directorySearch.valueIds(facets),
      { count: 3, sum: 14, average: 14 / 3 },
    );
    expect(partner).toMatchObject({
      slug: 'taiga-networks',
      reviews: { count: 3, sum: 14 },
      name: 'Taiga Networks',
      city: 'Tomsk',
      verifiedDay: Math.floor(Date.UTC(2026, 5, 1) / 86_400_000),
      values: {
        tier: [facets.tier.findIndex((value) => value.id === 'gold')],
        region: [facets.region.findIndex((value) => value.id === 'siberia')],
        industry: [],
        // 4.7 meets "4.5 and above", "4 and above" and "3 and above".
        rating: [0, 1, 2],
      },
    });
    expect(partner.completeness).toBeGreaterThan(0);
    expect(partner.completeness).toBeLessThan(1);
  });
});

describe('the order the directory opens with', () => {
  const somePartners = fc.array(
    fc.record({
      completeness: fc.integer({ min: 0, max: 100 }).map((percent) => percent / 100),
      age: fc.integer({ min: 0, max: 1000 }),
      reviews: fc.integer({ min: 0, max: 40 }),
      stars: fc.integer({ min: 1, max: 5 }),
      tier: fc.integer({ min: 0, max: 1 }),
    }),
    { minLength: 1, maxLength: 30 },
  );

  it('is the search’s first answer in the browser, after the data’s trip there, whatever the partners', () => {
    fc.assert(
      fc.property(somePartners, (drawn) => {
        const built = {
          ...data,
          partners: drawn.map((p, i) =>
            partner(`partner-${String.fromCharCode(97 + (i % 26))}-${i}`, {
              completeness: p.completeness,
              verifiedDay: TODAY - p.age,
              reviews: { count: p.reviews, sum: p.reviews * p.stars },
              values: { ...partner('x').values, tier: [p.tier] },
            }),
          ),
        };
        const listed = inDefaultOrder(built).partners.map((partner) => partner.slug);
        const arrived = decodeDirectory(encodeDirectory(built));
        const { order } = queryDirectory(buildDirectoryIndex(arrived, { text: false }), directorySearch.emptyState());
        expect(Array.from(order, (i) => arrived.partners[i]?.slug)).toEqual(listed);
      }),
    );
  });

  it('is ranked on the day the data was built, not on the day it is read', () => {
    const stale = { ...data, rankedOn: TODAY + 2000 };
    const index = buildDirectoryIndex(stale, { text: false });
    expect(queryDirectory(index, directorySearch.emptyState()).scores).toEqual(
      queryDirectory(index, directorySearch.emptyState(), (TODAY + 2000) * 86_400_000).scores,
    );
  });
});

describe('the index in two steps', () => {
  it('answers queries without words alike before the text index is built, and refuses words until then', () => {
    const partial = buildDirectoryIndex(data, { text: false });
    const state = {
      ...directorySearch.emptyState(),
      filters: { ...directorySearch.emptyState().filters, language: ['russian'] },
    };
    expect(queryDirectory(partial, state, NOW)).toEqual(queryDirectory(index, state, NOW));
    expect(() => queryDirectory(partial, { ...state, q: 'mail' }, NOW)).toThrow('text index');
    addTextIndex(partial);
    expect(queryDirectory(partial, { ...state, q: 'mail' }, NOW)).toEqual(
      queryDirectory(index, { ...state, q: 'mail' }, NOW),
    );
  });
});

describe('directoryView', () => {
  it('carries the state it answers and the cards of the first partners only', () => {
    const state = { ...directorySearch.emptyState(), sort: 'name' as const };
    const view = directoryView(index, state, 2, NOW);
    expect(view.answers).toBe(directorySearch.serialize(state));
    expect(view.state).toEqual(state);
    expect(view.total).toBe(3);
    expect(view.cards.map((card) => card.slug)).toEqual(['akadem-pixel', 'baikal-digital']);
    expect(viewKey(state, 2)).not.toBe(viewKey(state, 3));
    expect(viewKey(state, 2)).not.toBe(viewKey({ ...state, q: 'mail' }, 2));
    expect(viewKey({ ...state }, 2)).toBe(viewKey(state, 2));
    // Sent to the page by postMessage: nothing in it that structured cloning would lose.
    expect(structuredClone(view)).toEqual(view);
  });
});

describe('warmUpQueries', () => {
  it('covers every first letter once, longer prefixes, a typo and two words, and each runs', () => {
    const queries = warmUpQueries(index);
    const letters = queries.filter((q) => q.length === 1);
    expect(new Set(letters).size).toBe(letters.length);
    expect(letters).toEqual(expect.arrayContaining(['b', 'i', 'm', 'n']));
    expect(queries).toEqual(expect.arrayContaining(['im', 'imp', 'implementation']));
    expect(queries.some((q) => q.includes(' '))).toBe(true);
    for (const q of queries)
      expect(queryDirectory(index, { ...directorySearch.emptyState(), q }, NOW).order.length).toBeGreaterThan(0);
  });
});
