/**
 * The partners a visitor puts side by side: at most three, kept in the
 * browser across the directory, the profiles and reloads, and in the
 * comparison's address (`/partners/compare/?ids=a,b,c`). Pure: the browser's
 * storage is `src/components/compare/compare-store.ts`.
 */
import type { Partner } from '../schemas/partner';
import { isoDay } from './dates.ts';
import { distanceKm, type Point } from './geo.ts';
import type { Locale } from './i18n/locales.ts';
import { MAX_PARTNERS_PER_REQUEST } from './lead.ts';
import type { RatingSummary } from './reviews.ts';
import type { FacetValue } from './search/faceted.ts';

/** As many as one proposal request names: the comparison can ask all of them at once. */
export const MAX_COMPARED = MAX_PARTNERS_PER_REQUEST;

/** A partner chosen for comparison: its id, and its name for the tray. */
export interface Compared {
  slug: string;
  name: string;
}

/** What a partner id looks like: the file name of its profile. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG = 120;

const isSlug = (text: string) => text.length <= MAX_SLUG && SLUG.test(text);

/** The list with `partner` added at the end, or taken out if it was in; full lists stay as they are. */
export function toggleCompared(list: readonly Compared[], partner: Compared): Compared[] {
  if (list.some((item) => item.slug === partner.slug)) return list.filter((item) => item.slug !== partner.slug);
  return list.length >= MAX_COMPARED ? [...list] : [...list, partner];
}

/**
 * A stored list as it reads back: anything but an array of partners with a valid id and a name of plain length is
 * dropped, duplicates and the partners past the third too.
 */
export function readCompared(stored: unknown): Compared[] {
  if (!Array.isArray(stored)) return [];
  const seen = new Set<string>();
  const list: Compared[] = [];
  for (const item of stored as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { slug, name } = item as Record<string, unknown>;
    if (typeof slug !== 'string' || typeof name !== 'string' || !isSlug(slug) || seen.has(slug)) continue;
    if (name.length === 0 || name.length > 200) continue;
    seen.add(slug);
    list.push({ slug, name });
    if (list.length === MAX_COMPARED) break;
  }
  return list;
}

/** The ids in a comparison's address, in order: valid ids only, each once, at most three. */
export function parseCompareIds(search: string): string[] {
  const text = new URLSearchParams(search).get('ids') ?? '';
  return [...new Set(text.split(',').map((id) => id.trim()))].filter(isSlug).slice(0, MAX_COMPARED);
}

/** The comparison's address for these partners, from the place the directory searched near, if any. */
export function compareHref(base: string, slugs: readonly string[], near = ''): string {
  const params = new URLSearchParams({ ids: slugs.join(',') });
  if (near) params.set('near', near);
  return `${base}?${params.toString().replace(/%2C/g, ',')}`;
}

/**
 * What the comparison shows of one partner, by id (labels come in the page's language from the page): served
 * as /partners/facts/<id>.json, the same file for every language.
 */
export interface ComparedFacts {
  slug: string;
  name: string;
  writtenIn: Locale;
  tier: string;
  types: string[];
  services: string[];
  industries: string[];
  regions: string[];
  languages: string[];
  offices: { city: string; address?: string | undefined }[];
  remote: boolean;
  acceptingClients: boolean;
  clientSizes: string[];
  /** Site currency; 0 for no minimum. */
  minProject: number;
  certifiedStaff?: number | undefined;
  since?: number | undefined;
  /** YYYY-MM-DD. */
  verified: string;
  /** Verified reviews: their plain average and count. */
  rating: { average: number; count: number };
}

export function toComparedFacts(
  { id, data }: { id: string; data: Partner },
  rating: Pick<RatingSummary, 'average' | 'count'>,
): ComparedFacts {
  const ids = (refs: readonly { id: string }[]) => refs.map((ref) => ref.id);
  return {
    slug: id,
    name: data.name,
    writtenIn: data.writtenIn,
    tier: data.tier.id,
    types: ids(data.types),
    services: ids(data.services),
    industries: ids(data.industries),
    regions: ids(data.regions),
    languages: ids(data.languages),
    offices: data.offices.map(({ city, address }) => ({ city: city.id, ...(address ? { address } : {}) })),
    remote: data.remote,
    acceptingClients: data.acceptingClients,
    clientSizes: [...data.clientSizes],
    minProject: data.minProject ?? 0,
    certifiedStaff: data.certifiedStaff,
    since: data.since,
    verified: isoDay(data.verified),
    rating: { average: rating.average, count: rating.count },
  };
}

/** One cell of the comparison: its text, where it links, and for rows of a list's items whether the partner has it. */
export interface CompareCell {
  text: string;
  href?: string | undefined;
  mark?: boolean | undefined;
  /** A note after the text, such as a stale verification. */
  note?: string | undefined;
}

export interface CompareRow {
  id: string;
  title: string;
  /** The list a row of items belongs to ("Services"): its rows follow one heading. */
  group?: string | undefined;
  cells: CompareCell[];
  /** The partners' cells are not all alike. */
  differs: boolean;
}

