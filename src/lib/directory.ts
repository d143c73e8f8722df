/**
 * The partner directory's data and query: what the build ships to the
 * browser, and how a search state (query, filters, sort) becomes a ranked
 * list of partners with facet counts. Pure: no DOM, no React.
 */
import type { Partner } from '../schemas/partner';
import { DEFAULT_LOCALE, isLocale, type Locale } from './i18n/locales.ts';
import { nameCollator } from './order.ts';
import { dayNumber, profileCompleteness } from './partners.ts';
import { rankingScore, RATING_THRESHOLDS, ratingThresholdsMet, type RatingSummary } from './reviews.ts';
import { defineFacetedSearch, type FacetValue, type StateOf } from './search/faceted.ts';
import { filterWithCounts, type FacetSelection } from './search/facets.ts';
import { smallest } from './search/smallest.ts';
import {
  buildTextIndex,
  everyDocument,
  searchText,
  suggestQuery,
  type SearchField,
  type TextIndex,
} from './search/text-index.ts';
import { slugify } from './slug.ts';

/** The directory's facets and sorts; their titles and names are the catalogue's `directory.facets` and `directory.sorts`. */
export const directorySearch = defineFacetedSearch({
  facets: ['service', 'region', 'industry', 'language', 'type', 'tier', 'rating'],
  info: {
    service: { segment: 'services' },
    region: { segment: 'regions' },
    industry: { segment: 'industries' },
    language: { segment: 'languages' },
    type: { segment: 'types' },
    tier: { segment: 'tiers' },
    rating: { segment: 'rating' },
  },
  sorts: ['best', 'rating', 'name', 'tier', 'verified'],
  defaultSort: 'best',
});

export type FacetKey = (typeof directorySearch.facets)[number];
export type SortKey = (typeof directorySearch.sorts)[number];
export type DirectoryState = StateOf<typeof directorySearch>;
const { facets: FACETS, mapFacets } = directorySearch;

export interface DirectoryPartner {
  slug: string;
  name: string;
  city: string;
  summary: string;
  /**
   * Index of each facet's values the partner has; `tier` holds exactly one, its rank from 0 (entry tier);
   * `rating` the "N stars and above" thresholds its average meets.
   */
  values: Record<FacetKey, number[]>;
  /** Verified reviews and the sum of their stars. */
  reviews: { count: number; sum: number };
  /** Day the profile was last verified, as days since 1970-01-01 (UTC). */
  verifiedDay: number;
  /** Share of optional profile fields filled in, 0 to 1. */
  completeness: number;
  /** The language the partner writes its profile in. */
  writtenIn: Locale;
}

/** A partner entry as the directory ships it, its references as positions in the facet lists. */
export function toDirectoryPartner(
  { id, data, body }: { id: string; data: Partner; body?: string | undefined },
  positions: Readonly<Record<FacetKey, ReadonlyMap<string, number>>>,
  rating: Pick<RatingSummary, 'count' | 'sum' | 'average'>,
): DirectoryPartner {
  const indices = (key: FacetKey, refs: readonly { id: string }[]) =>
    refs.map((ref) => positions[key].get(ref.id)).filter((value) => value !== undefined);
  return {
    slug: id,
    name: data.name,
    city: data.city ?? '',
    summary: data.summary,
    verifiedDay: dayNumber(data.verified),
    // To the percent, as the browser receives it: the build and the browser rank alike.
    completeness: Math.round(profileCompleteness(data, body?.length ?? 0) * 100) / 100,
    writtenIn: data.writtenIn,
    reviews: { count: rating.count, sum: rating.sum },
    values: {
      service: indices('service', data.services),
      region: indices('region', data.regions),
      industry: indices('industry', data.industries),
      language: indices('language', data.languages),
      type: indices('type', data.types),
      tier: indices('tier', [data.tier]),
      rating: indices(
        'rating',
        ratingThresholdsMet(rating).map((threshold) => ({ id: ratingFilterId(threshold) })),
      ),
    },
  };
}

/** The value of the rating filter in addresses: `rating=4`, `rating=4.5`. */
export const ratingFilterId = (threshold: number): string => String(threshold);

/** The rating filter's values, highest first, labelled by `label` (in the page's language). */
export const ratingFacet = (label: (threshold: number) => string): FacetValue[] =>
  RATING_THRESHOLDS.map((threshold) => ({ id: ratingFilterId(threshold), label: label(threshold) }));

