import { describe, expect, it } from 'vitest';
import { comparisonRows, type CompareContext, type ComparedFacts } from './comparison';
import { distanceKm } from './geo';
import { compare } from './i18n/sections/compare';

const facets: CompareContext['facets'] = {
  tier: [
    { id: 'silver', label: 'Silver' },
    { id: 'gold', label: 'Gold' },
  ],
  type: [{ id: 'reseller', label: 'Reseller' }],
  service: [
    { id: 'mail-migration', label: 'Mail migration' },
    { id: 'security', label: 'Security' },
    { id: 'training', label: 'Training' },
  ],
  industry: [],
  region: [
    { id: 'volga', label: 'Volga region' },
    { id: 'urals', label: 'Urals' },
  ],
  language: [{ id: 'russian', label: 'Russian' }],
  size: [{ id: '11-50', label: '11–50 users' }],
};
const kazanCity = { id: 'kazan', label: 'Kazan', lat: 55.7963, lon: 49.1088, region: 0 };
const permCity = { id: 'perm', label: 'Perm', lat: 58.0105, lon: 56.2502, region: 1 };
const cities = [kazanCity, permCity];
const partner = (slug: string, overrides: Partial<ComparedFacts> = {}): ComparedFacts => ({
  slug,
  name: slug,
  writtenIn: 'en',
  tier: 'gold',
  types: ['reseller'],
  services: ['mail-migration'],
  industries: [],
  regions: ['volga'],
  languages: ['russian'],
  offices: [{ city: 'kazan' }],
  remote: false,
  acceptingClients: true,
  clientSizes: ['11-50'],
  minProject: 0,
  verified: '2026-10-01',
  rating: { average: 0, count: 0 },
  ...overrides,
});
const context: CompareContext = {
  facets,
  cities,
  words: compare.en,
  money: (amount) => `₽${amount}`,
  date: (day) => day,
  number: String,
  stale: (day) => (day < '2025-11-01' ? 12 : undefined),
  place: kazanCity,
  profile: (slug) => `/partners/${slug}/`,
};
const rows = (partners: ComparedFacts[], extra: Partial<CompareContext> = {}) =>
  comparisonRows(partners, { ...context, ...extra });
const find = (all: ReturnType<typeof comparisonRows>, id: string) => all.find((row) => row.id === id);

describe('comparisonRows', () => {
  const kazan = partner('kazan-co');
  const perm = partner('perm-co', {
    tier: 'silver',
    services: ['mail-migration', 'security'],
    regions: ['urals'],
    offices: [{ city: 'perm', address: 'Lenin St 64' }, { city: 'atlantis' }],
    minProject: 150_000,
    verified: '2024-01-10',
    rating: { average: 4.46, count: 3 },
  });
  const all = rows([kazan, perm]);

  it('has a row per service either partner offers, marked for each, and none for services neither offers', () => {
    expect(find(all, 'service-mail-migration')).toMatchObject({ group: 'Services', differs: false });
    expect(find(all, 'service-security')?.cells.map((cell) => cell.mark)).toEqual([false, true]);
    expect(find(all, 'service-security')?.differs).toBe(true);
    expect(find(all, 'service-training')).toBeUndefined();
  });

  it('measures from the place to each partner’s nearest office, and flags what differs', () => {
    const km = Math.round(distanceKm(kazanCity, permCity));
    expect(find(all, 'distance')?.title).toBe('Distance from Kazan');
    expect(find(all, 'distance')?.cells.map((cell) => cell.text)).toEqual(['1 km', `${km} km`]);
    expect(find(all, 'tier')?.cells.map((cell) => cell.text)).toEqual(['Gold', 'Silver']);
    expect(find(all, 'languages')?.differs).toBe(false);
    expect(rows([kazan, perm], { place: undefined }).some((row) => row.id === 'distance')).toBe(false);
  });

  it('writes offices, money, ratings and a stale verification in words, never undefined', () => {
    expect(find(all, 'offices')?.cells[1]?.text).toBe('Perm, Lenin St 64; atlantis');
    expect(find(all, 'minProject')?.cells.map((cell) => cell.text)).toEqual(['No minimum', '₽150000']);
    expect(find(all, 'rating')?.cells.map((cell) => cell.text)).toEqual([
      'No verified reviews yet',
      '4.5 out of 5 from 3 reviews',
    ]);
    expect(find(all, 'verified')?.cells[1]?.note).toMatch(/^more than 12 months ago/);
    expect(find(all, 'certifiedStaff')?.cells[0]?.text).toBe('Not given');
    expect(JSON.stringify(all)).not.toMatch(/undefined|NaN|\[object/);
  });

  it('says a remote partner works in the place’s region', () => {
    const remote = partner('remote-co', { remote: true, offices: [{ city: 'perm' }] });
    expect(find(rows([remote]), 'distance')?.cells[0]?.note).toBe('Works remotely in your region');
  });
});
