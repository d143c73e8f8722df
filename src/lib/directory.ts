/**
 * The partner directory's data and query: what the build ships to the
 * browser, and how a search state (query, filters, sort) becomes a ranked
 * list of partners with facet counts. Pure: no DOM, no React.
 */
import type { Partner } from '../schemas/partner';
import { distanceKm, formatPosition, nearest, nearness, parsePosition, WITHIN_KM, type Point } from './geo.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from './i18n/locales.ts';
import { nameCollator } from './order.ts';
import { dayNumber, profileCompleteness } from './partners.ts';
import { rankingScore, RATING_THRESHOLDS, ratingThresholdsMet, shownAverage, type RatingSummary } from './reviews.ts';
import { defineFacetedSearch, type FacetValue, type StateOf } from './search/faceted.ts';
import {
  arrivedPacked,
  columnsOf,
  filterWithCounts,
  firstValue,
  hasValue,
  type FacetColumn,
  type FacetSelection,
} from './search/facets.ts';
import { smallest } from './search/smallest.ts';
import {
  everyDocument,
  searchText,
  suggestQuery,
  textIndexSteps,
  type SearchField,
  type TextIndex,
} from './search/text-index.ts';
import { slugify } from './slug.ts';
import { finished } from './steps.ts';
import { transliterate } from './transliterate.ts';

/** The directory's facets and sorts; their titles and names are the catalogue's `directory.facets` and `directory.sorts`. */
export const directorySearch = defineFacetedSearch({
  facets: ['service', 'region', 'accepting', 'size', 'budget', 'rating', 'industry', 'language', 'type', 'tier'],
  info: {
    service: { segment: 'services' },
    region: { segment: 'regions' },
    accepting: { segment: 'accepting' },
    size: { segment: 'client-sizes' },
    budget: { segment: 'budget' },
    industry: { segment: 'industries' },
    language: { segment: 'languages' },
    type: { segment: 'types' },
    tier: { segment: 'tiers' },
    rating: { segment: 'rating' },
  },
  sorts: ['best', 'distance', 'rating', 'name', 'tier', 'verified'],
  defaultSort: 'best',
});

export type FacetKey = (typeof directorySearch.facets)[number];
export type SortKey = (typeof directorySearch.sorts)[number];
/**
 * A search of the directory: the faceted state, and where the visitor looks for partners: `near` a city of the
 * gazetteer (its id) or a position ("55.79,49.12", about 1 km), '' for nowhere in particular; `within` that many
 * kilometres of it, 0 for any distance.
 */
export type DirectoryState = StateOf<typeof directorySearch> & { near: string; within: number };
const { facets: FACETS, mapFacets } = directorySearch;

