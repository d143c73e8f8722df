import { describe, expect, it } from 'vitest';
import type { Partner } from '../schemas/partner';
import { factRows, partnerJsonLd, telHref } from './partner-profile.ts';

const ref = <C extends string>(collection: C, id: string) => ({ collection, id });
const facets = {
  service: [{ id: 'security', label: 'Security & compliance' }],
  region: [{ id: 'siberia', label: 'Siberia' }],
  industry: [],
  language: [{ id: 'english', label: 'English' }],
  type: [{ id: 'reseller', label: 'Reseller' }],
  tier: [{ id: 'gold', label: 'Gold', colour: '#c9962b' }],
  rating: [],
};
const partner: Partner = {
  name: 'Taiga Networks',
  tier: ref('tiers', 'gold'),
  types: [ref('partnerTypes', 'reseller')],
  regions: [ref('regions', 'siberia')],
  services: [ref('services', 'security')],
  languages: [ref('languages', 'english')],
  industries: [],
  summary: 'Mail and security for Siberian retailers.',
  writtenIn: 'en',
  verified: new Date('2026-06-01T00:00:00Z'),
  caseStudies: [],
  featured: false,
};

describe('factRows', () => {
  it('links each value to the directory filtered by it, escaping the id, and leaves out empty rows', () => {
    const rows = factRows(partner, facets, 'en');
    expect(rows.map((row) => row.title)).toEqual(['Partner type', 'Regions served', 'Services', 'Languages']);
    expect(rows[2]?.items).toEqual([{ label: 'Security & compliance', href: '/partners/?service=security' }]);
  });

  it('shows the id of a value the facets do not list, rather than nothing', () => {
    const rows = factRows({ ...partner, regions: [ref('regions', 'a&b')] }, facets, 'en');
    expect(rows[1]?.items).toEqual([{ label: 'a&b', href: '/partners/?region=a%26b' }]);
  });

  it('titles the rows in the page’s language and links to the directory in that language', () => {
    const rows = factRows(partner, facets, 'ru');
    expect(rows.map((row) => row.title)).toEqual(['Тип партнёрства', 'Регионы работы', 'Услуги', 'Языки']);
    expect(rows[2]?.items).toEqual([{ label: 'Security & compliance', href: '/ru/partners/?service=security' }]);
  });
});

describe('telHref', () => {
  it.each([
    ['+7 3952 48-20-20', 'tel:+73952482020'],
    ['8 (800) 555-35-35', 'tel:88005553535'],
  ])('%s → %s', (phone, href) => {
    expect(telHref(phone)).toBe(href);
  });
});

describe('partnerJsonLd', () => {
  it('describes the partner with absolute logo address, area and languages by label', () => {
    const data = partnerJsonLd(
      { ...partner, logo: '/uploads/taiga.svg', city: 'Tomsk' },
      facets,
      new URL('https://partners.polynya.example'),
    );
    expect(data).toMatchObject({
      '@type': 'Organization',
      name: 'Taiga Networks',
      logo: 'https://partners.polynya.example/uploads/taiga.svg',
      address: { '@type': 'PostalAddress', addressLocality: 'Tomsk' },
      areaServed: ['Siberia'],
      knowsLanguage: ['English'],
    });
    expect(JSON.parse(JSON.stringify(partnerJsonLd(partner, facets, undefined)))).not.toHaveProperty('logo');
  });
});