export interface DirectoryData {
  /** The page's language: its labels, and the order names are sorted in. */
  locale: Locale;
  /**
   * The day the directory is ranked on (days since 1970-01-01, UTC): the build's. Recency counts from it in the
   * build's static listings and in the browser alike, so the order the page opens with is the search's.
   */
  rankedOn: number;
  facets: Record<FacetKey, FacetValue[]>;
  partners: DirectoryPartner[];
}

// ---------------------------------------------------------------------------
// The payload shipped to the browser. Column by column, which compresses far
// better than one object per partner: slugs are left out where they follow
// from the name, cities are indices into a list, verification days count from
// the oldest one, and each facet's values are a bit set written in base 36.

export interface EncodedDirectory {
  v: 6;
  locale: Locale;
  rankedOn: number;
  /** Each value's id, label, badge colour ('' for none) and its labels in the other languages. */
  facets: Record<FacetKey, [id: string, label: string, colour?: string, aliases?: string[]][]>;
  cities: string[];
  dayBase: number;
  /** Empty where the slug is slugify(name). */
  slug: string[];
  name: string[];
  /** Index into `cities`, -1 for none. */
  city: number[];
  summary: string[];
  day: number[];
  /** Percent. */
  completeness: number[];
  /**
   * Per partner, the facets in FACETS order but the rating (which follows from `reviews` and `stars`), separated
   * by "|", each a bit set as base-36 chunks of 30 bits joined by ",".
   */
  values: string[];
  /**
   * The partners who write in a language other than the site's default one, by language: each position as the
   * gap from the one before. In name order the Cyrillic names come together, and their gaps (mostly 1) compress
   * to almost nothing: 54 bytes gzip for 3,000 partners, where their positions took 7.4 KB.
   */
  writtenIn: Partial<Record<Locale, number[]>>;
  /** Verified reviews, and the sum of their stars, per partner. */
  reviews: number[];
  stars: number[];
}

const CHUNK_BITS = 30;

export function encodeValues(values: readonly number[]): string {
  const chunks: number[] = [];
  for (const value of values) {
    const chunk = Math.floor(value / CHUNK_BITS);
    while (chunks.length <= chunk) chunks.push(0);
    chunks[chunk] = (chunks[chunk] ?? 0) | (1 << (value % CHUNK_BITS));
  }
  return chunks.map((chunk) => (chunk >>> 0).toString(36)).join(',');
}

export function decodeValues(text: string): number[] {
  const values: number[] = [];
  text.split(',').forEach((chunkText, chunk) => {
    const bits = Number.parseInt(chunkText || '0', 36);
    for (let bit = 0; bit < CHUNK_BITS; bit += 1) if (bits & (1 << bit)) values.push(chunk * CHUNK_BITS + bit);
  });
  return values;
}

export function encodeDirectory(data: DirectoryData): EncodedDirectory {
  const cities = [...new Set(data.partners.map((partner) => partner.city).filter(Boolean))].sort();
  const cityIndex = new Map(cities.map((city, index) => [city, index]));
  const dayBase = Math.min(...data.partners.map((partner) => partner.verifiedDay), 0);
  const { partners } = data;
  // Each partner writing in another language than the default one, as the gap from the one before it.
  const writtenIn: Partial<Record<Locale, number[]>> = {};
  const previous: Partial<Record<Locale, number>> = {};
  partners.forEach((partner, i) => {
    const language = partner.writtenIn;
    if (language === DEFAULT_LOCALE) return;
    (writtenIn[language] ??= []).push(i - (previous[language] ?? 0));
    previous[language] = i;
  });
  return {
    v: 6,
    locale: data.locale,
    rankedOn: data.rankedOn,
    facets: mapFacets((key) =>
      data.facets[key].map((value): [string, string, string?, string[]?] =>
        value.aliases?.length
          ? [value.id, value.label, value.colour ?? '', value.aliases]
          : value.colour
            ? [value.id, value.label, value.colour]
            : [value.id, value.label],
      ),
    ),
    cities,
    dayBase,
    slug: partners.map((partner) => (partner.slug === slugify(partner.name) ? '' : partner.slug)),
    name: partners.map((partner) => partner.name),
    city: partners.map((partner) => cityIndex.get(partner.city) ?? -1),
    summary: partners.map((partner) => partner.summary),
    day: partners.map((partner) => partner.verifiedDay - dayBase),
    completeness: partners.map((partner) => Math.round(partner.completeness * 100)),
    values: partners.map((partner) => SHIPPED_FACETS.map((key) => encodeValues(partner.values[key])).join('|')),
    writtenIn,
    reviews: partners.map((partner) => partner.reviews.count),
    stars: partners.map((partner) => partner.reviews.sum),
  };
}

