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
  accepting: [{ id: 'yes', label: 'Taking new clients' }],
  size: [{ id: '11-50', label: '11–50 users' }],
  budget: [],
};
const context = {
  cities: new Map([['tomsk', 'Tomsk']]),
  money: (amount: number) => `₽${amount}`,
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
  offices: [{ city: ref('cities', 'tomsk'), address: 'Lenin Ave 49' }, { city: ref('cities', 'seversk') }],
  remote: false,
  acceptingClients: true,
  clientSizes: ['11-50'],
  caseStudies: [],
  featured: false,
};

describe('factRows', () => {
  it('links each value to the directory filtered by it, escaping the id, and leaves out empty rows', () => {
    const rows = factRows(partner, facets, 'en', context);
    expect(rows.map((row) => row.title)).toEqual([
      'Partner type',
      'Regions served',
      'Offices',
      'Services',
      'Languages',
      'Client sizes',
      'New clients',
      'Smallest project',
    ]);
    expect(rows[3]?.items).toEqual([{ label: 'Security & compliance', href: '/partners/?service=security' }]);
  });

  it('lists offices linking to the directory near their city, then the client facts', () => {
    const rows = factRows(
      { ...partner, remote: true, acceptingClients: false, minProject: 150_000 },
      facets,
      'en',
      context,
    );
    const items = (title: string) => rows.find((row) => row.title === title)?.items;
    expect(items('Offices')).toEqual([
      { label: 'Tomsk, Lenin Ave 49', href: '/partners/?near=tomsk' },
      { label: 'seversk', href: '/partners/?near=seversk' },
      { label: 'Also works remotely across its regions' },
    ]);
    expect(items('Client sizes')).toEqual([{ label: '11–50 users', href: '/partners/?size=11-50' }]);
    expect(items('New clients')).toEqual([{ label: 'Not taking new clients at the moment' }]);
    expect(items('Smallest project')).toEqual([{ label: '₽150000' }]);
    expect(factRows(partner, facets, 'en', context).find((row) => row.title === 'New clients')?.items).toEqual([
      { label: 'Taking new clients', href: '/partners/?accepting=yes' },
    ]);
    expect(factRows(partner, facets, 'en', context).find((row) => row.title === 'Smallest project')?.items).toEqual([
      { label: 'No minimum' },
    ]);
  });

  it('shows the id of a value the facets do not list, rather than nothing', () => {
    const rows = factRows({ ...partner, regions: [ref('regions', 'a&b')] }, facets, 'en', context);
    expect(rows[1]?.items).toEqual([{ label: 'a&b', href: '/partners/?region=a%26b' }]);
  });

  it('titles the rows in the page’s language and links to the directory in that language', () => {
    const rows = factRows(partner, facets, 'ru', context);
    expect(rows.map((row) => row.title).slice(0, 4)).toEqual(['Тип партнёрства', 'Регионы работы', 'Офисы', 'Услуги']);
    expect(rows[3]?.items).toEqual([{ label: 'Security & compliance', href: '/ru/partners/?service=security' }]);
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
      { ...partner, logo: '/uploads/taiga.svg' },
      facets,
      context.cities,
      new URL('https://partners.polynya.example'),
    );
    expect(data).toMatchObject({
      '@type': 'Organization',
      name: 'Taiga Networks',
      logo: 'https://partners.polynya.example/uploads/taiga.svg',
      address: { '@type': 'PostalAddress', addressLocality: 'Tomsk', streetAddress: 'Lenin Ave 49' },
      location: [{ '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'seversk' } }],
      areaServed: ['Siberia'],
      knowsLanguage: ['English'],
    });
    expect(JSON.parse(JSON.stringify(partnerJsonLd(partner, facets, context.cities, undefined)))).not.toHaveProperty(
      'logo',
    );
  });
});
