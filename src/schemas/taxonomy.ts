import { z } from 'astro/zod';
import { countryCode, plainText, sortOrder, translatable } from './shared';

/** Services, industries and FAQ categories: a label and a place in the list. The file name is the slug. */
export const taxonomySchema = z.object({
  label: translatable(plainText(60)).describe('Name shown to visitors'),
  order: sortOrder().default(100).describe('Position in lists and filters; lower comes first'),
});

export const regionSchema = taxonomySchema.extend({
  country: countryCode().describe('ISO 3166-1 code of the country the region belongs to, such as RU or KZ'),
});

export const languageSchema = taxonomySchema.extend({
  code: z
    .string()
    .regex(/^[a-z]{2,3}$/, 'Must be a two- or three-letter ISO 639 code such as ru or en')
    .describe('ISO 639 language code, used for the lang attribute'),
});

export type Taxonomy = z.infer<typeof taxonomySchema>;
export type Region = z.infer<typeof regionSchema>;
export type Language = z.infer<typeof languageSchema>;