/** The facets `values` carries; the rating filter's values follow from the reviews and are worked out on arrival. */
const SHIPPED_FACETS = FACETS.filter((key) => key !== 'rating');

export function decodeDirectory(encoded: EncodedDirectory): DirectoryData {
  if (encoded?.v !== 6 || !Array.isArray(encoded.name) || !isLocale(encoded.locale)) {
    throw new Error('Unknown directory data format');
  }
  const ratingPositions = new Map((encoded.facets.rating ?? []).map(([id], position) => [id, position]));
  const ratingValues = ({ count, sum }: { count: number; sum: number }) =>
    ratingThresholdsMet({ count, average: count > 0 ? sum / count : 0 })
      .map((threshold) => ratingPositions.get(ratingFilterId(threshold)))
      .filter((position) => position !== undefined);
  // Once per partner, 10,000 times on arrival: a plain loop, not a new function per facet.
  const facetValues = (texts: readonly string[], rating: number[]) => {
    const values = { rating } as Record<FacetKey, number[]>;
    for (let k = 0; k < SHIPPED_FACETS.length; k += 1) {
      values[SHIPPED_FACETS[k] as FacetKey] = decodeValues(texts[k] ?? '');
    }
    return values;
  };
  const language = new Map<number, Locale>();
  for (const [locale, positions] of Object.entries(encoded.writtenIn ?? {})) {
    let position = 0;
    if (isLocale(locale)) {
      for (const gap of positions ?? []) {
        position += gap;
        language.set(position, locale);
      }
    }
  }
  return {
    locale: encoded.locale,
    rankedOn: Number.isInteger(encoded.rankedOn) ? encoded.rankedOn : 0,
    facets: mapFacets((key) =>
      (encoded.facets[key] ?? []).map(([id, label, colour, aliases]) => ({
        id,
        label,
        colour: colour || undefined,
        aliases,
      })),
    ),
    partners: encoded.name.map((name, i) => {
      const facetTexts = (encoded.values[i] ?? '').split('|');
      return {
        slug: encoded.slug[i] || slugify(name),
        name,
        city: encoded.cities[encoded.city[i] ?? -1] ?? '',
        summary: encoded.summary[i] ?? '',
        verifiedDay: encoded.dayBase + (encoded.day[i] ?? 0),
        completeness: (encoded.completeness[i] ?? 0) / 100,
        writtenIn: language.get(i) ?? DEFAULT_LOCALE,
        reviews: { count: encoded.reviews[i] ?? 0, sum: encoded.stars[i] ?? 0 },
        values: facetValues(facetTexts, ratingValues({ count: encoded.reviews[i] ?? 0, sum: encoded.stars[i] ?? 0 })),
      };
    }),
  };
}

// ---------------------------------------------------------------------------
// Search

/** How much a match counts in each field: the name most, the summary least. */
export const FIELD_WEIGHTS = { name: 1, city: 0.7, label: 0.5, summary: 0.35 } as const;

export interface DirectoryIndex {
  data: DirectoryData;
  /** The text search's index; absent until `addTextIndex`, and needed by queries with words only. */
  text?: TextIndex | undefined;
  /** Each partner's position in name order, and the partner at each position: worked out on the first sort by name. */
  names?: { rank: Int32Array; byRank: Int32Array } | undefined;
  /** Profile quality without filter fit, per partner, for the day it was computed. */
  quality: { day: number; values: Float32Array };
  valueCounts: Record<FacetKey, number>;
  /** Facet value index by id, per facet. */
  valueIds: Record<FacetKey, Map<string, number>>;
}

/**
 * The index of a directory. Without `text`, only the part that queries without words need (filters, counts,
 * sorts), which takes a fraction of the time: the browser answers with it first and adds the text index after.
 */
export function buildDirectoryIndex(data: DirectoryData, { text = true } = {}): DirectoryIndex {
  const index: DirectoryIndex = {
    data,
    quality: { day: -1, values: new Float32Array(data.partners.length) },
    valueCounts: mapFacets((key) => data.facets[key].length),
    valueIds: directorySearch.valueIds(data.facets),
  };
  if (text) addTextIndex(index);
  return index;
}