export interface DirectoryPartner {
  slug: string;
  name: string;
  /** Positions in the directory's `cities` of the partner's offices, the headquarters first. */
  offices: number[];
  /** Works remotely anywhere in its regions. */
  remote: boolean;
  /** The smallest project it takes, in the site currency; 0 for none. */
  minProject: number;
  summary: string;
  /**
   * Index of each facet's values the partner has; `tier` holds exactly one, its rank from 0 (entry tier);
   * `rating` the "N stars and above" thresholds its average meets; `budget` the budgets its smallest project fits.
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
  positions: Readonly<Record<FacetKey, ReadonlyMap<string, number>> & { city: ReadonlyMap<string, number> }>,
  rating: Pick<RatingSummary, 'count' | 'sum' | 'average'>,
): DirectoryPartner {
  const indices = (key: FacetKey | 'city', refs: readonly { id: string }[]) =>
    refs.map((ref) => positions[key].get(ref.id)).filter((value) => value !== undefined);
  const minProject = data.minProject ?? 0;
  return {
    slug: id,
    name: data.name,
    offices: indices(
      'city',
      data.offices.map((office) => office.city),
    ),
    remote: data.remote,
    minProject,
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
      accepting: data.acceptingClients ? indices('accepting', [{ id: ACCEPTING_ID }]) : [],
      size: indices(
        'size',
        data.clientSizes.map((size) => ({ id: size })),
      ),
      budget: budgetsMet(minProject, positions.budget),
      rating: indices(
        'rating',
        ratingThresholdsMet(rating).map((threshold) => ({ id: ratingFilterId(threshold) })),
      ),
    },
  };
}

/** The value of the rating filter in addresses: `rating=4`, `rating=4.5`. */
export const ratingFilterId = (threshold: number): string => String(threshold);

/** The one value of the "taking new clients" filter: `accepting=yes`. */
export const ACCEPTING_ID = 'yes';

/** The budget filter's value for a range ending at `upTo` (site currency): `budget=500000`. */
export const budgetFilterId = (upTo: number): string => String(upTo);

/** Positions of the budgets (value id → position) a smallest project of `minProject` fits in. */
function budgetsMet(minProject: number, budgets: ReadonlyMap<string, number>): number[] {
  const met: number[] = [];
  for (const [id, position] of budgets) if (minProject <= Number(id)) met.push(position);
  return met;
}

/** The rating filter's values, highest first, labelled by `label` (in the page's language). */
export const ratingFacet = (label: (threshold: number) => string): FacetValue[] =>
  RATING_THRESHOLDS.map((threshold) => ({ id: ratingFilterId(threshold), label: label(threshold) }));

/** A city of the gazetteer as the directory ships it: its name in the page's language, and where it is. */
export interface DirectoryCity extends Point {
  id: string;
  label: string;
  /** Its names in the other languages: searched too, never shown. */
  aliases?: string[] | undefined;
  /** Position of its region in the region facet. */
  region: number;
}

export interface DirectoryData {
  /** The page's language: its labels, and the order names are sorted in. */
  locale: Locale;
  /** The gazetteer, by name in the page's language. */
  cities: DirectoryCity[];
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
// from the name, offices are positions in the gazetteer, verification days
// count from the oldest one, and each facet's values are a bit set written in base 36.

export interface EncodedDirectory {
  v: 7;
  locale: Locale;
  rankedOn: number;
  /** Each value's id, label, badge colour ('' for none) and its labels in the other languages. */
  facets: Record<FacetKey, [id: string, label: string, colour?: string, aliases?: string[]][]>;
  /** The gazetteer: id, name, latitude, longitude, region position, names in the other languages. */
  cities: [id: string, label: string, lat: number, lon: number, region: number, aliases?: string[]][];
  dayBase: number;
  /** Empty where the slug is slugify(name). */
  slug: string[];
  name: string[];
  /** Per partner, its offices' positions in `cities` in base 36, joined by ",". */
  offices: string[];
  /** The partners who work remotely across their regions, each as the gap from the one before. */
  remote: number[];
  /** Smallest project in the site currency, 0 for none. */
  minProject: number[];
  /** Without the partner's name and a space where the summary begins with them (see `named`). */
  summary: string[];
  /**
   * The partners whose summary begins with their name, each as the gap from the one before: gzip cannot reach back
   * from a summary to the name column, so a name written twice costs twice (48 KB gzip at 10,000 partners).
   */
  named: number[];
  day: number[];
  /** Percent. */
  completeness: number[];
  /**
   * Per facet (in FACETS order, without those worked out on arrival: rating and budget), every partner's values
   * as a bit set of base-36 chunks of 30 bits joined by ",", the partners separated by " ". A facet's column
   * together compresses better than each partner's facets together: 8 KB gzip less at 10,000 partners.
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

/**
 * One facet's column of `values` (`encodeValues` of each of `count` partners, separated by spaces), read in one pass
 * straight into its packed form. Partners past `count` are ignored; missing ones have no values.
 */
export function decodeColumn(text: string, count: number): FacetColumn {
  return finished(decodeColumnSteps(text, count, Infinity));
}

/**
 * `decodeColumn` in steps of `slice` partners: a column of 100,000 partners is read in one pass of tens of
 * milliseconds, which a worker answering keystrokes between steps cannot wait for.
 */
export function* decodeColumnSteps(text: string, count: number, slice: number): Generator<void, FacetColumn, void> {
  const start = new Uint32Array(count + 1);
  const values: number[] = [];
  let partner = 0;
  let chunk = 0;
  let bits = 0;
  let at = 0;
  // Up to partner `until`, in a function of its own: a loop in the generator itself runs slower.
  const read = (until: number) => {
    for (; at <= text.length && partner < until; at += 1) {
      const code = at < text.length ? text.charCodeAt(at) : SPACE;
      if (code === COMMA || code === SPACE) {
        // Each set bit, lowest first.
        for (; bits !== 0; bits &= bits - 1) values.push(chunk * CHUNK_BITS + 31 - Math.clz32(bits & -bits));
        chunk += 1;
        if (code === SPACE) {
          chunk = 0;
          partner += 1;
          start[partner] = values.length;
        }
      } else {
        // Base-36 digits; anything else (a payload not written by `encodeValues`) reads as a zero digit.
        const digit = code >= 48 && code <= 57 ? code - 48 : code >= 97 && code <= 122 ? code - 87 : 0;
        bits = (bits * 36 + digit) % 2 ** CHUNK_BITS;
      }
    }
  };
  // At least one partner a step: a slice of none would never end.
  const size = slice >= 1 ? slice : 1;
  for (read(Math.min(count, size)); partner < count && at <= text.length; read(Math.min(count, partner + size))) yield;
  start.fill(values.length, partner + 1);
  return { start, values: Uint32Array.from(values) };
}

const COMMA = 44;
const SPACE = 32;

/** A column of values worked out per partner, packed, in steps of `slice` partners. */
function* packedColumnSteps(
  count: number,
  valuesOf: (i: number) => readonly number[],
  slice: number,
): Generator<void, FacetColumn, void> {
  const start = new Uint32Array(count + 1);
  const values: number[] = [];
  const make = (from: number, to: number) => {
    for (let i = from; i < to; i += 1) {
      for (const value of valuesOf(i)) values.push(value);
      start[i + 1] = values.length;
    }
  };
  const size = slice >= 1 ? slice : 1;
  for (let from = 0; from < count; from += size) {
    make(from, Math.min(count, from + size));
    if (from + size < count) yield;
  }
  return { start, values: Uint32Array.from(values) };
}

/** A partner's values of one facet, read from its packed column. */
const valuesIn = (column: FacetColumn, i: number): number[] =>
  Array.from(column.values.subarray(column.start[i] ?? 0, column.start[i + 1] ?? 0));

/** Positions of the partners for which `has` holds, each as the gap from the one before. */
function gaps(count: number, has: (i: number) => boolean): number[] {
  const result: number[] = [];
  let previous = 0;
  for (let i = 0; i < count; i += 1) {
    if (!has(i)) continue;
    result.push(i - previous);
    previous = i;
  }
  return result;
}

/** Each of `count` partners marked `mark` where `gaps` wrote its position, 0 elsewhere (or as `into` had it). */
function marked(
  list: readonly number[] | undefined,
  count: number,
  mark = 1,
  into = new Uint8Array(count),
): Uint8Array {
  let position = 0;
  for (const gap of list ?? []) {
    position += gap;
    if (position < count) into[position] = mark;
  }
  return into;
}

const startsWithName = (partner: DirectoryPartner | undefined) =>
  partner !== undefined && partner.summary.startsWith(`${partner.name} `);

/** The facets `values` carries; the rating and budget filters' values follow from other columns. */
const SHIPPED_FACETS = FACETS.filter((key) => key !== 'rating' && key !== 'budget');

export function encodeDirectory(data: DirectoryData): EncodedDirectory {
  const { partners } = data;
  // Each verification day is shipped as the days since the earliest: three or four digits rather than five.
  const dayBase = partners.reduce(
    (earliest, partner) => Math.min(earliest, partner.verifiedDay),
    partners[0]?.verifiedDay ?? 0,
  );
  const writtenIn: Partial<Record<Locale, number[]>> = {};
  for (const language of new Set(partners.map((partner) => partner.writtenIn))) {
    if (language !== DEFAULT_LOCALE)
      writtenIn[language] = gaps(partners.length, (i) => partners[i]?.writtenIn === language);
  }
  return {
    v: 7,
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
    cities: data.cities.map(({ id, label, lat, lon, region, aliases }): EncodedDirectory['cities'][number] =>
      aliases?.length ? [id, label, lat, lon, region, aliases] : [id, label, lat, lon, region],
    ),
    dayBase,
    slug: partners.map((partner) => (partner.slug === slugify(partner.name) ? '' : partner.slug)),
    name: partners.map((partner) => partner.name),
    offices: partners.map((partner) => partner.offices.map((office) => office.toString(36)).join(',')),
    remote: gaps(partners.length, (i) => partners[i]?.remote === true),
    minProject: partners.map((partner) => partner.minProject),
    summary: partners.map((partner) =>
      startsWithName(partner) ? partner.summary.slice(partner.name.length + 1) : partner.summary,
    ),
    named: gaps(partners.length, (i) => startsWithName(partners[i])),
    day: partners.map((partner) => partner.verifiedDay - dayBase),
    completeness: partners.map((partner) => Math.round(partner.completeness * 100)),
    values: SHIPPED_FACETS.map((key) => partners.map((partner) => encodeValues(partner.values[key])).join(' ')),
    writtenIn,
    reviews: partners.map((partner) => partner.reviews.count),
    stars: partners.map((partner) => partner.reviews.sum),
  };
}

/**
 * The directory `encodeDirectory` wrote; or only its first `partners` partners, with all its facets and cities: the
 * head's first page (`inShippedOrder`), which answers the opening search before the rest is read (`headView`).
 */
export function decodeDirectory(encoded: EncodedDirectory, partners = Infinity): DirectoryData {
  return finished(decodeSteps(encoded, Infinity, partners));
}

/**
 * `decodeDirectory` in steps, so a worker can answer between them: it pauses after each `slice` partners of each facet
 * column it reads (`decodeColumnSteps`), after each of the two worked out from others, after the lists of positions,
 * and after each `slice` partners made. Like `decodeDirectory`, it reads only the first `partners` where asked.
 */
export function* decodeSteps(
  encoded: EncodedDirectory,
  slice: number,
  partners = Infinity,
): Generator<void, DirectoryData, void> {
  if (encoded?.v !== 7 || !Array.isArray(encoded.name) || !isLocale(encoded.locale)) {
    throw new Error('Unknown directory data format');
  }
  const ratingPositions = new Map((encoded.facets.rating ?? []).map(([id], position) => [id, position]));
  const budgetPositions = new Map((encoded.facets.budget ?? []).map(([id], position) => [id, position]));
  // Worked out once per average as shown (-1 for no reviews) and once per smallest project: a few dozen each.
  const ratingValues = once((shown: number) =>
    ratingThresholdsMet(shown < 0 ? { count: 0, average: 0 } : { count: 1, average: shown })
      .map((threshold) => ratingPositions.get(ratingFilterId(threshold)))
      .filter((position) => position !== undefined),
  );
  const budgetValues = once((minProject: number) => budgetsMet(minProject, budgetPositions));
  const count = Math.min(encoded.name.length, Math.max(0, partners));
  const shipped: FacetColumn[] = [];
  for (const k of SHIPPED_FACETS.keys()) {
    shipped.push(yield* decodeColumnSteps(encoded.values[k] ?? '', count, slice));
    yield;
  }
  const rating = yield* packedColumnSteps(
    count,
    (i) => {
      const reviews = encoded.reviews[i] ?? 0;
      return ratingValues(reviews > 0 ? shownAverage({ average: (encoded.stars[i] ?? 0) / reviews }) : -1);
    },
    slice,
  );
  yield;
  const budget = yield* packedColumnSteps(count, (i) => budgetValues(encoded.minProject[i] ?? 0), slice);
  yield;
  const columns = mapFacets((key) =>
    key === 'rating' ? rating : key === 'budget' ? budget : (shipped[SHIPPED_FACETS.indexOf(key)] as FacetColumn),
  );
  // Each partner's language as a place in `languages`, the default one at 0.
  const languages: Locale[] = [DEFAULT_LOCALE];
  const language = new Uint8Array(count);
  for (const [locale, positions] of Object.entries(encoded.writtenIn ?? {})) {
    if (isLocale(locale)) marked(positions, count, languages.push(locale) - 1, language);
  }
  const remote = marked(encoded.remote, count);
  const named = marked(encoded.named, count);
  yield;
  const data: DirectoryData = {
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
    cities: (encoded.cities ?? []).map(([id, label, lat, lon, region, aliases]) => ({
      id,
      label,
      lat,
      lon,
      region,
      aliases,
    })),
    partners: [],
  };
  // The partners from `from` up to `to`, in a function of its own: a loop in the generator itself runs slower.
  const make = (from: number, to: number) => {
    for (let i = from; i < to; i += 1) {
      const reviews = encoded.reviews[i] ?? 0;
      data.partners.push(
        new ShippedPartner(i, columns, {
          shippedSlug: encoded.slug[i] ?? '',
          shippedOffices: encoded.offices[i] ?? '',
          shippedSummary: encoded.summary[i] ?? '',
          named: named[i] === 1,
          name: encoded.name[i] ?? '',
          remote: remote[i] === 1,
          minProject: encoded.minProject[i] ?? 0,
          verifiedDay: encoded.dayBase + (encoded.day[i] ?? 0),
          completeness: (encoded.completeness[i] ?? 0) / 100,
          writtenIn: languages[language[i] ?? 0] ?? DEFAULT_LOCALE,
          reviews: { count: reviews, sum: encoded.stars[i] ?? 0 },
        }),
      );
    }
  };
  // At least one partner a step: a slice of none would never end.
  const size = slice >= 1 ? slice : 1;
  for (let from = 0; from < count; from += size) {
    make(from, Math.min(count, from + size));
    if (from + size <= count) yield;
  }
  arrivedPacked(
    data.partners,
    FACETS,
    FACETS.map((key) => columns[key]),
  );
  return data;
}

// ---------------------------------------------------------------------------
// The payload in pieces. The page loads the head: the partners the search opens with (the first `HEAD_PARTNERS` in
// the default order) and the opening search's answer over every partner. The other partners follow in pieces of
// `PIECE_PARTNERS` once a search needs them, and are joined to the head into one payload, decoded as any other. A
// directory of `HEAD_PARTNERS` or fewer is its head alone: one payload, as before pieces existed.

/** Partners in the head: about 275 KB gzip, within the directory page's 400 KB before the first keystroke. */
export const HEAD_PARTNERS = 10_000;
/** Partners in each later piece: at most about 140 KB gzip, within 150 KB. */
export const PIECE_PARTNERS = 5_000;

/**
 * How many partners the head holds, and each later piece: `HEAD_PARTNERS` and `PIECE_PARTNERS`, or a build's
 * DIRECTORY_HEAD_PARTNERS and DIRECTORY_PIECE_PARTNERS (a smaller head for visitors on slow connections, or the
 * pieces at work with a few partners). Anything but a whole number from 1 is refused, naming the variable.
 */
export function directoryCut(env: Readonly<Record<string, string | undefined>>): {
  headSize: number;
  pieceSize: number;
} {
  const read = (name: string, fallback: number) => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    if (!/^[1-9]\d{0,6}$/.test(value)) {
      throw new Error(`${name} must be a whole number of partners from 1, not ${JSON.stringify(value)}`);
    }
    return Number(value);
  };
  return {
    headSize: read('DIRECTORY_HEAD_PARTNERS', HEAD_PARTNERS),
    pieceSize: read('DIRECTORY_PIECE_PARTNERS', PIECE_PARTNERS),
  };
}

/** The directory data the page loads first. */
export interface DirectoryHead extends EncodedDirectory {
  /** The later pieces: each one's address, relative to the head's, and how many partners it holds. */
  pieces: { path: string; count: number }[];
  /** The opening search over every partner: how many there are, and each facet value's count. */
  opening: { total: number; counts: Record<FacetKey, number[]> };
  /**
   * Where there are later pieces: with one filter value chosen (and nothing else), every facet value's count, by
   * facet and value position. With the head's first partners, they answer that search without the pieces.
   */
  chosen?: Record<FacetKey, Record<FacetKey, number[]>[]> | undefined;
}

/** A later piece: its partners' columns, read with the head's facets and cities. */
export type DirectoryPiece = Omit<EncodedDirectory, 'v' | 'locale' | 'rankedOn' | 'facets' | 'cities'>;

/** The address of the `n`th later piece (from 1), relative to the head's: the route `directory-[piece].json`. */
const pieceFile = (n: number): string => `directory-${n}.json`;

/**
 * The directory in the order it is shipped in: the opening search's first page (its first `PAGE_SIZE` partners, in
 * that order), which the browser reads and answers before the rest (`headView`); then the rest of the head's partners
 * (the first `headSize` in the default order); then the others. Past the first page, each part keeps the order it
 * came in (name order, which compresses best). The static listings and the browser read the same order, so they
 * break ties alike; the partners of the first page lead the opening order already, so it stays as it was.
 */
export function inShippedOrder(data: DirectoryData, headSize = HEAD_PARTNERS): DirectoryData {
  const { order } = queryDirectory(
    buildDirectoryIndex(data, { text: false }),
    directoryState.empty(),
    undefined,
    Math.max(headSize, PAGE_SIZE),
  );
  const first = Array.from(order.subarray(0, PAGE_SIZE));
  const part = new Uint8Array(data.partners.length).fill(2);
  for (const i of order.subarray(0, headSize)) part[i] = 1;
  for (const i of first) part[i] = 0;
  const inPart = (wanted: number) => data.partners.filter((_, i) => part[i] === wanted);
  return {
    ...data,
    partners: [...first.map((i) => data.partners[i] as DirectoryPartner), ...inPart(1), ...inPart(2)],
  };
}

/** A part of the directory without what the head carries for all of it. */
function pieceOf(encoded: EncodedDirectory): DirectoryPiece {
  const piece: Partial<EncodedDirectory> = { ...encoded };
  delete piece.v;
  delete piece.locale;
  delete piece.rankedOn;
  delete piece.facets;
  delete piece.cities;
  return piece as DirectoryPiece;
}

/** The head and the later pieces of a directory in its shipped order (`inShippedOrder`). */
export function encodeInPieces(
  data: DirectoryData,
  { headSize = HEAD_PARTNERS, pieceSize = PIECE_PARTNERS } = {},
): { head: DirectoryHead; pieces: DirectoryPiece[] } {
  const part = (from: number, to: number) => encodeDirectory({ ...data, partners: data.partners.slice(from, to) });
  const pieces: DirectoryPiece[] = [];
  for (let from = headSize; from < data.partners.length; from += pieceSize) {
    pieces.push(pieceOf(part(from, from + pieceSize)));
  }
  const whole = buildDirectoryIndex(data, { text: false });
  const countsOf = (state: DirectoryState) => queryDirectory(whole, state, undefined, 0);
  const listed = (counts: DirectoryResult['counts']) => mapFacets((key) => Array.from(counts[key]));
  const opening = countsOf(directoryState.empty());
  return {
    head: {
      ...part(0, headSize),
      pieces: pieces.map((piece, n) => ({ path: pieceFile(n + 1), count: piece.name.length })),
      opening: { total: opening.total, counts: listed(opening.counts) },
      ...(pieces.length > 0 && {
        chosen: mapFacets((key) => data.facets[key].map(({ id }) => listed(countsOf(withOneFilter(key, id)).counts))),
      }),
    },
    pieces,
  };
}

/**
 * The head and its later pieces as one payload, as `encodeDirectory` writes the whole directory. A piece that
 * does not hold the partners the head says it does is refused, rather than read into other partners' places.
 */
export function joinPieces(head: DirectoryHead, pieces: readonly DirectoryPiece[]): EncodedDirectory {
  return finished(joinSteps(head, pieces));
}

/** `joinPieces` in steps: it pauses after checking each piece and after each group of columns it joins. */
export function* joinSteps(
  head: DirectoryHead,
  pieces: readonly DirectoryPiece[],
): Generator<void, EncodedDirectory, void> {
  const expected = head.pieces;
  const withoutPieces: Partial<DirectoryHead> = { ...head };
  delete withoutPieces.pieces;
  delete withoutPieces.opening;
  delete withoutPieces.chosen;
  const first = withoutPieces as EncodedDirectory;
  if (pieces.length !== expected.length)
    throw new Error(`The directory has ${expected.length} pieces, not ${pieces.length}`);
  for (const [n, piece] of pieces.entries()) {
    const count = expected[n]?.count ?? 0;
    const columns = [
      piece.slug,
      piece.name,
      piece.offices,
      piece.minProject,
      piece.summary,
      piece.day,
      piece.completeness,
      piece.reviews,
      piece.stars,
    ];
    const partners = (column: unknown) => (typeof column === 'string' ? column.split(' ').length : -1);
    const positions = [piece.remote, piece.named, ...Object.values(piece.writtenIn ?? {})];
    if (
      !columns.every((column) => Array.isArray(column) && column.length === count) ||
      !positions.every((list) => Array.isArray(list) && list.every((gap) => Number.isInteger(gap) && gap >= 0)) ||
      !Number.isInteger(piece.dayBase) ||
      !Array.isArray(piece.values) ||
      piece.values.length !== first.values.length ||
      !piece.values.every((column) => partners(column) === count)
    ) {
      throw new Error(`Directory piece ${n + 1} does not hold the ${count} partners the head lists`);
    }
    yield;
  }
  const parts: DirectoryPiece[] = [first, ...pieces];
  const starts = parts.map((_, n) => parts.slice(0, n).reduce((sum, part) => sum + part.name.length, 0));
  const languages = [...new Set(parts.flatMap((part) => Object.keys(part.writtenIn ?? {})))].filter(isLocale);
  const text: Pick<EncodedDirectory, 'slug' | 'name' | 'offices' | 'summary'> = {
    slug: [],
    name: [],
    offices: [],
    summary: [],
  };
  for (const field of ['slug', 'name', 'offices', 'summary'] as const) {
    text[field] = parts.flatMap((part) => part[field]);
    yield;
  }
  const values = first.values.map((_, k) => parts.map((part) => part.values[k] ?? '').join(' '));
  yield;
  const positions = {
    remote: joinedGaps(
      parts.map((part) => part.remote),
      starts,
    ),
    named: joinedGaps(
      parts.map((part) => part.named),
      starts,
    ),
    writtenIn: Object.fromEntries(
      languages.map((language) => [
        language,
        joinedGaps(
          parts.map((part) => part.writtenIn?.[language]),
          starts,
        ),
      ]),
    ),
  };
  yield;
  // One column a step: each is a list of 100,000 numbers at that size.
  const numbers: Pick<EncodedDirectory, 'minProject' | 'day' | 'completeness' | 'reviews' | 'stars'> = {
    minProject: [],
    day: parts.flatMap((part) => part.day.map((day) => day + part.dayBase - first.dayBase)),
    completeness: [],
    reviews: [],
    stars: [],
  };
  yield;
  for (const field of ['minProject', 'completeness', 'reviews', 'stars'] as const) {
    numbers[field] = parts.flatMap((part) => part[field]);
    yield;
  }
  return { ...first, ...text, ...positions, values, ...numbers };
}

/** Position lists written by `gaps`, each for a part starting at `starts[n]`, as one list for the parts joined. */
function joinedGaps(lists: readonly (readonly number[] | undefined)[], starts: readonly number[]): number[] {
  const joined: number[] = [];
  let previous = 0;
  lists.forEach((list, n) => {
    let position = starts[n] ?? 0;
    for (const gap of list ?? []) {
      position += gap;
      joined.push(position - previous);
      previous = position;
    }
  });
  return joined;
}

/**
 * The address of a later piece, resolved against the head's (`dataUrl`, absolute); undefined for one on another
 * origin, which the directory never loads.
 */
export function pieceAddress(path: string, dataUrl: string): string | undefined {
  try {
    const url = new URL(path, dataUrl);
    const base = new URL(dataUrl);
    return url.protocol === base.protocol && url.origin === base.origin ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A function of a number worked out once per number. */
function once<T>(make: (key: number) => T): (key: number) => T {
  const known = new Map<number, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) known.set(key, (value = make(key)));
    return value;
  };
}

/**
 * A partner as it arrived in the browser. Its facet values stay in the packed columns the search reads, and its
 * slug, offices and summary as they were shipped, until something reads them: the cards of a page of results, 24 of
 * 10,000 partners (the text index and a search near a place read every partner's, later).
 */
class ShippedPartner implements DirectoryPartner {
  readonly name: string;
  readonly remote: boolean;
  readonly minProject: number;
  readonly verifiedDay: number;
  readonly completeness: number;
  readonly writtenIn: Locale;
  readonly reviews: { count: number; sum: number };
  readonly #position: number;
  readonly #columns: Record<FacetKey, FacetColumn>;
  readonly #shipped: { slug: string; offices: string; summary: string; named: boolean };
  #slug: string | undefined;
  #offices: number[] | undefined;
  #summary: string | undefined;
  #values: Record<FacetKey, number[]> | undefined;

