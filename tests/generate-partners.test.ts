/** The synthetic partner generator behind the 10,000-partner benchmark, and search relevance on its output. */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import {
  generatePartners,
  generateReviews,
  random,
  readTaxonomies,
  toMarkdown,
  withTypo,
} from '../scripts/generate-partners.ts';
import {
  buildDirectoryIndex,
  directorySearch,
  directoryState,
  queryDirectory,
  rankedPartners,
  ratingFacet,
  type DirectoryData,
  type FacetKey,
} from '../src/lib/directory';
import { schemaOf } from './sample-content';
import { normalize } from '../src/lib/search/normalize';
import { transliterate } from '../src/lib/transliterate';

const taxonomies = readTaxonomies();
const today = new Date('2026-11-27T00:00:00Z');

describe('generate-partners', () => {
  it('gives the same partners for the same seed and others for another seed', () => {
    const a = generatePartners(50, 7, taxonomies, today).map(toMarkdown);
    expect(generatePartners(50, 7, taxonomies, today).map(toMarkdown)).toEqual(a);
    expect(generatePartners(50, 8, taxonomies, today).map(toMarkdown)).not.toEqual(a);
  });

  it('writes files that pass the partner schema, with distinct slugs', () => {
    const partners = generatePartners(300, 3, taxonomies, today);
    expect(new Set(partners.map((p) => p.slug)).size).toBe(300);
    for (const partner of partners) {
      const markdown = toMarkdown(partner);
      const frontMatter = parseYaml(/^---\n([\s\S]*?)\n---/.exec(markdown)?.[1] ?? '');
      const result = schemaOf('partners').safeParse(frontMatter);
      expect(result.error?.issues ?? [], partner.slug).toEqual([]);
    }
  });

  it('writes 100,000 partners with distinct names and slugs, and refuses more than it can name', () => {
    const partners = generatePartners(100_000, 11, taxonomies, today);
    expect(new Set(partners.map((p) => p.slug)).size).toBe(100_000);
    expect(new Set(partners.map((p) => String(p.data.name))).size).toBe(100_000);
    expect(() => generatePartners(1_000_000, 11, taxonomies, today)).toThrow(/At most \d+ distinct names/);
  }, 120_000);

  it('writes reviews that pass the review schema, about their own partners, in their language', () => {
    const partners = generatePartners(400, 3, taxonomies, today);
    const reviews = generateReviews(partners, 3, taxonomies, today);
    expect(generateReviews(partners, 3, taxonomies, today)).toEqual(reviews);
    const bySlug = new Map(partners.map((partner) => [partner.slug, partner]));
    expect(new Set(reviews.map((review) => review.id)).size).toBe(reviews.length);
    for (const review of reviews) {
      const parsed = schemaOf('reviews').safeParse(parseYaml(stringifyYaml(review.data)));
      expect(parsed.error?.issues ?? [], review.id).toEqual([]);
      const partner = bySlug.get(String(review.data.partner));
      expect(partner, review.id).toBeDefined();
      expect(review.data.writtenIn ?? 'en').toBe(partner?.data.writtenIn ?? 'en');
      expect(partner?.data.services).toEqual(expect.arrayContaining(review.data.services as string[]));
    }
  });

  it('spreads reviews unevenly: many partners with none, some with many, critical ones answered', () => {
    const partners = generatePartners(2_000, 5, taxonomies, today);
    const reviews = generateReviews(partners, 5, taxonomies, today);
    const perPartner = new Map<string, number>();
    for (const review of reviews)
      perPartner.set(String(review.data.partner), (perPartner.get(String(review.data.partner)) ?? 0) + 1);
    const none = partners.length - perPartner.size;
    expect(none / partners.length).toBeGreaterThan(0.35);
    expect(none / partners.length).toBeLessThan(0.65);
    expect(Math.max(...perPartner.values())).toBeGreaterThanOrEqual(8);
    const critical = reviews.filter((review) => Number(review.data.rating) <= 3);
    expect(critical.length / reviews.length).toBeGreaterThan(0.05);
    expect(critical.every((review) => typeof review.data.response === 'string')).toBe(true);
    const unverified = reviews.filter((review) => review.data.verified === false).length / reviews.length;
    expect(unverified).toBeGreaterThan(0.03);
    expect(unverified).toBeLessThan(0.2);
  });
});