/** What the rows need in the page's language: the labels of ids, money and dates, and the words. */
export interface CompareContext {
  facets: Readonly<
    Record<'tier' | 'type' | 'service' | 'industry' | 'region' | 'language' | 'size', readonly FacetValue[]>
  >;
  cities: readonly (Point & { id: string; label: string; region: number })[];
  words: CompareWords;
  /** An amount in the site currency, formatted. */
  money: (amount: number) => string;
  /** A YYYY-MM-DD day, formatted. */
  date: (day: string) => string;
  number: (value: number) => string;
  /** Whether a verification on that day is older than the settings allow, and by how many months. */
  stale: (day: string) => number | undefined;
  /** The place the directory searched near, with its name ('' for the visitor's position). */
  place?: (Point & { label: string; region: number }) | undefined;
  /** A partner's profile in the page's language. */
  profile: (slug: string) => string;
}

type CompareWords = (typeof import('./i18n/sections/compare.ts'))['compare']['en'];

const sameCells = (cells: readonly CompareCell[]) =>
  cells.every((cell) => cell.text === cells[0]?.text && cell.mark === cells[0]?.mark);

/**
 * The comparison of `partners`, row by row: tier, rating, then a row per partner type, service and industry any
 * of them has (marked for each partner, so what one lacks stands out), then regions, offices, the distance from
 * the place searched near, languages, client sizes, smallest project, new clients, staff, since when, and when the
 * profile was verified.
 */
export function comparisonRows(partners: readonly ComparedFacts[], context: CompareContext): CompareRow[] {
  const { facets, words: t } = context;
  const label = (key: keyof CompareContext['facets'], id: string) =>
    facets[key].find((value) => value.id === id)?.label ?? id;
  const city = (id: string) => context.cities.find((candidate) => candidate.id === id);
  const row = (id: string, title: string, cell: (partner: ComparedFacts) => CompareCell): CompareRow => {
    const cells = partners.map(cell);
    return { id, title, cells, differs: !sameCells(cells) };
  };
  const text = (value: string): CompareCell => ({ text: value });
  /** A row per value any partner has, in the facet's order. */
  const items = (key: 'type' | 'service' | 'industry', group: string, of: (partner: ComparedFacts) => string[]) =>
    facets[key]
      .filter((value) => partners.some((partner) => of(partner).includes(value.id)))
      .map((value) => ({
        ...row(`${key}-${value.id}`, value.label, (partner) => {
          const has = of(partner).includes(value.id);
          return { text: has ? t.yes : t.no, mark: has };
        }),
        group,
      }));
  const place = context.place;
  const distance = (partner: ComparedFacts): CompareCell => {
    if (!place) return text('');
    const km = Math.min(
      ...partner.offices.map((office) => {
        const at = city(office.city);
        return at ? distanceKm(place, at) : Number.POSITIVE_INFINITY;
      }),
    );
    const regions = partner.regions.map((id) => facets.region.findIndex((value) => value.id === id));
    const remote = partner.remote && regions.includes(place.region);
    return {
      text: Number.isFinite(km) ? t.km(km) : t.notGiven,
      ...(remote ? { note: t.remote } : {}),
    };
  };
  return [
    row('tier', t.rows.tier, (partner) => text(label('tier', partner.tier))),
    row('rating', t.rows.rating, (partner) =>
      text(
        partner.rating.count > 0
          ? t.rating(context.number(Math.round(partner.rating.average * 10) / 10), partner.rating.count)
          : t.noRating,
      ),
    ),
    ...items('type', t.rows.types, (partner) => partner.types),
    ...items('service', t.rows.services, (partner) => partner.services),
    ...items('industry', t.rows.industries, (partner) => partner.industries),
    row('regions', t.rows.regions, (partner) => text(partner.regions.map((id) => label('region', id)).join(', '))),
    row('offices', t.rows.offices, (partner) =>
      text(
        partner.offices
          .map((office) => [city(office.city)?.label ?? office.city, office.address].filter(Boolean).join(', '))
          .join('; '),
      ),
    ),
    ...(place ? [row('distance', t.rows.distance(place.label), distance)] : []),
    row('languages', t.rows.languages, (partner) =>
      text(partner.languages.map((id) => label('language', id)).join(', ')),
    ),
    row('sizes', t.rows.sizes, (partner) => text(partner.clientSizes.map((id) => label('size', id)).join(', '))),
    row('minProject', t.rows.minProject, (partner) =>
      text(partner.minProject > 0 ? context.money(partner.minProject) : t.noMinimum),
    ),
    row('accepting', t.rows.accepting, (partner) => text(partner.acceptingClients ? t.accepting : t.booked)),
    row('certifiedStaff', t.rows.certifiedStaff, (partner) =>
      text(partner.certifiedStaff === undefined ? t.notGiven : context.number(partner.certifiedStaff)),
    ),
    row('since', t.rows.since, (partner) => text(partner.since === undefined ? t.notGiven : String(partner.since))),
    row('verified', t.rows.verified, (partner) => {
      const months = context.stale(partner.verified);
      return { text: context.date(partner.verified), ...(months ? { note: t.stale(months) } : {}) };
    }),
  ];
}
