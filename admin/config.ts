/**
 * The Decap CMS configuration, built from the content schemas: one CMS
 * collection per content collection, with fields derived by `fields.ts`.
 * Only what the schemas cannot know lives here: labels, list summaries,
 * sorting, filters and which text fields are uploads.
 */
import { collections, contentFiles, translatedCollections } from '../src/content.config';
import { catalogue } from '../src/lib/i18n/catalogue';
import { DEFAULT_LOCALE, LOCALES } from '../src/lib/i18n/locales';
import { MAX_DOWNLOAD_BYTES } from '../src/schemas/resource';
import { isoDay } from '../src/lib/dates';
import { staleCutoff } from '../src/lib/partners';
import { datesBefore } from './dates';
import { fieldsFromSchema, type CmsField, type FieldOverride } from './fields';

export type CollectionName = keyof typeof contentFiles;

interface CollectionSettings {
  label: string;
  labelSingular: string;
  /** Field that names an entry; new file names are made from it. */
  identifier: string;
  description: string;
  summary?: string;
  sortable?: string[];
  overrides?: Record<string, FieldOverride>;
  /** Label of the Markdown body, for collections stored as .md. */
  body?: { label: string; hint: string; required: boolean };
  /** A new entry's file name, when the identifier alone is not enough (Decap's slug template). */
  slug?: string;
}

/** Largest upload the media library accepts: the largest download the build accepts. */
export const MAX_UPLOAD_BYTES = MAX_DOWNLOAD_BYTES;

const taxonomy = (label: string, labelSingular: string, description: string): CollectionSettings => ({
  label,
  labelSingular,
  identifier: 'label',
  description,
  summary: '{{label}}',
  sortable: ['order', 'label'],
});