describe('search relevance on 10,000 generated partners', () => {
  const generated = generatePartners(10_000, 1, taxonomies, today);
  // Which taxonomy and which front-matter field hold each facet's values.
  const sources = {
    service: ['services', 'services'],
    region: ['regions', 'regions'],
    industry: ['industries', 'industries'],
    language: ['languages', 'languages'],
    type: ['types', 'types'],
    tier: ['tiers', 'tier'],
  } as const satisfies Record<
    Exclude<FacetKey, 'rating' | 'accepting' | 'size' | 'budget'>,
    [keyof typeof taxonomies, string]
  >;
  const cityIds = taxonomies.cities.map((city) => city.id);
  const data: DirectoryData = {
    locale: 'en',
    rankedOn: Math.floor(today.getTime() / 86_400_000),
    // Labels in English as the ids spell them, with the Russian labels searched too, as the site ships them.
    facets: directorySearch.mapFacets((key) =>
      key === 'rating'
        ? ratingFacet(String)
        : key === 'accepting' || key === 'size' || key === 'budget'
          ? []
          : taxonomies[sources[key][0]].map((id) => ({
              id,
              label: id.replace(/-/g, ' '),
              aliases: taxonomies.labelsRu[id] ? [taxonomies.labelsRu[id]] : [],
            })),
    ),
    cities: taxonomies.cities.map((city) => ({
      id: city.id,
      label: city.en,
      aliases: [city.ru],
      lat: 0,
      lon: 0,
      region: taxonomies.regions.indexOf(city.region),
    })),
    partners: generated.map(({ slug, data: p }) => ({
      slug,
      name: String(p.name),
      offices: (p.offices as { city: string }[]).map((office) => cityIds.indexOf(office.city)),
      remote: p.remote === true,
      minProject: Number(p.minProject ?? 0),
      summary: String(p.summary),
      verifiedDay: Math.floor(Date.parse(String(p.verified)) / 86_400_000),
      completeness: 0.5,
      writtenIn: p.writtenIn === 'ru' ? 'ru' : 'en',
      reviews: { count: 0, sum: 0 },
      values: directorySearch.mapFacets((key) => {
        if (key === 'rating' || key === 'accepting' || key === 'size' || key === 'budget') return [];
        const ids = ([] as string[]).concat((p[sources[key][1]] as string | string[] | undefined) ?? []);
        return ids.map((id) => taxonomies[sources[key][0]].indexOf(id)).filter((value) => value >= 0);
      }),
    })),
  };
  const index = buildDirectoryIndex(data);

  const search = (q: string, count = 5) =>
    rankedPartners(index, queryDirectory(index, { ...directoryState.empty(), q }, today.getTime()), 0, count);
  /** 200 partners spread over the set, those writing in `language` only when given. */
  const sampleOf = (next: () => number, language?: string) => {
    const pool = language ? generated.filter((p) => (p.data.writtenIn ?? 'en') === language) : generated;
    return Array.from({ length: 200 }, (_, i) => pool[(i * 9973 + Math.floor(next() * 50)) % pool.length]).filter(
      (p) => p !== undefined,
    );
  };
  const missRate = (sample: typeof generated, query: (name: string) => string) =>
    sample.filter((partner) => {
      const q = query(String(partner.data.name));
      const top = search(q);
      const miss = !top.some((result) => result.partner.slug === partner.slug);
      if (miss && process.env.SHOW_MISSES) console.log(q, '→', top.map((r) => r.partner.name).join(' | '));
      return miss;
    }).length / sample.length;

  it('gives a page of results the same partners whether it orders only them or all the matches', () => {
    for (const q of ['', 'a', 'k', 'moscow cloud', 'novsbrsk']) {
      for (const sort of directorySearch.sorts) {
        const state = { ...directoryState.empty(), q, sort };
        const whole = queryDirectory(index, state, today.getTime());
        const page = queryDirectory(index, state, today.getTime(), 24);
        expect([...page.order]).toEqual([...whole.order.subarray(0, 24)]);
        expect(page.total).toBe(whole.order.length);
      }
    }
  });

  it('writes a good share of the partners in Russian', () => {
    const russian = generated.filter((p) => p.data.writtenIn === 'ru').length;
    expect(russian / generated.length).toBeGreaterThan(0.3);
  });

  it('puts the intended partner in the top 5 for at least 95% of 200 Cyrillic names with one typo', () => {
    const next = random(7);
    const sample = sampleOf(next, 'ru');
    expect(sample).toHaveLength(200);
    expect(sample.every((p) => /[а-яё]/i.test(String(p.data.name)))).toBe(true);
    expect(missRate(sample, (name) => withTypo(name, next))).toBeLessThanOrEqual(0.05);
  });

  it('finds at least 95% of 200 Cyrillic names typed in Latin letters', () => {
    const sample = sampleOf(random(11), 'ru');
    expect(missRate(sample, (name) => transliterate(normalize(name)))).toBeLessThanOrEqual(0.05);
  });

  it('finds a city written in either script: the same partners, every one with an office there among them', () => {
    const slugs = (q: string) =>
      search(q, 10_000)
        .map((result) => result.partner.slug)
        .sort();
    for (const [id, latin, cyrillic] of [
      ['novosibirsk', 'Novosibirsk', 'Новосибирск'],
      ['kazan', 'Kazan', 'Казань'],
      ['irkutsk', 'Irkutsk', 'Иркутск'],
    ] as const) {
      expect(slugs(cyrillic), cyrillic).toEqual(slugs(latin));
      const found = new Set(slugs(latin));
      const there = data.partners.filter((partner) => partner.offices.includes(cityIds.indexOf(id)));
      expect(there.length, latin).toBeGreaterThan(20);
      expect(
        there.filter((partner) => !found.has(partner.slug)).map((partner) => partner.slug),
        latin,
      ).toEqual([]);
    }
  });

  it('finds every partner offering a service by its label in either language, in any inflection', () => {
    const slugs = (q: string) => new Set(search(q, 10_000).map((result) => result.partner.slug));
    const offering = generated
      .filter((p) => (p.data.services as string[]).includes('mail-migration'))
      .map((p) => p.slug);
    expect(offering.length).toBeGreaterThan(100);
    const forms = ['mail migration', 'миграция почты', 'миграции почты', 'миграцию почты', 'Миграцией почты'];
    for (const query of forms) {
      const found = slugs(query);
      expect(
        offering.filter((slug) => !found.has(slug)),
        query,
      ).toEqual([]);
    }
    // Russian inflections are one word to the search: the same partners for each.
    expect([...slugs('миграции почты')].sort()).toEqual([...slugs('миграция почты')].sort());
  });

  it('puts the intended partner in the top 5 for at least 95% of 200 misspelled names', () => {
    const next = random(42);
    const sample = sampleOf(next);
    expect(sample).toHaveLength(200);
    const misses = sample.filter((partner) => {
      const query = withTypo(String(partner.data.name), next);
      const top = rankedPartners(
        index,
        queryDirectory(index, { ...directoryState.empty(), q: query }, today.getTime()),
        0,
        5,
      );
      const miss = !top.some((result) => result.partner.slug === partner.slug);
      if (miss && process.env.SHOW_MISSES)
        console.log(query, '→', top.map((r) => `${r.partner.name} ${r.score.toFixed(3)}`).join(' | '));
      return miss;
    });

    expect(misses.length / sample.length).toBeLessThanOrEqual(0.05);
  });
});