  constructor(
    position: number,
    columns: Record<FacetKey, FacetColumn>,
    fields: Omit<DirectoryPartner, 'slug' | 'values' | 'offices' | 'summary'> & {
      shippedSlug: string;
      shippedOffices: string;
      shippedSummary: string;
      /** The summary begins with the name, which was left out (`EncodedDirectory.named`). */
      named: boolean;
    },
  ) {
    this.#position = position;
    this.#columns = columns;
    this.#shipped = {
      slug: fields.shippedSlug,
      offices: fields.shippedOffices,
      summary: fields.shippedSummary,
      named: fields.named,
    };
    this.name = fields.name;
    this.remote = fields.remote;
    this.minProject = fields.minProject;
    this.verifiedDay = fields.verifiedDay;
    this.completeness = fields.completeness;
    this.writtenIn = fields.writtenIn;
    this.reviews = fields.reviews;
  }

  get slug(): string {
    return (this.#slug ??= this.#shipped.slug || slugify(this.name));
  }

  get offices(): number[] {
    return (this.#offices ??= this.#shipped.offices
      .split(',')
      .filter(Boolean)
      .map((office) => Number.parseInt(office, 36)));
  }

  get summary(): string {
    return (this.#summary ??= this.#shipped.named ? `${this.name} ${this.#shipped.summary}` : this.#shipped.summary);
  }

  get values(): Record<FacetKey, number[]> {
    return (this.#values ??= mapFacets((key) => valuesIn(this.#columns[key], this.#position)));
  }
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
  /** Each facet's values of every partner, packed (`facets.ts`): what filters, counts and ranking read. */
  columns: Record<FacetKey, FacetColumn>;
  /** Facet value index by id, per facet. */
  valueIds: Record<FacetKey, Map<string, number>>;
  /** Each partner's distance from the last place asked about: worked out once per place. */
  distances?: PlaceDistances | undefined;
}

/** How far each partner is from one place. */
interface PlaceDistances {
  near: string;
  place: Place;
  /** Kilometres to the partner's nearest office (Infinity without one). */
  km: Float32Array;
  /** Position in `cities` of that office, -1 for none. */
  office: Int32Array;
  /** 1 where the partner works remotely across the place's region. */
  remoteHere: Uint8Array;
}

/** Where `near` points, with its name in the page's language ('' for a position) and its region's position. */
export interface Place extends Point {
  label: string;
  region: number;
}

/**
 * The index of a directory. Without `text`, only the part that queries without words need (filters, counts,
 * sorts), which takes a fraction of the time: the browser answers with it first and adds the text index after.
 */
export function buildDirectoryIndex(data: DirectoryData, { text = true } = {}): DirectoryIndex {
  const columns = columnsOf(data.partners, FACETS);
  const index: DirectoryIndex = {
    data,
    quality: { day: -1, values: new Float32Array(data.partners.length) },
    valueCounts: mapFacets((key) => data.facets[key].length),
    columns: mapFacets((_, position) => columns[position] as FacetColumn),
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
  finished(addTextIndexSteps(index, Infinity));
}

/** `addTextIndex` in steps of `slice` partners (`textIndexSteps`): the index has its text once the steps are done. */
export function* addTextIndexSteps(index: DirectoryIndex, slice: number): Generator<void, TextIndex, void> {
  const { data } = index;
  // A value is found by its label in every language ("mail migration", «миграция почты»); one field per value,
  // shared by every partner that has it.
  const labelFields = mapFacets((key) =>
    data.facets[key].map((facet) => ({
      text: [facet.label, ...(facet.aliases ?? [])].join(' '),
      weight: FIELD_WEIGHTS.label,
    })),
  );
  const cityFields = data.cities.map((city) => ({
    text: [city.label, ...(city.aliases ?? [])].join(' '),
    weight: FIELD_WEIGHTS.city,
  }));
  // Words describe a partner in these facets; tiers, ratings, sizes and budgets are filtered, not searched.
  const labelled: FacetKey[] = ['service', 'region', 'industry', 'language', 'type'];
  // Each partner's fields are gathered in the same slices as the index is built.
  const documents: SearchField[][] = [];
  for (const [i, partner] of data.partners.entries()) {
    const fields: SearchField[] = [
      { text: partner.name, weight: FIELD_WEIGHTS.name },
      { text: partner.summary, weight: FIELD_WEIGHTS.summary },
    ];
    for (const office of partner.offices) {
      const field = cityFields[office];
      if (field && !fields.includes(field)) fields.push(field);
    }
    for (const key of labelled) {
      const { start, values } = index.columns[key];
      for (let at = start[i] ?? 0, end = start[i + 1] ?? 0; at < end; at += 1) {
        const field = labelFields[key][values[at] ?? -1];
        if (field) fields.push(field);
      }
    }
    documents.push(fields);
    if (i % slice === slice - 1) yield;
  }
  index.text = yield* textIndexSteps(documents, slice);
  return index.text;
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
  /** With a place to search near: where, and what the radius choices would leave. */
  near?: NearResult | undefined;
}

export interface NearResult {
  place: Place;
  /** Partners matching the words and filters within each of `WITHIN_KM`, then at any distance. */
  withinCounts: number[];
  /** When the radius leaves no partner: the nearest one outside it, its distance and the city of that office. */
  nearestOutside?: { name: string; slug: string; km: number; city: string } | undefined;
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

/** Share of the chosen values partner `i` has, averaged over the facets that filter. */
function filterFit(columns: DirectoryIndex['columns'], i: number, selection: FacetSelection<FacetKey>): number {
  let facets = 0;
  let total = 0;
  for (const key of FACETS) {
    const chosen = selection[key];
    if (!chosen || chosen.length === 0) continue;
    facets += 1;
    total += chosen.filter((value) => hasValue(columns[key], i, value)).length / chosen.length;
  }
  return facets === 0 ? 1 : total / facets;
}

/** A partner's Bayesian rating score (`reviews.ts`), 1 to 5. */
const ratingScore = (partner: DirectoryPartner) => rankingScore(partner.reviews.sum, partner.reviews.count);

/**
 * The part of a partner's quality that does not depend on the search: completeness, recency, rating and tier
 * (`tierRank` from 0, the entry tier, of `tierCount`).
 */
function baseQuality(partner: DirectoryPartner, tierRank: number, tierCount: number, today: number): number {
  const tier = tierCount > 1 ? Math.max(tierRank, 0) / (tierCount - 1) : 0;
  return (
    QUALITY_WEIGHTS.completeness * partner.completeness +
    QUALITY_WEIGHTS.recency * recency(partner.verifiedDay, today) +
    QUALITY_WEIGHTS.rating * ((ratingScore(partner) - 1) / 4) +
    QUALITY_WEIGHTS.tier * tier
  );
}

/**
 * With a place to search near, how near a partner is (`nearness` of `geo.ts`: 1 within 25 km, 0 from 1,000 km,
 * at least 0.5 for one working remotely across the place's region) makes this share of its quality.
 */
export const NEARNESS_SHARE = 0.4;

/**
 * Best-match score in [0, 1]; `textScore` is undefined when there is no query, `near` (0 to 1) when there is no
 * place to search near.
 */
export function bestMatchScore(
  quality: number,
  fit: number,
  textScore: number | undefined,
  near?: number | undefined,
): number {
  const own = quality + QUALITY_WEIGHTS.fit * fit;
  const blended = near === undefined ? own : (1 - NEARNESS_SHARE) * own + NEARNESS_SHARE * near;
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
/** Distances are sorted by the kilometre, ties by best match to 1/1,000: the packed key stays below 2^53. */
const DISTANCE_SCORE_STEPS = 1_000;
/** Half the Earth's circumference, and where partners without an office sort. */
const MAX_KM = 20_040;

/** The place `near` names (a city id or a position), or undefined for none or one the directory does not know. */
export function placeOf(data: Pick<DirectoryData, 'cities'>, near: string): Place | undefined {
  if (!near) return undefined;
  const city = data.cities.find((candidate) => candidate.id === near);
  if (city) return { lat: city.lat, lon: city.lon, label: city.label, region: city.region };
  const point = parsePosition(near);
  if (!point) return undefined;
  // A position's region is that of the nearest city in the gazetteer.
  const closest = nearest(point, data.cities);
  return { ...point, label: '', region: data.cities[closest?.at ?? -1]?.region ?? -1 };
}

/** Each partner's distance from `near`, kept on the index until another place is asked about. */
function distancesFrom(index: DirectoryIndex, near: string): PlaceDistances | undefined {
  if (index.distances?.near === near) return index.distances;
  const place = placeOf(index.data, near);
  if (!place) return undefined;
  // Once per city, then each partner's offices are looked up: 10,000 partners take well under a millisecond.
  const fromCity = index.data.cities.map((city) => distanceKm(place, city));
  const { partners } = index.data;
  const km = new Float32Array(partners.length).fill(Number.POSITIVE_INFINITY);
  const office = new Int32Array(partners.length).fill(-1);
  const remoteHere = new Uint8Array(partners.length);
  partners.forEach((partner, i) => {
    for (const city of partner.offices) {
      const distance = fromCity[city] ?? Number.POSITIVE_INFINITY;
      if (distance < (km[i] as number)) [km[i], office[i]] = [distance, city];
    }
    if (partner.remote && hasValue(index.columns.region, i, place.region)) remoteHere[i] = 1;
  });
  return (index.distances = { near, place, km, office, remoteHere });
}

/** Whether partner `i` is within `within` km of the place (any distance for 0), or works remotely across its region. */
const isWithin = (distances: PlaceDistances, i: number, within: number) =>
  within === 0 || (distances.km[i] as number) <= within || distances.remoteHere[i] === 1;

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
  const textHits = candidates.subarray(0, found);
  const distances = distancesFrom(index, state.near);
  const within = distances ? state.within : 0;
  const inRadius = distances && within > 0 ? textHits.filter((i) => isWithin(distances, i, within)) : textHits;

  const selection = directorySearch.selection(index.valueIds, state.filters);
  const filtering = FACETS.some((key) => (selection[key]?.length ?? 0) > 0);
  const { matches, counts } = filterWithCounts(partners, inRadius, selection, index.valueCounts);
  const tierCount = index.valueCounts.tier;
  const today = Math.floor(now / DAY_MS);
  if (index.quality.day !== today) {
    partners.forEach(
      (partner, i) =>
        (index.quality.values[i] = baseQuality(partner, firstValue(index.columns.tier, i), tierCount, today)),
    );
    index.quality.day = today;
  }

  const scores = new Float32Array(partners.length);
  const keys = new Float64Array(matches.length);
  const names = state.sort === 'name' ? nameOrder(index) : undefined;
  const sort = state.sort === 'distance' && !distances ? directorySearch.defaultSort : state.sort;
  let newest = 0;
  for (const i of matches) newest = Math.max(newest, partners[i]?.verifiedDay ?? 0);
  matches.forEach((i, position) => {
    const partner = partners[i] as DirectoryPartner;
    const fit = filtering ? filterFit(index.columns, i, selection) : 1;
    const near = distances && nearness(distances.km[i] as number, distances.remoteHere[i] === 1);
    const score = Math.min(
      1,
      bestMatchScore(index.quality.values[i] ?? 0, fit, hasQuery ? (text.scores[i] ?? 0) : undefined, near),
    );
    scores[i] = score;
    const scoreKey = Math.round((1 - score) * SCORE_STEPS);
    const primary =
      sort === 'best'
        ? scoreKey
        : sort === 'distance'
          ? Math.min(Math.round(distances?.km[i] ?? 0), MAX_KM) * (DISTANCE_SCORE_STEPS + 1) +
            Math.round((1 - score) * DISTANCE_SCORE_STEPS)
          : sort === 'tier'
            ? (tierCount - 1 - Math.max(firstValue(index.columns.tier, i), 0)) * (SCORE_STEPS + 1) + scoreKey
            : sort === 'rating'
              ? Math.round(((5 - ratingScore(partner)) / 4) * RATING_STEPS) * (SCORE_STEPS + 1) + scoreKey
              : sort === 'verified'
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
    near: distances && nearResult(index, distances, within, within === 0 ? matches : undefined, textHits, selection),
  };
}

/**
 * What a search near a place adds: how many partners each radius would leave under the words and filters, and,
 * when the radius leaves none, the nearest partner outside it. `everywhere` are the matches at any distance when
 * the search has no radius; with one, they are worked out again from the partners the words match.
 */
function nearResult(
  index: DirectoryIndex,
  distances: PlaceDistances,
  within: number,
  everywhere: Int32Array | undefined,
  textHits: Int32Array,
  selection: FacetSelection<FacetKey>,
): NearResult {
  const all = everywhere ?? filterWithCounts(index.data.partners, textHits, selection, index.valueCounts).matches;
  // One pass: each partner counts in every radius that holds it.
  const withinCounts = new Array<number>(WITHIN_KM.length).fill(0);
  for (const i of all) {
    WITHIN_KM.forEach((km, r) => {
      if (isWithin(distances, i, km)) withinCounts[r] = (withinCounts[r] ?? 0) + 1;
    });
  }
  let nearestOutside: NearResult['nearestOutside'];
  if (within > 0 && !all.some((i) => isWithin(distances, i, within))) {
    for (const i of all) {
      const km = distances.km[i] as number;
      if (Number.isFinite(km) && km < (nearestOutside?.km ?? Number.POSITIVE_INFINITY)) {
        const partner = index.data.partners[i] as DirectoryPartner;
        const city = index.data.cities[distances.office[i] ?? -1];
        nearestOutside = { name: partner.name, slug: partner.slug, km, city: city?.label ?? '' };
      }
    }
  }
  return { place: distances.place, withinCounts: [...withinCounts, all.length], nearestOutside };
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
  /** The headquarters' city. */
  city: string;
  regions: string[];
  services: string[];
  summary: string;
  /** With a place to search near: kilometres to the nearest office, or that the partner works remotely there. */
  distance?: { km: number } | { remote: true } | undefined;
  /** Not taking new clients at the moment. */
  booked?: true | undefined;
}

/**
 * Beyond this many kilometres (or the radius chosen), a partner working remotely across the place's region is
 * shown as working remotely there rather than by the distance to its office.
 */
const REMOTE_SHOWN_BEYOND_KM = 100;

export function toCard(
  partner: DirectoryPartner,
  data: { facets: DirectoryData['facets']; cities: readonly Pick<DirectoryCity, 'label'>[] },
  locale: Locale,
  distance?: { km: number; remoteHere: boolean; within: number },
): PartnerCardData {
  const { facets } = data;
  const labels = (key: FacetKey) => partner.values[key].map((value) => facets[key][value]?.label ?? '').filter(Boolean);
  const tier = facets.tier[partner.values.tier[0] ?? -1];
  const remoteShown = distance?.remoteHere === true && distance.km > (distance.within || REMOTE_SHOWN_BEYOND_KM);
  return {
    slug: partner.slug,
    name: partner.name,
    ...(partner.writtenIn === locale ? {} : { lang: partner.writtenIn }),
    tier: { label: tier?.label ?? '', colour: tier?.colour ?? 'transparent' },
    ...(partner.reviews.count > 0
      ? { rating: { average: partner.reviews.sum / partner.reviews.count, count: partner.reviews.count } }
      : {}),
    types: labels('type'),
    city: data.cities[partner.offices[0] ?? -1]?.label ?? '',
    regions: labels('region'),
    services: labels('service'),
    summary: partner.summary,
    ...(distance && (remoteShown || Number.isFinite(distance.km))
      ? { distance: remoteShown ? { remote: true as const } : { km: distance.km } }
      : {}),
    ...(partner.values.accepting.length === 0 ? { booked: true as const } : {}),
  };
}

/** The Russian alphabet: a visitor types a first letter in either script. */
const CYRILLIC = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя';

/**
 * Queries worth running once while the page is idle, so that what a visitor
 * types first is served from warm caches and compiled code: every first
 * letter a word in the index starts with (the costliest keystrokes: they
 * match nearly everyone), then each Cyrillic letter whose Latin spelling
 * starts one of the words (the index holds them in Latin, `transliterate`),
 * then, for the most common words, each longer prefix, the word with a letter
 * missing, and the word with the next one. The single letters come first.
 */
export function warmUpQueries(index: DirectoryIndex): string[] {
  const words = index.text?.words ?? [];
  const latin = [...new Set(words.map((word) => word[0] ?? ''))].filter(Boolean);
  const cyrillic = [...CYRILLIC].filter((letter) => {
    const spelt = transliterate(letter);
    return spelt !== '' && words.some((word) => word.startsWith(spelt));
  });
  const firstLetters = [...latin, ...cyrillic];
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
  const { order } = queryDirectory(buildDirectoryIndex(data, { text: false }), directoryState.empty());
  return { ...data, partners: Array.from(order, (i) => data.partners[i] as DirectoryPartner) };
}

/** Partners shown at a time: a static listing's page, the search's first results and each "Show more". */
export const PAGE_SIZE = 24;

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
  near?: NearResult | undefined;
  cards: PartnerCardData[];
  /**
   * Present while the later pieces are missing (`DirectoryHead`): the results and counts are of the head's `searched`
   * partners, of `of`; `failed` once the pieces could not be loaded.
   */
  partial?: { searched: number; of: number; failed: boolean } | undefined;
}

/** What a view answers, as one string: the state's address form and how many cards it carries. */
export const viewKey = (state: DirectoryState, visible: number): string =>
  `${directoryState.serialize(state)}#${visible}`;

export function directoryView(
  index: DirectoryIndex,
  state: DirectoryState,
  visible: number,
  now?: number,
): DirectoryView {
  const result = queryDirectory(index, state, now, visible);
  const { data } = index;
  const distances = result.near && index.distances;
  return {
    state,
    answers: directoryState.serialize(state),
    total: result.total,
    counts: result.counts,
    textMatches: result.textMatches,
    ignoredWords: result.ignoredWords,
    suggestion: result.suggestion,
    near: result.near,
    cards: Array.from(result.order.subarray(0, visible), (i) =>
      toCard(
        data.partners[i] as DirectoryPartner,
        data,
        data.locale,
        distances && {
          km: distances.km[i] ?? Infinity,
          remoteHere: distances.remoteHere[i] === 1,
          within: state.within,
        },
      ),
    ),
  };
}

/** The opening search with one filter value chosen. */
const withOneFilter = (key: FacetKey, id: string): DirectoryState => {
  const empty = directoryState.empty();
  return { ...empty, filters: { ...empty.filters, [key]: [id] } };
};

/**
 * The whole directory's total and counts for `state` that came with the head, for the two searches they came for:
 * the opening one (`opening`), and the opening one with one filter value chosen (`chosen`).
 */
function countsFromHead(
  index: DirectoryIndex,
  { opening, chosen }: Pick<DirectoryHead, 'opening' | 'chosen'>,
  state: DirectoryState,
): DirectoryHead['opening'] | undefined {
  // Words, a place or another sort: not one of them.
  if (directoryState.serialize({ ...state, filters: directoryState.empty().filters }) !== '') return undefined;
  const [one, ...more] = FACETS.flatMap((key) => state.filters[key].map((id) => ({ key, id })));
  if (!one) return opening;
  const position = index.valueIds[one.key].get(one.id);
  const counts = position === undefined || more.length > 0 ? undefined : chosen?.[one.key][position];
  return counts && { total: opening.counts[one.key][position ?? -1] ?? 0, counts };
}

/**
 * The view of `state` while only the head (`DirectoryHead`) has arrived, or only its first page
 * (`decodeDirectory(head, PAGE_SIZE)`). Where the head brought the whole directory's counts for it
 * (`countsFromHead`) and holds a page of its partners, or all of them, it is exact: the head's partners are the
 * first in the opening order, and one filter value leaves that order as it is, so theirs are the answer's first.
 * Any other is the head's answer, marked `partial`.
 */
export function headView(
  index: DirectoryIndex,
  head: Pick<DirectoryHead, 'opening' | 'chosen'>,
  state: DirectoryState,
  visible: number,
  failed = false,
  now?: number,
): DirectoryView {
  const view = directoryView(index, state, visible, now);
  const whole = countsFromHead(index, head, state);
  if (whole && view.total >= Math.min(visible, whole.total)) {
    return {
      ...view,
      total: whole.total,
      counts: mapFacets((key) => Uint32Array.from(whole.counts[key] ?? [])),
      // Without words every partner matches the text: all of the directory's.
      textMatches: head.opening.total,
    };
  }
  return { ...view, partial: { searched: index.data.partners.length, of: head.opening.total, failed } };
}

/**
 * The directory's state in the address: the faceted search's parameters, then `near` (a city id, or a position
 * rounded to about 1 km) and `within` (one of `WITHIN_KM`). A place the gazetteer does not know, a position off
 * the globe, a radius not offered, or a radius or distance sort without a place are dropped.
 */
export const directoryState = {
  empty: (): DirectoryState => ({ ...directorySearch.emptyState(), near: '', within: 0 }),

  parse(search: string, facets: DirectoryData['facets'], cities: readonly Pick<DirectoryCity, 'id'>[]): DirectoryState {
    const state = directorySearch.parse(search, directorySearch.knownIds(facets));
    const params = new URLSearchParams(search);
    const asked = params.get('near') ?? '';
    const position = parsePosition(asked);
    const near = cities.some((city) => city.id === asked) ? asked : position ? formatPosition(position) : '';
    const within = Number(params.get('within'));
    return {
      ...state,
      sort: state.sort === 'distance' && !near ? directorySearch.defaultSort : state.sort,
      near,
      within: near && (WITHIN_KM as readonly number[]).includes(within) ? within : 0,
    };
  },

  serialize(state: DirectoryState): string {
    const params = new URLSearchParams(directorySearch.serialize(state));
    if (state.near) params.set('near', state.near);
    if (state.near && state.within) params.set('within', String(state.within));
    const text = params.toString();
    return text ? `?${text}` : '';
  },
};
