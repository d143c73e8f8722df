/**
 * The comparison of partners: each partner's facts as the build serves them,
 * and the table's rows in the page's language. Pure.
 */
import type { Partner } from '../schemas/partner';
import { isoDay } from './dates.ts';
import { nearest, type Point } from './geo.ts';
import type { Locale } from './i18n/locales.ts';
import type { compare } from './i18n/sections/compare.ts';
import type { RatingSummary } from './reviews.ts';
import type { FacetValue } from './search/faceted.ts';

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

type CompareWords = (typeof compare)['en'];

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
    const km =
      nearest(
        place,
        partner.offices.flatMap((office) => city(office.city) ?? []),
      )?.km ?? Number.NaN;
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
