import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { faqSchema } from './schemas/faq';
import { pageSchema } from './schemas/page';
import { partnerTypeSchema } from './schemas/partnerType';
import { planSchema } from './schemas/plan';
import { settingsSchema } from './schemas/settings';
import { languageSchema, regionSchema, taxonomySchema } from './schemas/taxonomy';
import { tierSchema } from './schemas/tier';

/** Every collection lives in a folder of `content/`, one file per entry; the file name is the entry id. */
const fromFolder = (folder: string, pattern = '*.{md,yaml,yml}') =>
  glob({ base: `./content/${folder}`, pattern });

export const collections = {
  settings: defineCollection({ loader: fromFolder('settings', '*.yaml'), schema: settingsSchema }),
  plans: defineCollection({ loader: fromFolder('plans', '*.yaml'), schema: planSchema }),
  tiers: defineCollection({ loader: fromFolder('tiers', '*.md'), schema: tierSchema }),
  partnerTypes: defineCollection({ loader: fromFolder('partner-types', '*.md'), schema: partnerTypeSchema }),
  pages: defineCollection({ loader: fromFolder('pages', '*.md'), schema: pageSchema }),
  faq: defineCollection({ loader: fromFolder('faq', '*.md'), schema: faqSchema }),
  faqCategories: defineCollection({ loader: fromFolder('faq-categories', '*.yaml'), schema: taxonomySchema }),
  services: defineCollection({ loader: fromFolder('services', '*.yaml'), schema: taxonomySchema }),
  industries: defineCollection({ loader: fromFolder('industries', '*.yaml'), schema: taxonomySchema }),
  regions: defineCollection({ loader: fromFolder('regions', '*.yaml'), schema: regionSchema }),
  languages: defineCollection({ loader: fromFolder('languages', '*.yaml'), schema: languageSchema }),
};
