import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addTextIndex,
  addTextIndexSteps,
  buildDirectoryIndex,
  decodeDirectory,
  decodeSteps,
  directoryView,
  decodeColumn,
  decodeColumnSteps,
  directoryCut,
  directorySearch,
  directoryState,
  encodeDirectory,
  encodeInPieces,
  encodeValues,
  HEAD_PARTNERS,
  headView,
  inDefaultOrder,
  inShippedOrder,
  joinPieces,
  joinSteps,
  PAGE_SIZE,
  pieceAddress,
  PIECE_PARTNERS,
  queryDirectory,
  viewKey,
  warmUpQueries,
  rankedPartners,
  ratingFacet,
  toDirectoryPartner,
  type DirectoryData,
  type DirectoryHead,
  type DirectoryIndex,
  type DirectoryPartner,
  type DirectoryPiece,
  type DirectoryState,
  type EncodedDirectory,
} from './directory.ts';
import { distanceKm, formatPosition, WITHIN_KM } from './geo.ts';

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
  accepting: [{ id: 'yes', label: 'Taking new clients' }],
  size: [
    { id: '1-10', label: '1–10 users' },
    { id: '11-50', label: '11–50 users' },
  ],
  budget: [
    { id: '100000', label: 'Up to ₽100,000' },
    { id: '500000', label: 'Up to ₽500,000' },
  ],
};

/** Irkutsk, Novosibirsk, Moscow and Tomsk; regions: Siberia 0, Moscow 1. */
const cities: DirectoryData['cities'] = [
  { id: 'irkutsk', label: 'Irkutsk', aliases: ['Иркутск'], lat: 52.287, lon: 104.305, region: 0 },
  { id: 'moscow', label: 'Moscow', aliases: ['Москва'], lat: 55.7558, lon: 37.6173, region: 1 },
  { id: 'novosibirsk', label: 'Novosibirsk', aliases: ['Новосибирск'], lat: 55.0302, lon: 82.9204, region: 0 },
  { id: 'tomsk', label: 'Tomsk', aliases: ['Томск'], lat: 56.4847, lon: 84.9482, region: 0 },
];
const city = (id: string) => cities.findIndex((candidate) => candidate.id === id);

const NO_VALUES: DirectoryPartner['values'] = {
  service: [],
  region: [],
  industry: [],
  language: [],
  type: [],
  tier: [],
  rating: [],
  accepting: [0],
  size: [],
  budget: [0, 1],
};

const partner = (slug: string, overrides: Partial<DirectoryPartner> = {}): DirectoryPartner => ({
  slug,
  name: slug.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()),
  offices: [],
  remote: false,
  minProject: 0,
  summary: '',
  verifiedDay: TODAY - 30,
  completeness: 0.5,
  writtenIn: 'en',
  reviews: { count: 0, sum: 0 },
  values: { ...NO_VALUES, service: [0], region: [0], language: [0], type: [0], tier: [0] },
  ...overrides,
});

const data: DirectoryData = {
  locale: 'en',
  rankedOn: TODAY,
  facets,
  cities,
  partners: [
    partner('baikal-digital', {
      offices: [city('irkutsk')],
      // Two verified reviews averaging 4.5: "4.5 and above", "4 and above", "3 and above".
      reviews: { count: 2, sum: 9 },
      values: {
        ...NO_VALUES,
        service: [0],
        region: [0],
        industry: [0],
        language: [0, 1],
        type: [0],
        tier: [1],
        rating: [0, 1, 2],
      },
    }),
    partner('akadem-pixel', {
      offices: [city('novosibirsk'), city('tomsk')],
      summary: 'Implementation for startups',
      values: { ...NO_VALUES, service: [1], region: [0], language: [0], type: [0], tier: [0] },
    }),
    partner('kremlin-view-it', {
      offices: [city('moscow')],
      remote: true,
      minProject: 300_000,
      values: {
        ...NO_VALUES,
        service: [0, 1],
        region: [1],
        industry: [0],
        language: [0, 1],
        type: [0],
        tier: [1],
        accepting: [],
        budget: [1],
      },
    }),
  ],
};
const index = buildDirectoryIndex(data);
const run = (state: Partial<DirectoryState>) => queryDirectory(index, { ...directoryState.empty(), ...state }, NOW);
const ranked = (ix: DirectoryIndex, state: Partial<DirectoryState>) =>
  rankedPartners(ix, queryDirectory(ix, { ...directoryState.empty(), ...state }, NOW));
const slugs = (state: Partial<DirectoryState>) => ranked(index, state).map((r) => r.partner.slug);

/** A partner that arrived works out its slug, offices, summary and values when read: compared field by field. */
const plain = (p: DirectoryPartner) => ({
  ...p,
  slug: p.slug,
  offices: p.offices,
  summary: p.summary,
  values: p.values,
});

