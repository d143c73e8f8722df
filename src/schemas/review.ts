import { z } from 'astro/zod';
import { DEFAULT_LOCALE, LOCALES } from '../lib/i18n/locales';
import { clientSize, pastDate, plainText, properName, ref } from './shared';

/**
 * A client's review of a partner. Clients send reviews through the form on
 * the profile; marketing checks that the reviewer is a client of that partner,
 * sets `verified` and publishes through the editorial workflow. Written in
 * one language, like profiles.
 */
export const reviewSchema = z
  .object({
    partner: ref('partners').describe('Partner the review is about'),
    rating: z
      .number()
      .int('Must be a whole number of stars')
      .min(1, 'Must be 1 to 5 stars')
      .max(5, 'Must be 1 to 5 stars')
      .describe('Stars the client gave, from 1 to 5'),
    title: plainText(100).describe('Headline of the review, in the client’s words'),
    text: plainText(2000).describe('The review as the client wrote it; blank lines separate paragraphs'),
    reviewerName: properName(80).describe('Name of the person who wrote the review'),
    reviewerRole: plainText(80).describe('Their job title, such as IT manager'),
    company: properName(120).describe('Client company the partner worked for'),
    companySize: clientSize().describe('How many people use Polynya at the client'),
    services: z
      .array(ref('services'))
      .min(1, 'Choose at least one service')
      .describe('Services the partner delivered on this project'),
    projectEnded: pastDate().describe('When the project ended'),
    published: pastDate().describe('When the review was published on the site'),
    verified: z
      .boolean()
      .default(false)
      .describe(
        'The vendor checked that the reviewer is a client of this partner; only verified reviews count in the rating',
      ),
    response: plainText(1000).optional().describe('The partner’s public answer, shown under the review'),
    writtenIn: z.enum(LOCALES).default(DEFAULT_LOCALE).describe('Language the review is written in'),
  })
  .refine((review) => review.published.getTime() >= review.projectEnded.getTime(), {
    message: 'Must not be before the project ended',
    path: ['published'],
  });

export type Review = z.infer<typeof reviewSchema>;