function nameOrder(index: DirectoryIndex): NonNullable<DirectoryIndex['names']> {
  if (index.names) return index.names;
  const { partners, locale } = index.data;
  const { compare } = nameCollator(locale);
  const byRank = Int32Array.from(partners.keys()).sort((a, b) =>
    compare(partners[a]?.name ?? '', partners[b]?.name ?? ''),
  );
  const rank = new Int32Array(byRank.length);
  byRank.forEach((partner, position) => (rank[partner] = position));
  return (index.names = { rank, byRank });
}

/** Builds the text search's index of `index`, which queries with words need. */
export function addTextIndex(index: DirectoryIndex): void {
  const { data } = index;
  // A value is found by its label in every language ("mail migration", «миграция почты»); one field per value,
  // shared by every partner that has it.
  const labelFields = mapFacets((key) =>
    data.facets[key].map((facet) => ({
      text: [facet.label, ...(facet.aliases ?? [])].join(' '),
      weight: FIELD_WEIGHTS.label,
    })),
  );
  const labelled = FACETS.filter((key) => key !== 'tier');
  index.text = buildTextIndex(
    data.partners.map((partner) => {
      const fields: SearchField[] = [
        { text: partner.name, weight: FIELD_WEIGHTS.name },
        { text: partner.city, weight: FIELD_WEIGHTS.city },
        { text: partner.summary, weight: FIELD_WEIGHTS.summary },
      ];
      for (const key of labelled) {
        for (const value of partner.values[key]) {
          const field = labelFields[key][value];
          if (field) fields.push(field);
        }
      }
      return fields;
    }),
  );
}

export interface RankedPartner {
  partner: DirectoryPartner;
  score: number;
}

export interface DirectoryResult {
  /** Indices of the matching partners in the chosen order: all of them, or the first as many as asked for. */
  order: Int32Array;
  /** How many partners match. */
  total: number;
  /** Best-match score per partner index (0 for partners that do not match). */
  scores: Float32Array;
  counts: Record<FacetKey, Uint32Array>;
  /** Partners the text alone matches, before filters. */
  textMatches: number;
  /** Query words no partner matched; the results match the other words. */
  ignoredWords: string[];
  /** A corrected query when the query matched nothing or only in part. */
  suggestion?: string | undefined;
}

/** The ranked partners from position `from` up to (not including) `to`. */
export function rankedPartners(
  index: DirectoryIndex,
  result: DirectoryResult,
  from = 0,
  to = result.order.length,
): RankedPartner[] {
  return [...result.order.subarray(from, to)].map((i) => ({
    partner: index.data.partners[i] as DirectoryPartner,
    score: result.scores[i] ?? 0,
  }));
}

/**
 * "Best match" blends two things. How well the text matches comes first: it
 * is squared, so a partner whose name matches the words beats one where they
 * only turn up in a description. Within that, profile quality counts: fit to
 * the chosen filters, completeness, how recently the profile was verified,
 * clients' ratings (the Bayesian score of `reviews.ts`, so a partner without
 * reviews sits in the middle) and, as one small signal among them, the tier.
 * Without a query, quality alone orders the list.
 */
export const QUALITY_WEIGHTS = { fit: 0.3, completeness: 0.2, recency: 0.25, rating: 0.15, tier: 0.1 } as const;
/** Share of the score that quality can move when there is a query. */
const QUALITY_SHARE = 0.45;

const DAY_MS = 86_400_000;

/** 1 for a profile verified in the last 6 months, falling to 0 at 2 years. */
export function recency(verifiedDay: number, today: number): number {
  const age = today - verifiedDay;
  if (age <= 182) return 1;
  if (age >= 730) return 0;
  return 1 - (age - 182) / (730 - 182);
}

/** Share of the chosen values the partner has, averaged over the facets that filter. */
export function filterFit(partner: DirectoryPartner, selection: FacetSelection<FacetKey>): number {
  let facets = 0;
  let total = 0;
  for (const key of FACETS) {
    const chosen = selection[key];
    if (!chosen || chosen.length === 0) continue;
    facets += 1;
    total += chosen.filter((value) => partner.values[key].includes(value)).length / chosen.length;
  }
  return facets === 0 ? 1 : total / facets;
}

/** A partner's Bayesian rating score (`reviews.ts`), 1 to 5. */
const ratingScore = (partner: DirectoryPartner) => rankingScore(partner.reviews.sum, partner.reviews.count);

