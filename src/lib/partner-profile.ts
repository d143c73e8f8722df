/**
 * What a partner's profile page shows, worked out from the profile: the fact
 * rows with their filter links, the contact addresses and the JSON-LD for
 * search engines. Pure, so the page only lays it out.
 */
import type { Partner } from '../schemas/partner';
import type { FacetKey } from './directory.ts';
import type { FacetValue } from './search/faceted.ts';

export interface FactRow {
  title: string;
  items: { label: string; href: string }[];
}

type Facets = Readonly<Record<FacetKey, readonly FacetValue[]>>;

/** Labels of referenced entries, each linking to the directory filtered by it. */
export function linkedValues(facets: Facets, key: FacetKey, refs: readonly { id: string }[]): FactRow['items'] {
  return refs.map((ref) => ({
    label: facets[key].find((option) => option.id === ref.id)?.label ?? ref.id,
    href: `/partners/?${key}=${encodeURIComponent(ref.id)}`,
  }));
}

/** The profile's references as rows of links, leaving out the empty ones. */
export function factRows(data: Partner, facets: Facets): FactRow[] {
  return [
    { title: 'Partner type', items: linkedValues(facets, 'type', data.types) },
    { title: 'Regions served', items: linkedValues(facets, 'region', data.regions) },
    { title: 'Services', items: linkedValues(facets, 'service', data.services) },
    { title: 'Industries', items: linkedValues(facets, 'industry', data.industries) },
    { title: 'Languages', items: linkedValues(facets, 'language', data.languages) },
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
    areaServed: linkedValues(facets, 'region', data.regions).map((region) => region.label),
    knowsLanguage: linkedValues(facets, 'language', data.languages).map((language) => language.label),
  };
}