describe('directory data encoding', () => {
  it('round-trips the data', () => {
    const arrived = decodeDirectory(encodeDirectory(data));
    expect({ ...arrived, partners: arrived.partners.map(plain) }).toEqual(data);
  });

  it('ships each verification day as the days since the earliest, and reads back every day', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -40_000, max: 60_000 }), { maxLength: 30 }), (days) => {
        const dated = { ...data, partners: days.map((day, i) => partner(`p-${i}`, { verifiedDay: day })) };
        const encoded = encodeDirectory(dated);
        expect(encoded.day.every((day) => day >= 0)).toBe(true);
        if (days.length > 0) expect(Math.min(...encoded.day)).toBe(0);
        expect(decodeDirectory(encoded).partners.map((p) => p.verifiedDay)).toEqual(days);
      }),
    );
  });

  it('reads a facet column into the same values as each partner’s own', () => {
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(fc.nat({ max: 95 }), { maxLength: 8 }), { maxLength: 30 }), (drawn) => {
        const column = decodeColumn(drawn.map(encodeValues).join(' '), drawn.length);
        drawn.forEach((values, i) => {
          const read = Array.from(column.values.subarray(column.start[i], column.start[i + 1]));
          expect(read).toEqual([...values].sort((a, b) => a - b));
        });
      }),
    );
  });

  it('reads a facet column in steps of any slice into what it reads at once, whole or short or damaged', () => {
    const texts = fc.oneof(
      fc
        .array(fc.uniqueArray(fc.nat({ max: 95 }), { maxLength: 8 }), { maxLength: 30 })
        .map((drawn) => drawn.map(encodeValues).join(' ')),
      fc.string({ unit: fc.constantFrom('1', 'z', ',', ' ', '!', 'Я'), maxLength: 60 }),
    );
    fc.assert(
      fc.property(texts, fc.nat({ max: 35 }), fc.integer({ min: -1, max: 40 }), (text, count, slice) => {
        const steps = decodeColumnSteps(text, count, slice);
        let pauses = 0;
        let step = steps.next();
        for (; !step.done; step = steps.next()) pauses += 1;
        const whole = decodeColumn(text, count);
        expect(Array.from(step.value.start)).toEqual(Array.from(whole.start));
        expect(Array.from(step.value.values)).toEqual(Array.from(whole.values));
        // Never more pauses than full slices of partners (one partner a step at the least).
        expect(pauses).toBeLessThanOrEqual(Math.ceil(count / Math.max(1, slice)));
      }),
    );
  });

  it('reads a damaged facet column without throwing or inventing partners', () => {
    for (const text of ['', ' ', 'zz,ZZ,!!', '1 2 3 4 5 6', '<script>', '1,,,,,,,,,,1', 'z'.repeat(50)]) {
      const column = decodeColumn(text, 3);
      expect(column.start).toHaveLength(4);
      expect(column.start[3]).toBe(column.values.length);
      for (let i = 0; i < 3; i += 1) expect(column.start[i]).toBeLessThanOrEqual(column.start[i + 1] ?? 0);
    }
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

  it('round-trips summaries that begin with the name, and those that only seem to', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ name: fc.constantFrom('Kama Logic', 'Kama', 'Кама Логик'), rest: fc.string({ maxLength: 12 }) }),
          {
            minLength: 1,
            maxLength: 20,
          },
        ),
        (drawn) => {
          const partners = drawn.map(({ name, rest }, i) => partner(`p-${i}`, { name, summary: `${name}${rest}` }));
          const arrived = decodeDirectory(encodeDirectory({ ...data, partners })).partners;
          expect(arrived.map((p) => p.summary)).toEqual(partners.map((p) => p.summary));
        },
      ),
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
        expect(Array.from(decodeColumn(encodeValues(values), 1).values)).toEqual([...values].sort((a, b) => a - b));
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
      filters: { ...directoryState.empty().filters, service: ['implementation'] },
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
        const state = { ...directoryState.empty(), q, sort };
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
      cities,
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
      cities,
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
          offices: [{ city: ref('cities', 'tomsk'), address: 'Lenin Ave 49' }, { city: ref('cities', 'atlantis') }],
          remote: true,
          acceptingClients: false,
          clientSizes: ['11-50'],
          minProject: 200_000,
          caseStudies: [],
          featured: false,
        },
      },
      { ...directorySearch.valueIds(facets), city: new Map(cities.map(({ id }, at) => [id, at])) },
      { count: 3, sum: 14, average: 14 / 3 },
    );
    expect(partner).toMatchObject({
      slug: 'taiga-networks',
      reviews: { count: 3, sum: 14 },
      name: 'Taiga Networks',
      offices: [city('tomsk')],
      remote: true,
      minProject: 200_000,
      verifiedDay: Math.floor(Date.UTC(2026, 5, 1) / 86_400_000),
      values: {
        tier: [facets.tier.findIndex((value) => value.id === 'gold')],
        region: [facets.region.findIndex((value) => value.id === 'siberia')],
        industry: [],
        // 4.7 meets "4.5 and above", "4 and above" and "3 and above".
        rating: [0, 1, 2],
        accepting: [],
        size: [1],
        // 200,000 fits a budget of up to 500,000, not one of up to 100,000.
        budget: [1],
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
        const { order } = queryDirectory(buildDirectoryIndex(arrived, { text: false }), directoryState.empty());
        expect(Array.from(order, (i) => arrived.partners[i]?.slug)).toEqual(listed);
      }),
    );
  });

  it('is ranked on the day the data was built, not on the day it is read', () => {
    const stale = { ...data, rankedOn: TODAY + 2000 };
    const index = buildDirectoryIndex(stale, { text: false });
    expect(queryDirectory(index, directoryState.empty()).scores).toEqual(
      queryDirectory(index, directoryState.empty(), (TODAY + 2000) * 86_400_000).scores,
    );
  });
});

