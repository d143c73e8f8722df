/**
 * What a partner's profile page shows, worked out from the profile: the fact
 * rows with their filter links, the contact addresses and the JSON-LD for
 * search engines. Pure, so the page only lays it out.
 */
import type { Partner } from '../schemas/partner';
import type { FacetKey } from './directory.ts';
import { partner } from './i18n/sections/partner.ts';
import { localePath, type Locale } from './i18n/locales.ts';
import type { FacetValue } from './search/faceted.ts';

export interface FactRow {
  title: string;
  items: { label: string; href: string }[];
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

/** The profile's references as rows of links, titled in `locale`, leaving out the empty ones. */
export function factRows(data: Partner, facets: Facets, locale: Locale): FactRow[] {
  const titles = partner[locale].facts;
  const row = (key: Exclude<FacetKey, 'tier' | 'rating'>, refs: readonly { id: string }[]): FactRow => ({
    title: titles[key],
    items: linkedValues(facets, key, refs, locale),
  });
  return [
    row('type', data.types),
    row('region', data.regions),
    row('service', data.services),
    row('industry', data.industries),
    row('language', data.languages),
  ].filter((row) => row.items.length > 0);
}

/** A tel: address: the digits and a leading plus, nothing else. */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^+0-9]/g, '')}`;

/** schema.org Organization data for the profile; absent fields are left out when serialised. */
export function partnerJsonLd(data: Partner, facets: Facets, site: URL | undefined): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: data.name,
    description: data.summary,
    url: data.website,
    email: data.email,
    telephone: data.phone,
    logo: data.logo && site ? new URL(data.logo, site).href : undefined,
    address: data.city ? { '@type': 'PostalAddress', addressLocality: data.city } : undefined,
    areaServed: data.regions.map((ref) => labelOf(facets, 'region', ref.id)),
    knowsLanguage: data.languages.map((ref) => labelOf(facets, 'language', ref.id)),
  };
}