/** The part of a partner's quality that does not depend on the search: completeness, recency, rating and tier. */
function baseQuality(partner: DirectoryPartner, tierCount: number, today: number): number {
  const tier = tierCount > 1 ? (partner.values.tier[0] ?? 0) / (tierCount - 1) : 0;
  return (
    QUALITY_WEIGHTS.completeness * partner.completeness +
    QUALITY_WEIGHTS.recency * recency(partner.verifiedDay, today) +
    QUALITY_WEIGHTS.rating * ((ratingScore(partner) - 1) / 4) +
    QUALITY_WEIGHTS.tier * tier
  );
}

/** Best-match score in [0, 1]; `textScore` is undefined when there is no query. */
export function bestMatchScore(quality: number, fit: number, textScore: number | undefined): number {
  const blended = quality + QUALITY_WEIGHTS.fit * fit;
  if (textScore === undefined) return blended;
  return textScore * textScore * (1 - QUALITY_SHARE + QUALITY_SHARE * blended);
}

/**
 * Sort keys pack the primary key above a rank that breaks ties, so one numeric sort orders both: the partner's
 * rank by name when sorting by name, its position in the data otherwise (the build ships it in name order).
 */
const RANK_SPACE = 2 ** 20;
const SCORE_STEPS = 1_000_000;
/** Rating scores are told apart to 1/250 of a star: the packed key stays below 2^53. */
const RATING_STEPS = 1_000;

/**
 * Ranks as of `now` (milliseconds since 1970), by default the day the directory data was built; puts the
 * `first` best in order (all by default), which is all a page of results needs.
 */
export function queryDirectory(
  index: DirectoryIndex,
  state: DirectoryState,
  now = index.data.rankedOn * DAY_MS,
  first = Number.POSITIVE_INFINITY,
): DirectoryResult {
  const { partners } = index.data;
  const hasQuery = state.q.trim().length > 0;
  if (hasQuery && !index.text) throw new Error('A query with words needs the text index: call addTextIndex first');
  const text = index.text ? searchText(index.text, state.q) : everyDocument(partners.length);
  const candidates = new Int32Array(text.count);
  let found = 0;
  for (let i = 0; i < partners.length && found < text.count; i += 1)
    if ((text.scores[i] ?? 0) > 0) candidates[found++] = i;

  const selection = directorySearch.selection(index.valueIds, state.filters);
  const filtering = FACETS.some((key) => (selection[key]?.length ?? 0) > 0);
  const { matches, counts } = filterWithCounts(partners, candidates.subarray(0, found), selection, index.valueCounts);
  const tierCount = index.valueCounts.tier;
  const today = Math.floor(now / DAY_MS);
  if (index.quality.day !== today) {
    partners.forEach((partner, i) => (index.quality.values[i] = baseQuality(partner, tierCount, today)));
    index.quality.day = today;
  }

  const scores = new Float32Array(partners.length);
  const keys = new Float64Array(matches.length);
  const names = state.sort === 'name' ? nameOrder(index) : undefined;
  let newest = 0;
  for (const i of matches) newest = Math.max(newest, partners[i]?.verifiedDay ?? 0);
  matches.forEach((i, position) => {
    const partner = partners[i] as DirectoryPartner;
    const fit = filtering ? filterFit(partner, selection) : 1;
    const score = Math.min(
      1,
      bestMatchScore(index.quality.values[i] ?? 0, fit, hasQuery ? (text.scores[i] ?? 0) : undefined),
    );
    scores[i] = score;
    const scoreKey = Math.round((1 - score) * SCORE_STEPS);
    const primary =
      state.sort === 'best'
        ? scoreKey
        : state.sort === 'tier'
          ? (tierCount - 1 - (partner.values.tier[0] ?? 0)) * (SCORE_STEPS + 1) + scoreKey
          : state.sort === 'rating'
            ? Math.round(((5 - ratingScore(partner)) / 4) * RATING_STEPS) * (SCORE_STEPS + 1) + scoreKey
            : state.sort === 'verified'
              ? newest - partner.verifiedDay
              : 0;
    keys[position] = primary * RANK_SPACE + (names ? (names.rank[i] ?? 0) : i);
  });
  const ranked = smallest(keys, first);
  const order = new Int32Array(ranked.length);
  ranked.forEach(
    (key, position) => (order[position] = names ? (names.byRank[key % RANK_SPACE] ?? 0) : key % RANK_SPACE),
  );

  return {
    order,
    total: matches.length,
    scores,
    counts,
    textMatches: text.count,
    ignoredWords: text.partial ? text.unmatched : [],
    suggestion:
      index.text && hasQuery && (text.count === 0 || text.partial) ? suggestQuery(index.text, state.q) : undefined,
  };
}

