import { describe, expect, it } from 'vitest';
import {
  buildLibraryIndex,
  librarySearch,
  queryLibrary,
  tiersFrom,
  toLibraryItem,
  type LibraryData,
  type LibraryState,
} from './library.ts';
import { catalogue } from './i18n/catalogue.ts';

const data: LibraryData = {
  locale: 'en',
  facets: {
    type: [
      { id: 'sales-playbook', label: 'Sales playbook' },
      { id: 'case-study', label: 'Case study' },
    ],
    topic: [
      { id: 'migration', label: 'Mailbox migration' },
      { id: 'selling-cloud-mail', label: 'Selling cloud mail' },
    ],
    audience: [
      { id: 'reseller', label: 'Reseller' },
      { id: 'referral', label: 'Referral partner' },
    ],
    tier: [
      { id: 'registered', label: 'Registered' },
      { id: 'silver', label: 'Silver' },
      { id: 'gold', label: 'Gold' },
    ],
  },
  items: [
    {
      slug: 'migration-guide',
      title: 'Mailbox migration guide',
      summary: 'Move mailboxes from an on-premise server.',
      day: 20_000,
      access: 'Silver and above',
      values: { type: [0], topic: [0], audience: [0, 1], tier: tiersFrom(1, 3) },
    },
    {
      slug: 'cloud-vs-server',
      title: 'Selling cloud mail against a server room',
      summary: 'Objections and answers.',
      day: 20_100,
      access: 'Public',
      values: { type: [0], topic: [1], audience: [1], tier: tiersFrom(undefined, 3) },
    },
    {
      slug: 'kazan-retail',
      title: 'A Kazan retailer moves 400 mailboxes',
      summary: 'Case study of a migration.',
      day: 19_900,
      access: 'Gold and above',
      values: { type: [1], topic: [0], audience: [0], tier: tiersFrom(2, 3) },
    },
  ],
};
const index = buildLibraryIndex(data);
const slugs = (state: Partial<LibraryState>) =>
  queryLibrary(index, { ...librarySearch.emptyState(), ...state }).order.map((i) => data.items[i]?.slug);

describe('tiersFrom', () => {
  it.each([
    [undefined, 3, [0, 1, 2]],
    [1, 3, [1, 2]],
    [2, 3, [2]],
  ])('from %s of %i tiers: %j', (from, count, tiers) => {
    expect(tiersFrom(from, count)).toEqual(tiers);
  });
});

describe('queryLibrary', () => {
  it('lists the newest first', () => {
    expect(slugs({})).toEqual(['cloud-vs-server', 'migration-guide', 'kazan-retail']);
  });

  it('searches titles, summaries and labels, forgiving typos', () => {
    expect(slugs({ q: 'migraton' }).sort()).toEqual(['kazan-retail', 'migration-guide']);
    expect(slugs({ q: 'objections' })).toEqual(['cloud-vs-server']);
  });

  it('filters by tier as “available to a partner of this tier”', () => {
    expect(slugs({ filters: { ...librarySearch.emptyState().filters, tier: ['registered'] } })).toEqual([
      'cloud-vs-server',
    ]);
    expect(slugs({ filters: { ...librarySearch.emptyState().filters, tier: ['gold'] } })).toHaveLength(3);
  });

  it('counts each value under the other filters', () => {
    const result = queryLibrary(index, {
      ...librarySearch.emptyState(),
      filters: { ...librarySearch.emptyState().filters, type: ['case-study'] },
    });
    expect([...result.counts.type]).toEqual([2, 1]);
    expect([...result.counts.topic]).toEqual([1, 0]);
  });

  it('keeps its state in the URL like the directory', () => {
    const state: LibraryState = {
      q: 'guide',
      filters: { type: ['sales-playbook'], topic: [], audience: [], tier: ['silver'] },
      sort: 'title',
    };
    const known = {
      type: new Set(['sales-playbook']),
      topic: new Set<string>(),
      audience: new Set<string>(),
      tier: new Set(['silver']),
    };
    const query = librarySearch.serialize(state);
    expect(query).toBe('?q=guide&type=sales-playbook&tier=silver&sort=title');
    expect(librarySearch.parse(query, known)).toEqual(state);
  });
});

describe('toLibraryItem', () => {
  const facets = {
    type: [{ id: 'case-study', label: 'Case study' }],
    topic: [
      { id: 'migration', label: 'Migration' },
      { id: 'security', label: 'Security' },
    ],
    audience: [
      { id: 'reseller', label: 'Reseller' },
      { id: 'referral', label: 'Referral partner' },
    ],
    tier: [
      { id: 'registered', label: 'Registered' },
      { id: 'silver', label: 'Silver' },
      { id: 'gold', label: 'Gold' },
    ],
  };
  const resource = { slug: 'x', title: 'X', summary: 'Y', day: 20_000, type: 'case-study', topics: ['security'] };

  it('writes values as positions, and an empty audience as every partner type', () => {
    const item = toLibraryItem({ ...resource, audience: [] }, facets, 'en');
    expect(item.values).toEqual({ type: [0], topic: [1], audience: [0, 1], tier: [0, 1, 2] });
    expect(item.access).toBe('Public');
  });

  it('opens a resource to its minimum tier and every tier above', () => {
    const item = toLibraryItem({ ...resource, audience: ['referral'], minimumTier: 'silver' }, facets, 'en');
    expect(item.values.audience).toEqual([1]);
    expect(item.values.tier).toEqual([1, 2]);
    expect(item.access).toBe('Silver and above');
  });

  it('says who may use it in the page’s language', () => {
    expect(toLibraryItem({ ...resource, audience: [] }, facets, 'ru').access).toBe('Открытый доступ');
    expect(toLibraryItem({ ...resource, audience: [], minimumTier: 'gold' }, facets, 'ru').access).toBe('Gold и выше');
  });
});

describe('the library’s words', () => {
  it.each([
    [1, '1 материал, сначала новые.'],
    [3, '3 материала, сначала новые.'],
    [5, '5 материалов, сначала новые.'],
    [21, '21 материал, сначала новые.'],
  ])('counts %i resources in Russian', (count, text) => {
    expect(catalogue('ru').library.filtered.lead(count)).toBe(text);
  });

  it.each([
    ['en', 1, '', '1 resource'],
    ['en', 1234, 'mail', '1,234 resources for “mail”'],
    ['ru', 2, '', '2 материала'],
    ['ru', 25, 'почта', '25 материалов по запросу «почта»'],
  ] as const)('announces, in %s, %i results for “%s”', (locale, count, query, text) => {
    expect(catalogue(locale).library.search.status(count, query)).toBe(text);
  });

  it.each([
    [1, '1 минута'],
    [3, '3 минуты'],
    [45, '45 минут'],
  ])('writes %i minutes in Russian', (minutes, text) => {
    expect(catalogue('ru').library.resource.minutes(minutes)).toBe(text);
  });
});