describe('the directory in pieces', () => {
  /** Partners as varied as the columns allow: languages, remote work, summaries with the name, ages, reviews. */
  const onePartner = fc.record({
    ru: fc.boolean(),
    remote: fc.boolean(),
    named: fc.boolean(),
    age: fc.integer({ min: 0, max: 1500 }),
    reviews: fc.integer({ min: 0, max: 9 }),
    completeness: fc.integer({ min: 0, max: 100 }),
    service: fc.uniqueArray(fc.integer({ min: 0, max: 1 }), { maxLength: 2 }),
    tier: fc.integer({ min: 0, max: 1 }),
  });
  const manyPartners = fc.array(onePartner, { minLength: 1, maxLength: 40 });
  /** Directories short and long: longer than a page, where the first page leaves partners out. */
  const shortOrLong = fc.oneof(manyPartners, fc.array(onePartner, { minLength: PAGE_SIZE + 1, maxLength: 40 }));
  /** As the build makes them: with the rating and budget filters' values that follow from reviews and projects. */
  const directoryOf = (drawn: Drawn): DirectoryData => {
    const partners = drawn.map((p, i) => {
      const name = `${p.ru ? 'Кама' : 'Kama'} ${String.fromCharCode(97 + ((i * 7) % 26))}${i}`;
      return partner(`p-${i}`, {
        name,
        summary: p.named ? `${name} migrates mail` : 'Migrates mail',
        writtenIn: p.ru ? 'ru' : 'en',
        remote: p.remote,
        offices: [i % cities.length],
        verifiedDay: TODAY - p.age,
        completeness: p.completeness / 100,
        reviews: { count: p.reviews, sum: p.reviews * 4 },
        values: { ...NO_VALUES, service: p.service, region: [0], language: [0], type: [0], tier: [p.tier] },
      });
    });
    return { ...data, partners: decodeDirectory(encodeDirectory({ ...data, partners })).partners.map(plain) };
  };
  type Drawn = typeof manyPartners extends fc.Arbitrary<infer T> ? T : never;
  const sizes = fc.record({ headSize: fc.integer({ min: 1, max: 12 }), pieceSize: fc.integer({ min: 1, max: 7 }) });

  it('joins the head and its pieces into the directory the whole payload gives', () => {
    fc.assert(
      fc.property(manyPartners, sizes, (drawn, split) => {
        const shipped = inShippedOrder(directoryOf(drawn), split.headSize);
        const { head, pieces } = encodeInPieces(shipped, split);
        expect(head.name).toHaveLength(Math.min(split.headSize, drawn.length));
        expect(pieces.every((piece) => piece.name.length <= split.pieceSize)).toBe(true);
        expect(head.pieces.map((piece) => piece.count)).toEqual(pieces.map((piece) => piece.name.length));
        const joined = decodeDirectory(joinPieces(head, pieces));
        const whole = decodeDirectory(encodeDirectory(shipped));
        expect(joined.partners.map(plain)).toEqual(whole.partners.map(plain));
        expect({ ...joined, partners: [] }).toEqual({ ...whole, partners: [] });
      }),
    );
  });

  it('joins in steps what it joins at once, pausing after checking each piece and after each group of columns', () => {
    fc.assert(
      fc.property(manyPartners, sizes, (drawn, split) => {
        const { head, pieces } = encodeInPieces(inShippedOrder(directoryOf(drawn), split.headSize), split);
        const steps = joinSteps(head, pieces);
        let pauses = 0;
        let step = steps.next();
        for (; !step.done; step = steps.next()) pauses += 1;
        // A piece at a time, then the four text columns, the facet columns, the position lists and the five
        // columns of numbers.
        expect(pauses).toBe(pieces.length + 4 + 2 + 5);
        expect(step.value).toEqual(joinPieces(head, pieces));
      }),
    );
  });

  it('ships the opening page first, then the head, without changing the order the directory opens with', () => {
    fc.assert(
      fc.property(shortOrLong, fc.integer({ min: 1, max: 40 }), (drawn, headSize) => {
        const directory = directoryOf(drawn);
        const shipped = inShippedOrder(directory, headSize);
        const opening = inDefaultOrder(directory).partners.map((p) => p.slug);
        const slugs = shipped.partners.map((p) => p.slug);
        expect(inDefaultOrder(shipped).partners.map((p) => p.slug)).toEqual(opening);
        expect([...slugs].sort()).toEqual(directory.partners.map((p) => p.slug).sort());
        // The opening search's first page, in its order; then the rest of the head, then the others.
        expect(slugs.slice(0, PAGE_SIZE)).toEqual(opening.slice(0, PAGE_SIZE));
        const head = Math.max(headSize, Math.min(PAGE_SIZE, drawn.length));
        expect(slugs.slice(0, head).sort()).toEqual(opening.slice(0, head).sort());
        // Past the first page, each part keeps the order the partners came in.
        const cameIn = (part: string[]) => [...part].sort((a, b) => Number(a.slice(2)) - Number(b.slice(2)));
        for (const part of [slugs.slice(PAGE_SIZE, head), slugs.slice(head)]) expect(part).toEqual(cameIn(part));
      }),
    );
  });

  it('reads the first partners alone as the whole payload gives them, with every facet and city', () => {
    fc.assert(
      fc.property(manyPartners, fc.integer({ min: 0, max: 45 }), (drawn, partners) => {
        const encoded = encodeDirectory(directoryOf(drawn));
        const whole = decodeDirectory(encoded);
        const first = decodeDirectory(encoded, partners);
        expect(first.partners.map(plain)).toEqual(whole.partners.slice(0, partners).map(plain));
        expect({ ...first, partners: [] }).toEqual({ ...whole, partners: [] });
      }),
    );
  });

  it('answers the opening search from the head’s first page alone as the whole directory does, and no other', () => {
    const empty = directoryState.empty();
    const others: DirectoryState[] = [
      { ...empty, q: 'mail' },
      { ...empty, sort: 'name' },
      { ...empty, near: 'moscow' },
      { ...empty, filters: { ...empty.filters, service: ['mail-migration', 'implementation'] } },
    ];
    let pastThePage = 0;
    fc.assert(
      fc.property(
        shortOrLong,
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 9 }),
        (drawn, headSize, pieceSize) => {
          if (drawn.length > PAGE_SIZE && headSize >= PAGE_SIZE) pastThePage += 1;
          const shipped = inShippedOrder(directoryOf(drawn), headSize);
          const { head } = encodeInPieces(shipped, { headSize, pieceSize });
          const firstPage = buildDirectoryIndex(decodeDirectory(head, PAGE_SIZE));
          const whole = directoryView(
            buildDirectoryIndex(decodeDirectory(encodeDirectory(shipped))),
            empty,
            PAGE_SIZE,
            NOW,
          );
          const early = headView(firstPage, head, empty, PAGE_SIZE, false, NOW);
          // Where the head is shorter than a page (a build cut so), it cannot: the whole head answers then.
          if (Math.min(PAGE_SIZE, drawn.length) <= headSize) expect(early).toEqual(whole);
          else expect(early.partial).toBeDefined();
          for (const state of others)
            expect(headView(firstPage, head, state, PAGE_SIZE, false, NOW).partial).toBeDefined();
        },
      ),
      { numRuns: 60 },
    );
    expect(pastThePage).toBeGreaterThan(0);
  });

  it('is one payload, without pieces, up to the head’s size', () => {
    const { head, pieces } = encodeInPieces(data, { headSize: 3 });
    expect(pieces).toEqual([]);
    expect(head.pieces).toEqual([]);
    expect(head.opening.total).toBe(3);
    expect(decodeDirectory(head).partners.map(plain)).toEqual(
      decodeDirectory(encodeDirectory(data)).partners.map(plain),
    );
  });

  it('answers from the head exactly the opening search and one filter value where it holds their first partners, any other partly', () => {
    const empty = directoryState.empty();
    const withFilters = (filters: Partial<DirectoryState['filters']>) => ({
      ...empty,
      filters: { ...empty.filters, ...filters },
    });
    const oneValue = directorySearch.facets.flatMap((key) =>
      data.facets[key].map(({ id }) => withFilters({ [key]: [id] })),
    );
    const others: DirectoryState[] = [
      withFilters({ service: ['mail-migration', 'implementation'] }),
      withFilters({ service: ['mail-migration'], tier: ['gold'] }),
      { ...empty, q: 'mail' },
      { ...empty, sort: 'name' },
      { ...empty, near: 'moscow' },
      { ...withFilters({ service: ['mail-migration'] }), sort: 'rating' },
    ];
    let answeredOneValue = 0;
    fc.assert(
      fc.property(
        manyPartners.filter((drawn) => drawn.length > 4),
        fc.integer({ min: 1, max: 6 }),
        fc.boolean(),
        (drawn, visible, failed) => {
          const shipped = inShippedOrder(directoryOf(drawn), 4);
          const { head } = encodeInPieces(shipped, { headSize: 4, pieceSize: 3 });
          const headIndex = buildDirectoryIndex(decodeDirectory(head));
          const wholeIndex = buildDirectoryIndex(decodeDirectory(encodeDirectory(shipped)));
          for (const state of [empty, ...oneValue, ...others]) {
            const fromHead = headView(headIndex, head, state, visible, failed, NOW);
            const whole = directoryView(wholeIndex, state, visible, NOW);
            const holdsTheFirst = directoryView(headIndex, state, visible, NOW).total >= Math.min(visible, whole.total);
            const answerable = (state === empty || oneValue.includes(state)) && holdsTheFirst;
            expect(fromHead.partial === undefined, directoryState.serialize(state)).toBe(answerable);
            if (answerable) {
              if (state !== empty) answeredOneValue += 1;
              expect(fromHead.cards).toEqual(whole.cards);
              expect(fromHead.total).toBe(whole.total);
              expect(fromHead.counts).toEqual(whole.counts);
              expect(fromHead.textMatches).toBe(whole.textMatches);
            } else {
              expect(fromHead.partial).toEqual({ searched: 4, of: drawn.length, failed });
            }
          }
        },
      ),
      { numRuns: 60 },
    );
    // The case the counts for one value are there for came up, and not only the partial answers.
    expect(answeredOneValue).toBeGreaterThan(0);
  });

  it('brings with the head the counts for one filter value only where there are pieces', () => {
    expect(encodeInPieces(data, { headSize: 3 }).head.chosen).toBeUndefined();
    const { chosen } = encodeInPieces(data, { headSize: 2 }).head;
    expect(chosen?.service).toHaveLength(data.facets.service.length);
  });

  describe('refuses pieces that do not hold the partners the head lists', () => {
    const shipped = inShippedOrder(
      directoryOf(
        Array.from({ length: 9 }, (_, i) => ({
          ru: i % 2 === 0,
          remote: i % 3 === 0,
          named: true,
          age: i * 40,
          reviews: i % 4,
          completeness: 50,
          service: [0],
          tier: 0,
        })),
      ),
      4,
    );
    const { head, pieces } = encodeInPieces(shipped, { headSize: 4, pieceSize: 3 });
    const [first, second] = pieces as [DirectoryPiece, DirectoryPiece];
    const cases: [string, DirectoryHead, DirectoryPiece[]][] = [
      ['a piece missing', head, [first]],
      ['a piece too many', head, [first, second, second]],
      ['a name missing', head, [{ ...first, name: first.name.slice(1) }, second]],
      ['a summary too many', head, [first, { ...second, summary: [...second.summary, '<script>alert(1)</script>'] }]],
      [
        'a facet column one partner short',
        head,
        [{ ...first, values: first.values.map((v, k) => (k === 0 ? v.split(' ').slice(1).join(' ') : v)) }, second],
      ],
      ['a facet column with a partner more', head, [first, { ...second, values: second.values.map((v) => `${v} 1`) }]],
      ['a facet column missing', head, [{ ...first, values: first.values.slice(1) }, second]],
      [
        'a facet column that is not text',
        head,
        [{ ...first, values: first.values.map(() => ['<img src=x onerror=alert(1)>']) as never }, second],
      ],
      ['a day base that is not a number', head, [{ ...first, dayBase: '0' as never }, second]],
      ['a column that is not a list', head, [{ ...first, stars: {} as never }, second]],
      ['positions that are not whole numbers', head, [{ ...first, remote: ['1', 2] as never }, second]],
      ['positions that go back', head, [first, { ...second, named: [2, -1] }]],
      ['a language list that is not a list', head, [{ ...first, writtenIn: { ru: 'everyone' } as never }, second]],
    ];
    it.each(cases)('%s', (_, listing, arrived) => {
      expect(() => joinPieces(listing, arrived)).toThrow(/piece/);
    });

    it('and reads other languages’ lists only for languages it knows', () => {
      const joined = joinPieces(head, [
        { ...first, writtenIn: { ...first.writtenIn, __proto__: [1], xx: [1] } as never },
        second,
      ]);
      expect(Object.keys(joined.writtenIn).sort()).toEqual(['ru']);
    });
  });

  it('is cut as the build says, and refuses any size but a whole number of partners from 1', () => {
    expect(directoryCut({})).toEqual({ headSize: HEAD_PARTNERS, pieceSize: PIECE_PARTNERS });
    expect(directoryCut({ DIRECTORY_HEAD_PARTNERS: '', DIRECTORY_PIECE_PARTNERS: '4' })).toEqual({
      headSize: HEAD_PARTNERS,
      pieceSize: 4,
    });
    expect(directoryCut({ DIRECTORY_HEAD_PARTNERS: '30' }).headSize).toBe(30);
    for (const value of ['0', '-1', '1e3', '10abc', ' 10', '10.5', '0x10', '010', '99999999', 'Infinity', '<script>']) {
      expect(() => directoryCut({ DIRECTORY_HEAD_PARTNERS: value }), value).toThrow(
        `DIRECTORY_HEAD_PARTNERS must be a whole number of partners from 1, not ${JSON.stringify(value)}`,
      );
      expect(() => directoryCut({ DIRECTORY_PIECE_PARTNERS: value }), value).toThrow('DIRECTORY_PIECE_PARTNERS');
    }
  });

  it('loads pieces from the head’s own origin only', () => {
    const head = 'https://partners.example/ru/partners/directory.json';
    expect(pieceAddress('directory-1.json', head)).toBe('https://partners.example/ru/partners/directory-1.json');
    expect(pieceAddress('../../partners/directory-2.json', head)).toBe(
      'https://partners.example/partners/directory-2.json',
    );
    for (const hostile of [
      'https://attacker.example/directory-1.json',
      '//attacker.example/directory-1.json',
      'https://partners.example@attacker.example/directory-1.json',
      'http://partners.example/ru/partners/directory-1.json',
      'javascript:alert(1)',
      'data:application/json,{}',
      'blob:https://partners.example/1',
    ]) {
      expect(pieceAddress(hostile, head), hostile).toBeUndefined();
    }
    expect(pieceAddress('directory-1.json', 'not an address')).toBeUndefined();
  });
});

