import { LOCALE_SETTINGS } from '../locales.ts';
import { plural } from '../plural.ts';

const forms = plural(LOCALE_SETTINGS.en.intl);

/** The enablement library: its listing and search, the filtered listings, each resource's page and the feed. */
export const library = {
  title: 'Enablement library',
  description: (vendor: string) =>
    `Sales playbooks, training, certification guides, marketing kits, case studies and price lists for ${vendor} partners.`,
  lead: (vendor: string) =>
    `Everything you need to sell, migrate and support ${vendor}: playbooks, training, certification, marketing kits, case studies and price lists. Newest first.`,
  feed: {
    /** The RSS feed's own title and description. */
    title: (siteName: string) => `${siteName}: enablement library`,
    description:
      'New and updated sales playbooks, training, certification guides, marketing kits and price lists for partners.',
    /** The feed as the library page announces it to browsers and feed readers. */
    linkTitle: 'New in the partner enablement library',
    follow: 'Follow what is new (RSS)',
  },
  /**
   * Each kind of resource, by the id `src/schemas/resource.ts` allows; the
   * filter, the resource page, the feed and the CMS (in English) show these.
   */
  types: {
    'sales-playbook': 'Sales playbook',
    'product-training': 'Product training',
    'certification-guide': 'Certification guide',
    'marketing-kit': 'Marketing kit',
    'case-study': 'Case study',
    'price-list': 'Price list',
    'webinar-recording': 'Webinar recording',
  },
  /** Titles of the filters, as the filter panel and the filter links show them. */
  facets: {
    type: 'Type',
    topic: 'Topic',
    audience: 'Partner type',
    tier: 'Available at tier',
  },
  sorts: {
    newest: 'Newest first',
    title: 'Title',
  },
  search: {
    label: 'Search resources',
    placeholder: 'Migration, commissions, price list…',
    /** Heading of the results, read by screen readers. */
    heading: 'Resources',
    /** How many resources match, and for what query, announced as they change. */
    status: (count: number, query: string) =>
      forms(count, { one: '# resource', other: '# resources' }) + (query ? ` for “${query}”` : ''),
    noMatch: 'No resource matches this search.',
    showAll: 'Show every resource',
  },
  /** Who may use a resource. */
  access: {
    public: 'Public',
    fromTier: (tier: string) => `${tier} and above`,
  },
  card: {
    /** Read by screen readers before the topics of a resource. */
    topics: 'Topics: ',
  },
  /** The library without JavaScript. */
  listing: {
    filters: 'Filter resources',
    results: 'Resources',
  },
  /** The listing of the resources with one filter value, such as /resources/topics/migration/. */
  filtered: {
    title: (facet: string, value: string) => `${facet}: ${value}`,
    pageTitle: (title: string) => `${title} · Enablement library`,
    description: (count: number, value: string) => `${count} partner resources for ${value}.`,
    eyebrow: 'Enablement library',
    lead: (count: number) => forms(count, { one: '# resource, newest first.', other: '# resources, newest first.' }),
    searchWithin: 'Search within these and combine filters',
  },
  /** A resource's own page. */
  resource: {
    published: 'Published',
    updated: 'updated',
    minutes: (minutes: number) => `${minutes} minutes`,
    getIt: 'Get it',
    openOn: (host: string) => `Open on ${host}`,
    meantFor: 'Meant for',
    everyPartner: 'Every partner (public)',
    partnerTypes: 'Partner types',
    allPartnerTypes: 'All',
    topics: 'Topics',
    related: 'Related resources',
  },
  /** A download as its link describes it: "PDF, 48 KB". */
  files: {
    image: (format: string) => `${format} image`,
    bytes: (size: string) => `${size} B`,
    kilobytes: (size: string) => `${size} KB`,
    megabytes: (size: string) => `${size} MB`,
  },
};
