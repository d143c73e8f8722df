/**
 * The partner directory: its search island, result cards and the listings
 * without JavaScript (/partners/, /partners/page/2/, /partners/services/…/).
 */
import { LOCALE_SETTINGS } from '../locales.ts';
import { plural } from '../plural.ts';

const forms = plural(LOCALE_SETTINGS.en.intl);
const number = new Intl.NumberFormat(LOCALE_SETTINGS.en.intl);
const kilometres = new Intl.NumberFormat(LOCALE_SETTINGS.en.intl, { style: 'unit', unit: 'kilometer' });
/** A distance to the kilometre, and never "0 km". */
const distance = (km: number) => kilometres.format(Math.max(1, Math.round(km)));
const partners = (count: number) => forms(count, { one: '# partner', other: '# partners' });

export const directory = {
  title: 'Find a partner',
  description: (count: number, vendor: string) =>
    `Search ${number.format(count)} certified ${vendor} partners by city, region, service, industry and language.`,
  lead: (vendor: string) =>
    `Certified companies that set up, migrate and support ${vendor}. Search by name, city or service, and narrow down by region, industry and language.`,

  /** Each facet's title: filter fieldset, filter link group, listing page title. */
  facets: {
    service: 'Services',
    region: 'Regions',
    industry: 'Industries',
    language: 'Languages',
    type: 'Partner type',
    tier: 'Tier',
    rating: 'Rating',
    accepting: 'Availability',
    size: 'Client size',
    budget: 'Your budget',
  },
  /** Each sort's name in the sort menu. */
  sorts: {
    best: 'Best match',
    distance: 'Nearest first',
    rating: 'Rating',
    name: 'Name',
    tier: 'Tier',
    verified: 'Recently verified',
  },
  /** The one value of the availability filter. */
  acceptingClients: 'Taking new clients',

  /** The "Near" control: a city picked by name, or the visitor's own position. */
  near: {
    label: 'Near',
    placeholder: 'Type a city',
    /** Below the box when the typed text names no city of the list. */
    noCity: (typed: string) => `No city in the list starts with “${typed}”.`,
    useLocation: 'Use my location',
    locating: 'Finding your location…',
    /** The browser's position, rounded to about a kilometre; named so in the box. */
    yourLocation: 'Your location',
    privacy: 'Your location stays in this page: it is rounded to about a kilometre and sent nowhere.',
    denied: 'Your browser did not share your location, so the search stays as it was. Type a city instead.',
    failed: 'Your location could not be found in time, so the search stays as it was. Type a city instead.',
    clear: 'Clear the place',
    within: 'Within',
    any: 'Any distance',
    /** A radius choice with the partners it would leave: "50 km (12)"; "50 km" while that is not known. */
    radius: (km: number, count: number | undefined) =>
      count === undefined ? distance(km) : `${distance(km)} (${number.format(count)})`,
  },
  /** On a card, with a place to search near. */
  card: {
    /** "12 km from Kazan", or "12 km from you" from the visitor's position; "Office in Kazan" under a kilometre. */
    distance: (km: number, place: string) =>
      km < 1 ? (place ? `Office in ${place}` : 'Under 1 km from you') : `${distance(km)} from ${place || 'you'}`,
    remote: 'Works remotely in your region',
    booked: 'Not taking new clients',
  },

  /** The search box and the live count of results. */
  search: {
    label: 'Search partners',
    placeholder: 'Company, city, service or language',
    /** Heading of the results, for screen readers. */
    heading: 'Partners',
    /** Announced as results change: "12 partners for “mail”". */
    status: (count: number, query: string) => `${partners(count)}${query ? ` for “${query}”` : ''}`,
  },
  loadFailed: 'The search could not load. The full list of partners is below.',
  /** Query words no partner has, so the results match the others. */
  ignoredWords: (words: readonly string[]) =>
    `No partner matches ${words.map((word) => `“${word}”`).join(' or ')}, so these results match your other words.`,
  /** When nothing matches: why, and the ways out. */
  empty: {
    heading: 'No partner matches this search',
    noCombination: 'No partner offers every combination of filters you chose.',
    noTextMatch: (query: string) =>
      `No partner name, city, service, region, industry, language or description matches “${query}”.`,
    filteredOut: (count: number, query: string) =>
      `${forms(count, { one: '# partner matches', other: '# partners match' })} “${query}”, but none of them with the chosen filters.`,
    tryRemoving: 'Try removing a filter:',
    removeFilter: (facet: string, value: string) => `Remove ${facet.toLowerCase()}: ${value}`,
    clearQuery: 'Clear the search text',
    /** A radius that leaves no partner: how far the nearest one is. */
    nothingWithin: (km: number, place: string) => `No partner within ${distance(km)} of ${place || 'you'}.`,
    nearest: (km: number, name: string, city: string) =>
      `The nearest is ${distance(km)} away: ${name}${city ? `, in ${city}` : ''}.`,
    anyDistance: 'Search at any distance',
    /** Points to the request the partner team answers with a match. */
    askTeam: 'Tell us what you need, and the partner team will find partners for you',
  },
  /** The button under the results: `next` more of the `hidden` ones not shown yet. */
  /** While the later pieces of a large directory load (or could not), in place of how many partners match. */
  partial: (searched: number, of: number, failed: boolean) =>
    failed
      ? `These results come from the first ${number.format(searched)} of ${partners(of)}: the others could not be loaded. Reload the page to search them all.`
      : `Results so far from the first ${number.format(searched)} of ${partners(of)}; the others are loading.`,
  showMore: (next: number, hidden: number) => `Show ${number.format(next)} more (${partners(hidden)} not shown)`,

  /** The list of partners without JavaScript, and its pages. */
  listing: {
    filterHeading: 'Filter partners',
    /** Name of the list of partners. */
    list: 'Partners',
    pages: 'Pages',
    previous: '← Previous',
    next: 'Next →',
    pageOf: (current: number, last: number) => `Page ${number.format(current)} of ${number.format(last)}`,
  },
  /** Read before a card's list of services by screen readers; ends with a space. */
  cardServices: 'Services: ',

  /** /partners/page/2/ and on: the whole directory in the order the search opens with. */
  allPages: {
    title: (current: number, last: number) =>
      `Find a partner, page ${number.format(current)} of ${number.format(last)}`,
    description: (vendor: string) =>
      `All ${vendor} partners, the fullest, most recently verified and best-rated profiles first.`,
    lead: (current: number, last: number) =>
      `All partners, the fullest, most recently verified and best-rated profiles first: page ${number.format(current)} of ${number.format(last)}.`,
    searchLink: 'Search and filter partners',
  },
  /** /partners/services/mail-migration/: the partners with one facet value. */
  facetPage: {
    title: (facet: string, value: string) => `${facet}: ${value}`,
    /** The document title: the page title, the page number after the first, the section. */
    documentTitle: (title: string, page: number) =>
      `${title}${page > 1 ? `, page ${number.format(page)}` : ''} · Partners`,
    description: (count: number, vendor: string, facet: string, value: string) =>
      `${number.format(count)} ${vendor} partners for ${facet.toLowerCase()}: ${value}.`,
    lead: (count: number) => `${partners(count)}.`,
    /** The lead of a listing cut short: its pages hold the first `shown` partners, the search all of them. */
    leadFirst: (count: number, shown: number) =>
      `${partners(count)}. These pages list the first ${number.format(shown)}; the search finds every one.`,
    searchLink: 'Search within these partners and combine filters',
  },
};
