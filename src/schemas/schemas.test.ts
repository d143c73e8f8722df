import { describe, expect, it } from 'vitest';
import { contentFiles } from '../content.config';
import {
  readData,
  sampleData as sample,
  sampleFiles as filesOf,
  schemaOf,
  type CollectionName,
} from '../../tests/sample-content';

const sampleFiles = (Object.keys(contentFiles) as CollectionName[]).flatMap((name) =>
  filesOf(name).map((file) => ({ name, path: file.path })),
);

/** Paths of the fields a parse failed on, as "a.b.0". */
function failingFields(name: CollectionName, data: unknown): string[] {
  const result = schemaOf(name).safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('sample content', () => {
  it('covers every collection', () => {
    const covered = new Set(sampleFiles.map((file) => file.name));
    expect([...covered].sort()).toEqual(Object.keys(contentFiles).sort());
  });

  it.each(sampleFiles.map((file) => [file.path, file.name] as const))('%s matches the %s schema', (path, name) => {
    expect(failingFields(name, readData(path))).toEqual([]);
  });
});

describe('schemas reject malformed content, naming the field', () => {
  const gold = () => sample('tiers', 'gold');
  const settings = () => sample('settings', 'site');
  const review = () => sample('reviews', 'akadem-pixel-inversia-labs');
  const suite = () => sample('plans', 'suite');
  const baikal = () => sample('partners', 'baikal-digital');
  const guide = () => sample('resources', 'mailbox-migration-guide');

  it.each<[string, CollectionName, () => Record<string, unknown>, string]>([
    ['a missing tier name', 'tiers', () => ({ ...gold(), name: undefined }), 'name'],
    ['a negative resale discount', 'tiers', () => ({ ...gold(), resaleDiscount: -5 }), 'resaleDiscount'],
    ['a commission over 100 %', 'tiers', () => ({ ...gold(), referralCommission: 120 }), 'referralCommission'],
    ['a commission as text', 'tiers', () => ({ ...gold(), referralCommission: '20%' }), 'referralCommission'],
    ['a fractional commission duration', 'tiers', () => ({ ...gold(), commissionMonths: 1.5 }), 'commissionMonths'],
    ['an empty requirement list', 'tiers', () => ({ ...gold(), requirements: [] }), 'requirements'],
    [
      'a requirement without a value',
      'tiers',
      () => ({ ...gold(), requirements: [{ label: 'Staff' }] }),
      'requirements.0.value',
    ],
    ['a badge colour that is not #rrggbb', 'tiers', () => ({ ...gold(), badgeColour: 'gold' }), 'badgeColour'],
    ['a non-ISO currency', 'settings', () => ({ ...settings(), currency: 'RUR' }), 'currency'],
    ['a lowercase currency', 'settings', () => ({ ...settings(), currency: 'rub' }), 'currency'],
    ['a bad contact email', 'settings', () => ({ ...settings(), contactEmail: 'partners@' }), 'contactEmail'],
    [
      'a javascript: endpoint',
      'settings',
      () => ({ ...settings(), applicationEndpoint: 'javascript:alert(1)' }),
      'applicationEndpoint',
    ],
    [
      'a navigation link off the site',
      'settings',
      () => ({ ...settings(), navigation: [{ label: 'X', href: 'https://x.example/' }] }),
      'navigation.0.href',
    ],
    ['a negative price', 'plans', () => ({ ...suite(), pricePerSeat: -1 }), 'pricePerSeat'],
    ['a price with three decimals', 'plans', () => ({ ...suite(), pricePerSeat: 249.999 }), 'pricePerSeat'],
    ['a sellable plan that is free', 'plans', () => ({ ...suite(), pricePerSeat: 0 }), 'pricePerSeat'],
    [
      'an unknown partner model',
      'partnerTypes',
      () => ({ ...sample('partnerTypes', 'reseller'), partnerModel: 'franchise' }),
      'partnerModel',
    ],
    ['a region without a country', 'regions', () => ({ label: 'Urals', order: 1 }), 'country'],
    ['a language code in capitals', 'languages', () => ({ label: 'English', order: 1, code: 'EN' }), 'code'],
    ['a FAQ entry without a question', 'faq', () => ({ category: 'earnings', order: 1 }), 'question'],
    [
      'a page with a description too long for search results',
      'pages',
      () => ({ ...sample('pages', 'about'), description: 'x'.repeat(201) }),
      'description',
    ],
    ['a partner without a tier', 'partners', () => ({ ...baikal(), tier: undefined }), 'tier'],
    ['a partner with no service', 'partners', () => ({ ...baikal(), services: [] }), 'services'],
    ['a partner with no language', 'partners', () => ({ ...baikal(), languages: [] }), 'languages'],
    ['a javascript: website', 'partners', () => ({ ...baikal(), website: 'javascript:alert(1)' }), 'website'],
    ['an ftp website', 'partners', () => ({ ...baikal(), website: 'ftp://files.example' }), 'website'],
    ['a bad partner email', 'partners', () => ({ ...baikal(), email: 'hello at example' }), 'email'],
    ['a summary over 200 characters', 'partners', () => ({ ...baikal(), summary: 'x'.repeat(201) }), 'summary'],
    ['HTML in a summary', 'partners', () => ({ ...baikal(), summary: '<img src=x onerror=alert(1)>' }), 'summary'],
    ['a verification date in the future', 'partners', () => ({ ...baikal(), verified: '2999-01-01' }), 'verified'],
    [
      'a verification date that is not a date',
      'partners',
      () => ({ ...baikal(), verified: 'last spring' }),
      'verified',
    ],
    ['negative certified staff', 'partners', () => ({ ...baikal(), certifiedStaff: -1 }), 'certifiedStaff'],
    ['a partner-since year in the future', 'partners', () => ({ ...baikal(), since: 2999 }), 'since'],
    ['a logo outside /uploads/', 'partners', () => ({ ...baikal(), logo: 'https://cdn.example/logo.png' }), 'logo'],
    [
      'a case study link that is not http(s)',
      'partners',
      () => ({ ...baikal(), caseStudies: [{ title: 'T', summary: 'S', url: 'javascript:x' }] }),
      'caseStudies.0.url',
    ],
    ['a partner without an office', 'partners', () => ({ ...baikal(), offices: [] }), 'offices'],
    [
      'six offices',
      'partners',
      () => ({ ...baikal(), offices: Array.from({ length: 6 }, () => ({ city: 'irkutsk' })) }),
      'offices',
    ],
    [
      'an office address with HTML',
      'partners',
      () => ({ ...baikal(), offices: [{ city: 'irkutsk', address: '<a href=//attacker.example>Karl Marx St</a>' }] }),
      'offices.0.address',
    ],
    [
      'an office address that reverses its text',
      'partners',
      () => ({ ...baikal(), offices: [{ city: 'irkutsk', address: 'Karl Marx St \u202e04' }] }),
      'offices.0.address',
    ],
    ['a negative smallest project', 'partners', () => ({ ...baikal(), minProject: -1 }), 'minProject'],
    ['a smallest project as text', 'partners', () => ({ ...baikal(), minProject: '100000' }), 'minProject'],
    ['no client size', 'partners', () => ({ ...baikal(), clientSizes: [] }), 'clientSizes'],
    [
      'a client size that is no range',
      'partners',
      () => ({ ...baikal(), clientSizes: ['11–50 users'] }),
      'clientSizes.0',
    ],
    ['a client size twice', 'partners', () => ({ ...baikal(), clientSizes: ['11-50', '11-50'] }), 'clientSizes'],
    ['a review’s client size as script', 'reviews', () => ({ ...review(), companySize: '<script>' }), 'companySize'],
    [
      'two client sizes of one range in settings',
      'settings',
      () => ({
        ...settings(),
        clientSizes: [
          { id: '1-10', label: 'Small' },
          { id: '1-10', label: 'Tiny' },
        ],
      }),
      'clientSizes',
    ],
    ['taking clients as text', 'partners', () => ({ ...baikal(), acceptingClients: 'yes' }), 'acceptingClients'],
    ['a latitude beyond the pole', 'cities', () => ({ ...sample('cities', 'kazan'), latitude: 95 }), 'latitude'],
    ['a longitude off the globe', 'cities', () => ({ ...sample('cities', 'kazan'), longitude: -181 }), 'longitude'],
    ['a latitude as text', 'cities', () => ({ ...sample('cities', 'kazan'), latitude: '55.79' }), 'latitude'],
    ['a city without a region', 'cities', () => ({ ...sample('cities', 'kazan'), region: undefined }), 'region'],
    ['a city named with HTML', 'cities', () => ({ ...sample('cities', 'kazan'), name: 'Kazan<script>' }), 'name'],
    [
      'a city name with a Cyrillic а among Latin letters',
      'cities',
      () => ({ ...sample('cities', 'kazan'), name: 'Kaz\u0430n' }),
      'name',
    ],
    ['an unknown resource type', 'resources', () => ({ ...guide(), type: 'brochure' }), 'type'],
    ['a resource without topics', 'resources', () => ({ ...guide(), topics: [] }), 'topics'],
    [
      'a download that does not exist',
      'resources',
      () => ({ ...guide(), downloads: [{ label: 'Guide', file: '/uploads/missing.pdf' }] }),
      'downloads.0.file',
    ],
    [
      'a download outside /uploads/',
      'resources',
      () => ({ ...guide(), downloads: [{ label: 'Guide', file: '../secrets.txt' }] }),
      'downloads.0.file',
    ],
    [
      'a resource with neither download nor link',
      'resources',
      () => ({ ...guide(), downloads: [], link: undefined }),
      'downloads',
    ],
    ['a publication date in the future', 'resources', () => ({ ...guide(), published: '2999-01-01' }), 'published'],
    [
      'an update before publication',
      'resources',
      () => ({ ...guide(), published: '2026-05-01', updated: '2026-01-01' }),
      'updated',
    ],
    ['a javascript: link', 'resources', () => ({ ...guide(), link: 'javascript:alert(1)' }), 'link'],
    ['a training of 0 minutes', 'resources', () => ({ ...guide(), durationMinutes: 0 }), 'durationMinutes'],
    ['a name of zero-width characters', 'partners', () => ({ ...baikal(), name: '\u200b\u200c\u200d\ufeff' }), 'name'],
    [
      'a summary of direction marks and spaces',
      'partners',
      () => ({ ...baikal(), summary: '\u200f \u200e \u061c' }),
      'summary',
    ],
    ['a right-to-left mark inside a name', 'partners', () => ({ ...baikal(), name: 'Baikal\u200f Digital' }), 'name'],
    [
      'a name with a Cyrillic В among Latin letters',
      'partners',
      () => ({ ...baikal(), name: 'Вaikal Digital' }),
      'name',
    ],
    ['a name with a Greek ο among Latin letters', 'partners', () => ({ ...baikal(), name: 'Baikal Digitαl' }), 'name'],
    [
      'a Zalgo name',
      'partners',
      () => ({ ...baikal(), name: `B${'\u0336\u0337\u0338\u0335'.repeat(5)}aikal` }),
      'name',
    ],
    ['a verification date of true', 'partners', () => ({ ...baikal(), verified: true }), 'verified'],
    ['a verification date of 0', 'partners', () => ({ ...baikal(), verified: 0 }), 'verified'],
    ['30 February', 'partners', () => ({ ...baikal(), verified: '2024-02-30' }), 'verified'],
    ['a date with a time of day', 'partners', () => ({ ...baikal(), verified: '2024-02-03T10:00:00Z' }), 'verified'],
    ['a resource title with HTML', 'resources', () => ({ ...guide(), title: 'Guide <b>now</b>' }), 'title'],
    [
      'a resource summary with an override',
      'resources',
      () => ({ ...guide(), summary: 'Price list \u202Efdp.exe' }),
      'summary',
    ],
    ['a tier name with HTML', 'tiers', () => ({ ...gold(), name: '<i>Gold</i>' }), 'name'],
    [
      'an application format that is neither',
      'settings',
      () => ({ ...settings(), applicationFormat: 'xml' }),
      'applicationFormat',
    ],
  ])('%s', (_case, name, make, field) => {
    expect(failingFields(name, make())).toContain(field);
  });

  it.each([
    ['Сибирь IT', 'two words in two alphabets'],
    ['Nguyễn Digital', 'Vietnamese accents'],
    ['Ала-Тоо Мейлворкс', 'a Cyrillic name with a hyphen'],
    ['Café Crème Systems', 'Latin letters with accents'],
  ])('accepts the name %s (%s)', (name) => {
    expect(failingFields('partners', { ...baikal(), name })).toEqual([]);
  });

  it('accepts a real 29 February and a YAML date', () => {
    expect(failingFields('partners', { ...baikal(), verified: '2024-02-29' })).toEqual([]);
    expect(failingFields('partners', { ...baikal(), verified: new Date('2024-02-29') })).toEqual([]);
  });

  it('explains the rule in words an editor understands', () => {
    const result = schemaOf('settings').safeParse({ ...settings(), currency: 'RUR' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Not an ISO 4217 currency code');
  });
});