export const collectionSettings: Record<CollectionName, CollectionSettings> = {
  settings: {
    label: 'Site settings',
    labelSingular: 'Site settings',
    identifier: 'siteName',
    description: 'Name, currency, contact address, forms, client sizes and header links.',
    overrides: {
      clientSizes: { summary: '{{fields.label}}', labelSingular: 'size' },
      'clientSizes.id': { label: 'Users (range)' },
    },
  },
  plans: {
    label: 'Plans',
    labelSingular: 'Plan',
    identifier: 'name',
    description: 'Products and list prices. Commissions and discounts are calculated from these prices.',
    summary: '{{name}}: {{pricePerSeat}} per {{seatUnit}}',
    sortable: ['order', 'name', 'pricePerSeat'],
  },
  tiers: {
    label: 'Tiers',
    labelSingular: 'Tier',
    identifier: 'name',
    description: 'Partner tiers: requirements, discounts, commissions and benefits.',
    summary: '{{order}}. {{name}}: {{referralCommission}}% commission, {{resaleDiscount}}% discount',
    sortable: ['order', 'name'],
    overrides: {
      supportSla: { label: 'Support response time' },
      badgeColour: { widget: 'color' },
      requirements: { summary: '{{fields.label}}: {{fields.value}}', labelSingular: 'requirement' },
      resaleDiscount: { label: 'Resale discount (%)' },
      referralCommission: { label: 'Referral commission (%)' },
      internalLicences: { label: 'Internal licences' },
    },
    body: { label: 'Description', hint: 'Shown on the tier page under requirements and benefits', required: false },
  },
  partnerTypes: {
    label: 'Partner types',
    labelSingular: 'Partner type',
    identifier: 'name',
    description: 'Ways of working with Polynya Cloud, each with its own page.',
    summary: '{{name}}',
    sortable: ['order', 'name'],
    overrides: {
      fitsWho: { label: 'Who it fits' },
      howItEarns: { label: 'How it earns' },
      partnerModel: { optionLabels: { referral: 'Referral commission', resale: 'Resale discount' } },
    },
    body: { label: 'Page text', hint: 'Shown on the partner type page', required: false },
  },
  pages: {
    label: 'Program pages',
    labelSingular: 'Page',
    identifier: 'title',
    description: 'Home, program, terms and about pages.',
    summary: '{{title}}',
    sortable: ['order', 'title'],
    overrides: { highlights: { summary: '{{fields.title}}', labelSingular: 'highlight' } },
    body: { label: 'Page text', hint: 'The body of the page, in Markdown', required: true },
  },
  faq: {
    label: 'FAQ',
    labelSingular: 'Question',
    identifier: 'question',
    description: 'Questions and answers on the FAQ page, grouped by category.',
    summary: '{{question}}',
    sortable: ['category', 'order', 'question'],
    body: { label: 'Answer', hint: 'The answer, in Markdown', required: true },
  },
  faqCategories: taxonomy('FAQ categories', 'FAQ category', 'Groups of questions on the FAQ page.'),
  services: taxonomy('Services', 'Service', 'Services partners offer; a filter in the directory.'),
  industries: taxonomy('Industries', 'Industry', 'Industries partners specialise in; a filter in the directory.'),
  regions: taxonomy('Regions', 'Region', 'Regions partners serve; a filter in the directory.'),
  languages: taxonomy('Languages', 'Language', 'Languages partners work in; a filter in the directory.'),
  cities: {
    label: 'Cities',
    labelSingular: 'City',
    identifier: 'name',
    description:
      'Cities partners have offices in; the directory measures distances from them and offers them under "Near".',
    summary: '{{name}} ({{region}})',
    sortable: ['name', 'region'],
  },
  partners: {
    label: 'Partners',
    labelSingular: 'Partner',
    identifier: 'name',
    description: 'Profiles in the partner directory. Check a profile with the partner before you publish it.',
    summary: '{{name}} ({{tier}}), verified {{verified}}',
    sortable: ['name', 'verified', 'tier'],
    overrides: {
      offices: { summary: '{{fields.city}}', labelSingular: 'office' },
      remote: { label: 'Works remotely across its regions' },
      acceptingClients: { label: 'Taking new clients' },
      clientSizes: { label: 'Client sizes (users)' },
      minProject: { label: 'Smallest project' },
      logo: { widget: 'image' },
      website: { label: 'Website' },
      certifiedStaff: { label: 'Certified staff' },
      since: { label: 'Partner since' },
      caseStudies: { summary: '{{fields.title}}', labelSingular: 'case study' },
      featured: { label: 'Featured on the home page' },
    },
    body: { label: 'Profile', hint: 'About the company, in Markdown. Shown on the profile page.', required: false },
  },
  reviews: {
    label: 'Reviews',
    labelSingular: 'Review',
    identifier: 'title',
    description:
      'Clients’ reviews of partners, sent from the form on each profile. Check with the partner that the reviewer is their client, then tick "Verified client" and publish: only verified reviews count in the rating.',
    summary: '{{rating}}★ {{partner}}: {{title}}, {{published}}',
    sortable: ['published', 'rating', 'partner'],
    slug: '{{fields.partner}}-{{slug}}',
    overrides: {
      rating: { label: 'Rating (stars)' },
      reviewerName: { label: 'Reviewer' },
      reviewerRole: { label: 'Reviewer’s role' },
      company: { label: 'Client company' },
      companySize: { label: 'Client size (users)' },
      projectEnded: { label: 'Project ended' },
      verified: { label: 'Verified client' },
      response: { label: 'Partner’s response' },
    },
  },
  topics: taxonomy('Topics', 'Topic', 'Subjects of enablement resources; a filter in the library.'),
  resources: {
    label: 'Resources',
    labelSingular: 'Resource',
    identifier: 'title',
    description: 'Enablement materials in the partner library.',
    summary: '{{title}} ({{type}}), {{published}}',
    sortable: ['title', 'published', 'type'],
    overrides: {
      type: { optionLabels: catalogue('en').library.types },
      minimumTier: { label: 'Minimum tier' },
      durationMinutes: { label: 'Duration (minutes)' },
      downloads: { summary: '{{fields.label}}', labelSingular: 'download' },
      'downloads.file': { widget: 'file' },
    },
    body: { label: 'Description', hint: 'What the resource covers, in Markdown', required: false },
  },
};

const displayFieldOf = (collection: string) => {
  const settings = collectionSettings[collection as CollectionName];
  if (!settings) throw new Error(`References point at an unknown collection "${collection}"`);
  return settings.identifier;
};

function schemaFor(name: CollectionName) {
  const schema = collections[name].schema;
  if (!schema || typeof schema === 'function') throw new Error(`Collection ${name} has no plain schema`);
  return schema;
}

