import { z } from 'astro/zod';
import { plainText, ref, sortOrder, translatable } from './shared';

/** One question; the Markdown body is the answer. */
export const faqSchema = z.object({
  question: translatable(plainText(160)).describe('The question, as a prospective partner would ask it'),
  category: ref('faqCategories').describe('Group the question appears under on the FAQ page'),
  order: sortOrder().describe('Position within its category; lower comes first'),
});
