import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { entryId } from './lib/entry-id';
import { faqSchema } from './schemas/faq';
import { pageSchema } from './schemas/page';
import { partnerTypeSchema } from './schemas/partnerType';
import { planSchema } from './schemas/plan';
import { settingsSchema } from './schemas/settings';
import { partnerSchema } from './schemas/partner';
import { resourceSchema } from './schemas/resource';
import { languageSchema, regionSchema, taxonomySchema } from './schemas/taxonomy';
import { tierSchema } from './schemas/tier';

/**
 * Where each collection lives under `content/`: one file per entry, and the
 * file name (without extension) is the entry id that references use.
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
  partners: { folder: 'partners', extension: 'md' },
  topics: { folder: 'topics', extension: 'yaml' },
  resources: { folder: 'resources', extension: 'md' },
} as const;

const fromContent = (name: keyof typeof contentFiles, base = `./content/${contentFiles[name].folder}`) =>
  glob({ base, pattern: `*.${contentFiles[name].extension}`, generateId: ({ entry, base }) => entryId(entry, base) });

export const collections = {
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
  // PARTNERS_DIR points the build at another folder of partners, such as 10,000 generated ones for the benchmark.
  partners: defineCollection({ loader: fromContent('partners', process.env.PARTNERS_DIR), schema: partnerSchema }),
  topics: defineCollection({ loader: fromContent('topics'), schema: taxonomySchema }),
  resources: defineCollection({ loader: fromContent('resources'), schema: resourceSchema }),
};