/** An entry an editor can pick in a reference field: its id and what it is called. */
export interface Choice {
  id: string;
  label: string;
}

/**
 * The lookup lists and program collections, which references point at: small
 * enough to list in the configuration, so their fields are selects that
 * filter as the editor types. Partners and resources are searched instead.
 */
export const LISTED_COLLECTIONS = [
  'tiers',
  'plans',
  'partnerTypes',
  'services',
  'industries',
  'regions',
  'languages',
  'cities',
  'topics',
  'faqCategories',
] as const satisfies readonly CollectionName[];

/**
 * What fields pick from: the entries of the listed collections, by label, and the client sizes of site settings,
 * in their order.
 */
export type Choices = Partial<Record<CollectionName | 'clientSizes', Choice[]>>;

/** The entries of a collection as choices, named by the field that names them in the CMS. */
export function choicesOf(name: CollectionName, entries: { id: string; data: object }[]): Choice[] {
  const identifier = collectionSettings[name].identifier;
  return entries.map(({ id, data }) => ({ id, label: String((data as Record<string, unknown>)[identifier] ?? id) }));
}

const byLabel = (choices: Choice[]) =>
  [...choices]
    .sort((a, b) => a.label.localeCompare(b.label, 'en') || a.id.localeCompare(b.id))
    .map(({ id, label }) => ({ label, value: id }));

/** Every field of a collection as the CMS edits it, body included; references to listed collections pick from `choices`. */
export function collectionFields(name: CollectionName, choices: Choices = {}): CmsField[] {
  const settings = collectionSettings[name];
  const translated = isTranslated(name);
  const fields = fieldsFromSchema(schemaFor(name), {
    overrides: settings.overrides,
    displayFieldOf,
    maxUploadBytes: MAX_UPLOAD_BYTES,
    translated,
    choicesOf: (collection) => {
      const listed = choices[collection as keyof Choices];
      if (collection === 'clientSizes') return listed?.map(({ id, label }) => ({ label, value: id }));
      return listed && byLabel(listed);
    },
  });
  if (settings.body) {
    // Markdown as typed: the rich-text mode would escape what an editor types as Markdown ("## Heading" saved
    // as "\\#\\# Heading"), while every hint and the site read the body as Markdown.
    fields.push({
      name: 'body',
      widget: 'markdown',
      modes: ['raw'],
      ...settings.body,
      ...(translated ? { i18n: true as const } : {}),
    });
  }
  return fields;
}

/** Whether the collection's entries are edited in every language (partners write in one of their own). */
const isTranslated = (name: CollectionName): boolean => (translatedCollections as readonly string[]).includes(name);

/**
 * Decap's languages: each entry's files in content/<collection>/<language>/,
 * which is where the build reads them (`contentFolder`).
 */
const i18n = { structure: 'multiple_folders', locales: [...LOCALES], default_locale: DEFAULT_LOCALE };

export interface BackendSettings {
  /** `github` or `git-gateway`. */
  name: string;
  repo: string;
  branch: string;
  /** OAuth proxy for the GitHub backend, such as https://oauth.example.com. */
  baseUrl?: string;
  authEndpoint?: string;
}

/** Backend settings for a deployed site, from environment variables set where the site is built. */
export function backendFromEnv(env: Record<string, string | undefined>): BackendSettings {
  const name = env.CMS_BACKEND ?? 'github';
  if (name !== 'github' && name !== 'git-gateway') {
    throw new Error(`CMS_BACKEND must be github or git-gateway, not "${name}"`);
  }
  return {
    name,
    repo: env.CMS_REPO ?? 'polynya/partner-portal',
    branch: env.CMS_BRANCH ?? 'main',
    ...(env.CMS_OAUTH_BASE_URL ? { baseUrl: env.CMS_OAUTH_BASE_URL } : {}),
    ...(env.CMS_OAUTH_ENDPOINT ? { authEndpoint: env.CMS_OAUTH_ENDPOINT } : {}),
  };
}

