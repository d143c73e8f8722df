import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { entryId } from './lib/entry-id';
import { DEFAULT_LOCALE, TRANSLATED_LOCALES, type Locale, type TranslatedLocale } from './lib/i18n/locales';
import { translationSchema } from './lib/i18n/translations';
import { faqSchema } from './schemas/faq';
import { pageSchema } from './schemas/page';
import { partnerTypeSchema } from './schemas/partnerType';
import { planSchema } from './schemas/plan';
import { settingsSchema } from './schemas/settings';
import { partnerSchema } from './schemas/partner';
import { resourceSchema } from './schemas/resource';
import { reviewSchema } from './schemas/review';
import { citySchema } from './schemas/city';
import { languageSchema, regionSchema, taxonomySchema } from './schemas/taxonomy';
import { tierSchema } from './schemas/tier';

/**
 * Where each collection lives under `content/`: one file per entry in each
 * language's folder (`contentFolder`), and the file name (without extension)
 * is the entry id that references use.
 */
export const contentFiles = {
  settings: { folder: 'settings', extension: 'yaml' },
  plans: { folder: 'plans', extension: 'yaml' },
  tiers: { folder: 'tiers', extension: 'md' },
  partnerTypes: { folder: 'partner-types', extension: 'md' },
  pages: { folder: 'pages', extension: 'md' },
  faq: { folder: 'faq', extension: 'md' },
  faqCategories: { folder: 'faq-categories', extension: 'yaml' },
  services: { folder: 'services', extension: 'yaml' },
  industries: { folder: 'industries', extension: 'yaml' },
  regions: { folder: 'regions', extension: 'yaml' },
  languages: { folder: 'languages', extension: 'yaml' },
  cities: { folder: 'cities', extension: 'yaml' },
  partners: { folder: 'partners', extension: 'md' },
  reviews: { folder: 'reviews', extension: 'yaml' },
  topics: { folder: 'topics', extension: 'yaml' },
  resources: { folder: 'resources', extension: 'md' },
} as const;

/** Collections whose entries are written in one language each (`writtenIn`): partners, and their clients' reviews. */
export const OWN_LANGUAGE = ['partners', 'reviews'] as const;
type OwnLanguageCollection = (typeof OWN_LANGUAGE)[number];
const inOwnLanguage = (name: string): name is OwnLanguageCollection =>
  (OWN_LANGUAGE as readonly string[]).includes(name);

/**
 * The folder of a collection's files in a language: content/tiers/en/ and
 * content/tiers/ru/ for a translated collection, content/partners/ for a
 * collection written in one language of each entry's own.
 */
export function contentFolder(name: keyof typeof contentFiles, locale: Locale = DEFAULT_LOCALE): string {
  const { folder } = contentFiles[name];
  return inOwnLanguage(name) ? `content/${folder}` : `content/${folder}/${locale}`;
}

const fromContent = (name: keyof typeof contentFiles, base = `./${contentFolder(name)}`) =>
  glob({ base, pattern: `*.${contentFiles[name].extension}`, generateId: ({ entry, base }) => entryId(entry, base) });

export const schemas = {
  settings: settingsSchema,
  plans: planSchema,
  tiers: tierSchema,
  partnerTypes: partnerTypeSchema,
  pages: pageSchema,
  faq: faqSchema,
  faqCategories: taxonomySchema,
  services: taxonomySchema,
  industries: taxonomySchema,
  regions: regionSchema,
  languages: languageSchema,
  cities: citySchema,
  partners: partnerSchema,
  reviews: reviewSchema,
  topics: taxonomySchema,
  resources: resourceSchema,
};

/** Collections whose entries have their words in every language. */
export type TranslatedCollection = Exclude<keyof typeof contentFiles, OwnLanguageCollection>;
export const translatedCollections = (Object.keys(contentFiles) as (keyof typeof contentFiles)[]).filter(
  (name): name is TranslatedCollection => !inOwnLanguage(name),
);

/**
 * Whether every entry needs its translation (the build fails naming the
 * missing file), or shows the original with a note until it has one. The
 * program, its terms and the lookup lists must read whole in each language;
 * a new library resource may be published before it is translated.
 */
export const TRANSLATION_REQUIRED: Record<TranslatedCollection, boolean> = {
  settings: true,
  plans: true,
  tiers: true,
  partnerTypes: true,
  pages: true,
  faq: true,
  faqCategories: true,
  services: true,
  industries: true,
  regions: true,
  languages: true,
  cities: true,
  topics: true,
  resources: false,
};

/** The collection of an entry's words in another language: `tiers_ru` holds content/tiers/ru/*.md. */
export const translationCollection = <C extends TranslatedCollection, L extends TranslatedLocale>(name: C, locale: L) =>
  `${name}_${locale}` as const;

const translationConfig = (name: TranslatedCollection, locale: TranslatedLocale) =>
  defineCollection({
    loader: fromContent(name, `./${contentFolder(name, locale)}`),
    schema: translationSchema(schemas[name]),
  });

const translationCollections = Object.fromEntries(
  translatedCollections.flatMap((name) =>
    TRANSLATED_LOCALES.map((locale) => [translationCollection(name, locale), translationConfig(name, locale)]),
  ),
) as Record<`${TranslatedCollection}_${TranslatedLocale}`, ReturnType<typeof translationConfig>>;

export const collections = {
  ...translationCollections,
  settings: defineCollection({ loader: fromContent('settings'), schema: settingsSchema }),
  plans: defineCollection({ loader: fromContent('plans'), schema: planSchema }),
  tiers: defineCollection({ loader: fromContent('tiers'), schema: tierSchema }),
  partnerTypes: defineCollection({ loader: fromContent('partnerTypes'), schema: partnerTypeSchema }),
  pages: defineCollection({ loader: fromContent('pages'), schema: pageSchema }),
  faq: defineCollection({ loader: fromContent('faq'), schema: faqSchema }),
  faqCategories: defineCollection({ loader: fromContent('faqCategories'), schema: taxonomySchema }),
  services: defineCollection({ loader: fromContent('services'), schema: taxonomySchema }),
  industries: defineCollection({ loader: fromContent('industries'), schema: taxonomySchema }),
  regions: defineCollection({ loader: fromContent('regions'), schema: regionSchema }),
  languages: defineCollection({ loader: fromContent('languages'), schema: languageSchema }),
  cities: defineCollection({ loader: fromContent('cities'), schema: citySchema }),
  // PARTNERS_DIR points the build at another folder of partners, such as 10,000 generated ones for the benchmark,
  // with their reviews in its reviews/ folder.
  partners: defineCollection({ loader: fromContent('partners', process.env.PARTNERS_DIR), schema: partnerSchema }),
  reviews: defineCollection({
    loader: fromContent('reviews', process.env.PARTNERS_DIR && `${process.env.PARTNERS_DIR}/reviews`),
    schema: reviewSchema,
  }),
  topics: defineCollection({ loader: fromContent('topics'), schema: taxonomySchema }),
  resources: defineCollection({ loader: fromContent('resources'), schema: resourceSchema }),
};