describe('the index in two steps', () => {
  it('answers queries without words alike before the text index is built, and refuses words until then', () => {
    const partial = buildDirectoryIndex(data, { text: false });
    const state = {
      ...directoryState.empty(),
      filters: { ...directoryState.empty().filters, language: ['russian'] },
    };
    expect(queryDirectory(partial, state, NOW)).toEqual(queryDirectory(index, state, NOW));
    expect(() => queryDirectory(partial, { ...state, q: 'mail' }, NOW)).toThrow('text index');
    addTextIndex(partial);
    expect(queryDirectory(partial, { ...state, q: 'mail' }, NOW)).toEqual(
      queryDirectory(index, { ...state, q: 'mail' }, NOW),
    );
  });

  it.each([1, 2, 3, 4])(
    'builds the same text index in slices of %i partners, pausing after each full slice',
    (slice) => {
      const stepped = buildDirectoryIndex(data, { text: false });
      const steps = addTextIndexSteps(stepped, slice);
      let pauses = 0;
      while (!steps.next().done) {
        // Until the last step, the index has no text to answer words with.
        expect(stepped.text).toBeUndefined();
        pauses += 1;
      }
      // Two passes over the partners (their fields, their words), then the words sorted (a step per first letter),
      // their lists (in at most as many steps as a pass) and the words by length, and a typo index per word length.
      const { words, surfaces, postings, fuzzyByLength } = index.text as NonNullable<DirectoryIndex['text']>;
      const firstLetters = new Set(words.map((word) => word.charCodeAt(0))).size;
      const slices = Math.floor(data.partners.length / slice);
      const listPauses = pauses - (2 * slices + firstLetters + 1 + fuzzyByLength.size);
      expect(listPauses).toBeLessThanOrEqual(slices);
      expect(listPauses).toBeGreaterThanOrEqual(slices > 1 ? 1 : 0);
      expect(stepped.text).toMatchObject({ words, surfaces, postings });
      expect(queryDirectory(stepped, { ...directoryState.empty(), q: 'mail' }, NOW)).toEqual(
        queryDirectory(index, { ...directoryState.empty(), q: 'mail' }, NOW),
      );
    },
  );
});

