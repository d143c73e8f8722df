import { z } from 'astro/zod';
import { plainText, sortOrder, translatable } from './shared';

export const pageSchema = z.object({
  title: translatable(plainText(80)).describe('Page heading and browser tab title'),
  description: translatable(plainText(200)).describe('One sentence for search engines and link previews'),
  order: sortOrder().describe('Position among the program pages; lower comes first'),
  highlights: translatable(
    z
      .array(
        z.object({
          title: translatable(plainText(60)).describe('Short heading of the point'),
          text: translatable(plainText(240)).describe('One or two sentences'),
        }),
      )
      .max(6, 'At most 6 highlights')
      .default([]),
  ).describe('Key points shown as cards above the body (the home page uses them for "Why partner")'),
});

export type Page = z.infer<typeof pageSchema>;