function folderCollection(name: CollectionName, choices: Choices, stale: { before: string; months: number }) {
  const settings = collectionSettings[name];
  const { folder, extension } = contentFiles[name];
  const collection: Record<string, unknown> = {
    name,
    label: settings.label,
    label_singular: settings.labelSingular,
    description: settings.description,
    folder: `content/${folder}`,
    extension,
    format: extension === 'md' ? 'frontmatter' : 'yaml',
    // The site settings are one entry, edited in every language: a folder collection (Decap's i18n folders work
    // for those only) that cannot grow or lose its entry.
    create: name !== 'settings',
    delete: name !== 'settings',
    identifier_field: settings.identifier,
    slug: settings.slug ?? '{{slug}}',
    summary: settings.summary,
    // Collections with an editorial order open in that order (tiers from the entry tier up).
    sortable_fields: settings.sortable?.map((field) =>
      field === 'order' ? { field, label: 'Order', default_sort: 'asc' } : field,
    ),
    ...(isTranslated(name) ? { i18n: true } : {}),
    fields: collectionFields(name, choices),
  };
  if (name === 'partners') {
    collection.view_filters = [
      ...(choices.tiers ?? []).map((tier) => ({ label: `${tier.label} tier`, field: 'tier', pattern: `^${tier.id}$` })),
      { label: `Verified more than ${stale.months} months ago`, field: 'verified', pattern: datesBefore(stale.before) },
      { label: 'Featured', field: 'featured', pattern: 'true' },
    ];
    collection.view_groups = [
      { label: 'Tier', field: 'tier' },
      { label: 'Verified in', field: 'verified', pattern: '\\d{4}' },
    ];
  }
  if (name === 'resources') {
    collection.view_groups = [{ label: 'Type', field: 'type' }];
  }
  if (name === 'reviews') {
    collection.view_filters = [
      { label: 'Not verified yet', field: 'verified', pattern: 'false' },
      { label: 'Critical (3 stars or fewer)', field: 'rating', pattern: '^[123]$' },
    ];
    collection.view_groups = [
      { label: 'Partner', field: 'partner' },
      { label: 'Rating', field: 'rating' },
    ];
  }
  if (name === 'settings') collection.editor = { preview: false };
  return collection;
}

export interface ConfigInput {
  siteUrl: string;
  /** The entries of the listed collections, tiers in tier order (the partners' view filters follow it). */
  choices: Choices;
  today: Date;
  /** From site settings: how old a verification may be before the profile needs checking. */
  staleAfterMonths: number;
  backend: BackendSettings;
}

/**
 * The sidebar, by what editors touch most: partners and resources first, the
 * program pages and terms next, the lookup lists (labels of services, regions
 * and the like) last. Settings come first, as one entry.
 */
export const SIDEBAR_ORDER = [
  'partners',
  'reviews',
  'resources',
  'pages',
  'faq',
  'tiers',
  'plans',
  'partnerTypes',
  'services',
  'industries',
  'regions',
  'cities',
  'languages',
  'topics',
  'faqCategories',
] as const satisfies readonly Exclude<CollectionName, 'settings'>[];

/** How Decap turns a new entry's title into its file name: Latin letters, digits and dashes (see slug-letters.ts). */
export const SLUG = { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' } as const;

/** The whole configuration Decap CMS loads from /admin/config.yml. */
export function cmsConfig({ siteUrl, choices, today, staleAfterMonths, backend }: ConfigInput) {
  const stale = { before: isoDay(staleCutoff(today, staleAfterMonths)), months: staleAfterMonths };
  return {
    backend: { ...backend, squash_merges: true, commit_messages: commitMessages },
    publish_mode: 'editorial_workflow',
    i18n,
    site_url: siteUrl,
    display_url: siteUrl,
    logo_url: '/favicon.svg',
    locale: 'en',
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    slug: SLUG,
    // Nothing is deployed per draft when editing locally or through the Git host: no "Check for Preview".
    show_preview_links: false,
    collections: [
      folderCollection('settings', choices, stale),
      ...SIDEBAR_ORDER.map((name) => folderCollection(name, choices, stale)),
    ],
  };
}

const commitMessages = {
  create: 'Add {{collection}} “{{slug}}”',
  update: 'Update {{collection}} “{{slug}}”',
  delete: 'Delete {{collection}} “{{slug}}”',
  uploadMedia: 'Upload “{{path}}”',
  deleteMedia: 'Delete “{{path}}”',
};