// ---------------------------------------------------------------------------
// What a result shows

export interface PartnerCardData {
  slug: string;
  name: string;
  /** The language of the name and summary, where it differs from the page's. */
  lang?: Locale | undefined;
  tier: { label: string; colour: string };
  /** The plain average of the verified reviews and their count; absent without any. */
  rating?: { average: number; count: number } | undefined;
  types: string[];
  city: string;
  regions: string[];
  services: string[];
  summary: string;
}

export function toCard(partner: DirectoryPartner, facets: DirectoryData['facets'], locale: Locale): PartnerCardData {
  const labels = (key: FacetKey) => partner.values[key].map((value) => facets[key][value]?.label ?? '').filter(Boolean);
  const tier = facets.tier[partner.values.tier[0] ?? -1];
  return {
    slug: partner.slug,
    name: partner.name,
    ...(partner.writtenIn === locale ? {} : { lang: partner.writtenIn }),
    tier: { label: tier?.label ?? '', colour: tier?.colour ?? 'transparent' },
    ...(partner.reviews.count > 0
      ? { rating: { average: partner.reviews.sum / partner.reviews.count, count: partner.reviews.count } }
      : {}),
    types: labels('type'),
    city: partner.city,
    regions: labels('region'),
    services: labels('service'),
    summary: partner.summary,
  };
}

/**
 * Queries worth running once while the page is idle, so that what a visitor
 * types first is served from warm caches and compiled code: every first
 * letter a word in the index starts with (the costliest keystrokes: they
 * match nearly everyone), then, for the most common words, each longer
 * prefix, the word with a letter missing, and the word with the next one.
 */
export function warmUpQueries(index: DirectoryIndex): string[] {
  const words = index.text?.words ?? [];
  const firstLetters = [...new Set(words.map((word) => word[0] ?? ''))].filter(Boolean);
  const common = words
    .map((word, id) => ({ word, documents: index.text?.postings[id]?.docs.length ?? 0 }))
    .filter(({ word }) => word.length >= 5)
    .sort((a, b) => b.documents - a.documents)
    .slice(0, 6)
    .map(({ word }) => word);
  const typing = common.flatMap((word, i) => [
    ...Array.from({ length: word.length - 1 }, (_, end) => word.slice(0, end + 2)),
    `${word.slice(0, 2)}${word.slice(3)}`,
    `${word} ${common[(i + 1) % common.length] ?? ''}`.trim(),
  ]);
  return [...firstLetters, ...typing];
}

/**
 * The directory in the order the search opens with (no words, no filters, best match first), for the static
 * listings; the same data in the browser gives the same order.
 */
export function inDefaultOrder(data: DirectoryData): DirectoryData {
  const { order } = queryDirectory(buildDirectoryIndex(data, { text: false }), directorySearch.emptyState());
  return { ...data, partners: Array.from(order, (i) => data.partners[i] as DirectoryPartner) };
}

/** What the page draws for one state: everything of a result but the partners past the `visible` first. */
export interface DirectoryView {
  /** The state answered, and its address form (`serialize`), to tell a view of an older state. */
  state: DirectoryState;
  answers: string;
  total: number;
  counts: DirectoryResult['counts'];
  textMatches: number;
  ignoredWords: string[];
  suggestion?: string | undefined;
  cards: PartnerCardData[];
}

/** What a view answers, as one string: the state's address form and how many cards it carries. */
export const viewKey = (state: DirectoryState, visible: number): string =>
  `${directorySearch.serialize(state)}#${visible}`;

export function directoryView(
  index: DirectoryIndex,
  state: DirectoryState,
  visible: number,
  now?: number,
): DirectoryView {
  const result = queryDirectory(index, state, now, visible);
  const { facets, locale } = index.data;
  return {
    state,
    answers: directorySearch.serialize(state),
    total: result.total,
    counts: result.counts,
    textMatches: result.textMatches,
    ignoredWords: result.ignoredWords,
    suggestion: result.suggestion,
    cards: rankedPartners(index, result, 0, visible).map(({ partner }) => toCard(partner, facets, locale)),
  };
}