describe('decodeSteps', () => {
  it.each([1, 2, 3, 1_000])(
    'decodes what decodeDirectory decodes, pausing within and after each column, and after each full slice of %i partners',
    (slice) => {
      const encoded = encodeDirectory(data);
      const steps = decodeSteps(encoded, slice);
      let pauses = 0;
      let step = steps.next();
      for (; !step.done; step = steps.next()) pauses += 1;
      // Each shipped facet column and the rating and budget columns worked out in the browser, a slice at a time;
      // the position lists; the partners made, a full slice at a time.
      const slices = Math.ceil(data.partners.length / slice);
      expect(pauses).toBe(directorySearch.facets.length * slices + 1 + Math.floor(data.partners.length / slice));
      expect(step.value.partners.map(plain)).toEqual(decodeDirectory(encoded).partners.map(plain));
      expect(step.value.facets).toEqual(decodeDirectory(encoded).facets);
    },
  );

  it('takes at least one partner a step, whatever slice it is given', () => {
    const encoded = encodeDirectory(data);
    for (const slice of [0, -3, Number.NaN]) {
      const steps = decodeSteps(encoded, slice);
      let pauses = 0;
      let step = steps.next();
      for (; !step.done && pauses < 1_000; step = steps.next()) pauses += 1;
      expect(step.done).toBe(true);
      expect(step.value?.partners.map(plain)).toEqual(decodeDirectory(encoded).partners.map(plain));
    }
  });

  it('refuses data of another format before its first step', () => {
    expect(() => decodeSteps({ ...encodeDirectory(data), v: 6 } as unknown as EncodedDirectory, 1).next()).toThrow(
      'Unknown directory data format',
    );
  });
});

