/**
 * What a partner's profile page shows, worked out from the profile: the fact
 * rows with their filter links, the contact addresses and the JSON-LD for
 * search engines. Pure, so the page only lays it out.
 */
import type { Partner } from '../schemas/partner';
import { ACCEPTING_ID, type FacetKey } from './directory.ts';
import { partner } from './i18n/sections/partner.ts';
import { localePath, type Locale } from './i18n/locales.ts';
import type { FacetValue } from './search/faceted.ts';

export interface FactRow {
  title: string;
  /** Each value, linking to the directory searched by it where there is such a search. */
  items: { label: string; href?: string | undefined }[];
}

type Facets = Readonly<Record<FacetKey, readonly FacetValue[]>>;

/** A referenced entry's label (in the language of `facets`), its id where the facets do not list it. */
const labelOf = (facets: Facets, key: FacetKey, id: string): string =>
  facets[key].find((option) => option.id === id)?.label ?? id;

/** Labels of referenced entries, each linking to the directory in `locale` filtered by it. */
export function linkedValues(
  facets: Facets,
  key: FacetKey,
  refs: readonly { id: string }[],
  locale: Locale,
): FactRow['items'] {
  const directory = localePath(locale, '/partners/');
  return refs.map((ref) => ({
    label: labelOf(facets, key, ref.id),
    href: `${directory}?${key}=${encodeURIComponent(ref.id)}`,
  }));
}

/** What the facts need besides the facets: the cities' names, and money as the page's language writes it. */
export interface FactContext {
  cities: ReadonlyMap<string, string>;
  /** An amount in the site currency, formatted. */
  money: (amount: number) => string;
}

/** An office as a profile lists it: "Kazan, Peterburgskaya St 50", linking to the directory near its city. */
function officeItems(data: Pick<Partner, 'offices'>, cities: ReadonlyMap<string, string>, locale: Locale) {
  const directory = localePath(locale, '/partners/');
  return data.offices.map(({ city, address }) => ({
    label: [cities.get(city.id) ?? city.id, address].filter(Boolean).join(', '),
    href: `${directory}?near=${encodeURIComponent(city.id)}`,
  }));
}

/**
 * The profile's facts as rows, titled in `locale`, leaving out the empty ones: references and client sizes link
 * to the directory filtered by each, offices to the directory near their city.
 */
export function factRows(data: Partner, facets: Facets, locale: Locale, { cities, money }: FactContext): FactRow[] {
  const titles = partner[locale].facts;
  const row = (
    key: 'type' | 'region' | 'service' | 'industry' | 'language' | 'size',
    refs: readonly { id: string }[],
  ) => ({
    title: titles[key],
    items: linkedValues(facets, key, refs, locale),
  });
  return [
    row('type', data.types),
    row('region', data.regions),
    {
      title: titles.offices,
      items: [...officeItems(data, cities, locale), ...(data.remote ? [{ label: titles.remote }] : [])],
    },
    row('service', data.services),
    row('industry', data.industries),
    row('language', data.languages),
    row(
      'size',
      data.clientSizes.map((id) => ({ id })),
    ),
    {
      title: titles.accepting,
      items: data.acceptingClients
        ? linkedValues(facets, 'accepting', [{ id: ACCEPTING_ID }], locale)
        : [{ label: titles.booked }],
    },
    { title: titles.minProject, items: [{ label: data.minProject ? money(data.minProject) : titles.noMinimum }] },
  ].filter((row) => row.items.length > 0);
}

/** A tel: address: the digits and a leading plus, nothing else. */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^+0-9]/g, '')}`;

/** schema.org Organization data for the profile; absent fields are left out when serialised. */
export function partnerJsonLd(
  data: Partner,
  facets: Facets,
  cities: ReadonlyMap<string, string>,
  site: URL | undefined,
): Record<string, unknown> {
  const address = ({ city, address }: Partner['offices'][number]) => ({
    '@type': 'PostalAddress',
    addressLocality: cities.get(city.id) ?? city.id,
    streetAddress: address,
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: data.name,
    description: data.summary,
    url: data.website,
    email: data.email,
    telephone: data.phone,
    logo: data.logo && site ? new URL(data.logo, site).href : undefined,
    address: data.offices[0] && address(data.offices[0]),
    location: data.offices.slice(1).map((office) => ({ '@type': 'Place', address: address(office) })),
    areaServed: data.regions.map((ref) => labelOf(facets, 'region', ref.id)),
    knowsLanguage: data.languages.map((ref) => labelOf(facets, 'language', ref.id)),
  };
}