describe('directoryView', () => {
  it('carries the state it answers and the cards of the first partners only', () => {
    const state = { ...directoryState.empty(), sort: 'name' as const };
    const view = directoryView(index, state, 2, NOW);
    expect(view.answers).toBe(directoryState.serialize(state));
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
  it('covers every first letter once in either script, longer prefixes, a typo and two words, and each runs', () => {
    const queries = warmUpQueries(index);
    const letters = queries.filter((q) => q.length === 1);
    expect(queries.slice(0, letters.length)).toEqual(letters);
    expect(new Set(letters).size).toBe(letters.length);
    expect(letters).toEqual(expect.arrayContaining(['b', 'i', 'm', 'n', 'б', 'и', 'м', 'н', 'э']));
    // Letters whose Latin spelling starts no word here (х is kh), or that are spelt with nothing (ъ, ь).
    for (const letter of ['х', 'ъ', 'ь', 'ё']) expect(letters).not.toContain(letter);
    expect(queries).toEqual(expect.arrayContaining(['im', 'imp', 'implementation']));
    expect(queries.some((q) => q.includes(' '))).toBe(true);
    for (const q of queries)
      expect(queryDirectory(index, { ...directoryState.empty(), q }, NOW).order.length).toBeGreaterThan(0);
  });
});

describe('searching near a place', () => {
  const near = (state: Partial<DirectoryState>) => run({ ...state });
  const place = (id: string) => cities[city(id)] ?? { lat: Number.NaN, lon: Number.NaN };
  const km = (from: string, to: string) => {
    return distanceKm(place(from), place(to));
  };

  it('sorts by the distance to each partner’s nearest office, from a city or a position', () => {
    const fromTomsk = near({ near: 'tomsk', sort: 'distance' });
    // Akadem Pixel has an office in Tomsk itself; Baikal Digital is in Irkutsk, Kremlin View in Moscow.
    expect(Array.from(fromTomsk.order, (i) => data.partners[i]?.slug)).toEqual([
      'akadem-pixel',
      'baikal-digital',
      'kremlin-view-it',
    ]);
    const cards = directoryView(index, { ...directoryState.empty(), near: 'tomsk', sort: 'distance' }, 3, NOW).cards;
    expect(cards.map((card) => card.distance)).toEqual([
      { km: 0 },
      { km: expect.closeTo(km('tomsk', 'irkutsk'), 0) },
      { km: expect.closeTo(km('tomsk', 'moscow'), 0) },
    ]);
    const fromPosition = near({ near: formatPosition(place('moscow')), sort: 'distance' });
    expect(data.partners[fromPosition.order[0] ?? -1]?.slug).toBe('kremlin-view-it');
  });

  it('keeps partners within the radius, and those working remotely across the place’s region', () => {
    const within = (place: string, radius: number) =>
      Array.from(near({ near: place, within: radius }).order, (i) => data.partners[i]?.slug).sort();
    expect(within('novosibirsk', 250)).toEqual(['akadem-pixel']);
    // Kremlin View works remotely across Moscow's region, so it stays whatever the radius.
    expect(within('moscow', 25)).toEqual(['kremlin-view-it']);
    const irkutsk = directoryView(index, { ...directoryState.empty(), near: 'irkutsk', within: 25 }, 3, NOW);
    expect(irkutsk.cards.map((card) => card.slug)).toEqual(['baikal-digital']);
  });

  it('shows a remote partner as working remotely rather than by a far office', () => {
    const moscow = { lat: 55.7558, lon: 37.6173 };
    // A position 150 km from Moscow, in Moscow's region by its nearest city.
    const outside = formatPosition({ lat: moscow.lat + 1.35, lon: moscow.lon });
    const view = directoryView(index, { ...directoryState.empty(), near: outside, within: 100 }, 3, NOW);
    expect(view.cards.map((card) => [card.slug, card.distance])).toEqual([['kremlin-view-it', { remote: true }]]);
  });

  it('counts each radius, and names the nearest partner when the radius leaves none', () => {
    const result = near({
      near: 'irkutsk',
      within: 25,
      filters: { ...directoryState.empty().filters, service: ['implementation'] },
    });
    expect(result.total).toBe(0);
    expect(result.near?.withinCounts).toEqual([0, 0, 0, 0, 2]);
    expect(result.near?.nearestOutside).toMatchObject({ slug: 'akadem-pixel', city: 'Tomsk' });
    expect(result.near?.nearestOutside?.km).toBeCloseTo(km('irkutsk', 'tomsk'), 0);
  });

  it('gives nearby partners a boost in best match, and no other sort a different set', () => {
    const nearMoscow = near({ near: 'moscow' });
    expect(data.partners[nearMoscow.order[0] ?? -1]?.slug).toBe('kremlin-view-it');
    for (const sort of directorySearch.sorts) {
      const anywhere = run({ sort });
      const there = near({ sort, near: 'moscow' });
      expect([...there.order].sort()).toEqual([...anywhere.order].sort());
    }
  });

  it('ignores a place the gazetteer does not know, as if there were none', () => {
    expect(near({ near: 'atlantis', within: 25 }).order).toEqual(run({}).order);
  });
});

describe('decision filters', () => {
  const filtered = (filters: Partial<DirectoryState['filters']>) =>
    slugs({ filters: { ...directoryState.empty().filters, ...filters } }).sort();

  it('keeps partners taking clients, of a client size and whose smallest project fits the budget', () => {
    expect(filtered({ accepting: ['yes'] })).toEqual(['akadem-pixel', 'baikal-digital']);
    expect(filtered({ budget: ['100000'] })).toEqual(['akadem-pixel', 'baikal-digital']);
    expect(filtered({ budget: ['500000'] })).toEqual(['akadem-pixel', 'baikal-digital', 'kremlin-view-it']);
  });
});

describe('the directory state in the address', () => {
  const parse = (search: string) => directoryState.parse(search, facets, cities);

  it('reads a place, a radius and the distance sort', () => {
    expect(parse('?near=tomsk&within=50&sort=distance')).toMatchObject({ near: 'tomsk', within: 50, sort: 'distance' });
    expect(parse('?near=55.796345,49.108812')).toMatchObject({ near: '55.8,49.11', within: 0 });
  });

  it.each([
    ['an unknown city', '?near=atlantis&within=50&sort=distance'],
    ['script', '?near=%3Cscript%3Ealert(1)%3C/script%3E'],
    ['a javascript: address', '?near=javascript:alert(1)'],
    ['a position off the globe', '?near=95,10'],
    ['an inherited key', '?near=__proto__'],
    ['a radius without a place', '?within=50'],
    ['the distance sort without a place', '?sort=distance'],
  ])('drops %s', (_, search) => {
    expect(parse(search)).toMatchObject({ near: '', within: 0, sort: 'best' });
  });

  it('drops a radius that is not offered', () => {
    expect(parse('?near=tomsk&within=33')).toMatchObject({ near: 'tomsk', within: 0 });
    expect(parse('?near=tomsk&within=-25')).toMatchObject({ near: 'tomsk', within: 0 });
  });

  it('round-trips any state it can write', () => {
    const place = fc.oneof(
      fc.constant(''),
      fc.constantFrom(...cities.map(({ id }) => id)),
      fc
        .record({
          lat: fc.double({ min: -90, max: 90, noNaN: true }),
          lon: fc.double({ min: -180, max: 180, noNaN: true }),
        })
        .map(formatPosition),
    );
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        place,
        fc.constantFrom(0, ...WITHIN_KM),
        fc.constantFrom(...directorySearch.sorts),
        fc.subarray(facets.service.map(({ id }) => id)),
        (q, near, within, sort, service) => {
          const state: DirectoryState = {
            ...directoryState.empty(),
            q: q.trim(),
            near,
            within: near ? within : 0,
            sort: near || sort !== 'distance' ? sort : 'best',
            filters: { ...directoryState.empty().filters, service },
          };
          expect(parse(directoryState.serialize(state))).toEqual(state);
        },
      ),
    );
  });
});
