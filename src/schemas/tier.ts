import { z } from 'astro/zod';
import { hexColour, percentage, plainText, ref, sortOrder, translatable } from './shared';

export const tierSchema = z.object({
  name: translatable(plainText(40)).describe('Tier name, such as Gold'),
  order: sortOrder().describe('Rank of the tier; 1 is the entry tier, higher numbers are higher tiers'),
  summary: translatable(plainText(200)).describe('One sentence on who the tier is for'),
  requirements: translatable(
    z
      .array(
        z.object({
          label: translatable(plainText(60)).describe('What is required, such as Certified staff'),
          value: translatable(plainText(80)).describe('How much of it, such as 2 people'),
        }),
      )
      .min(1, 'List at least one requirement'),
  ).describe('What a partner must show to hold this tier'),
  resaleDiscount: percentage().describe('Discount off list price a reseller gets, in %'),
  referralCommission: percentage().describe('Share of customer payments paid for a referred customer, in %'),
  commissionMonths: z
    .number()
    .int('Must be a whole number of months')
    .min(0, 'Must be 0 or more')
    .max(120, 'Must be at most 120')
    .describe(
      'For how many months of a referred customer’s payments the commission is paid; 0 means for the customer’s lifetime',
    ),
  marketDevelopmentFunds: translatable(plainText(160)).describe(
    'Market development funds available, in words, such as "Up to 5% of annual partner revenue"',
  ),
  supportSla: translatable(plainText(120)).describe('Partner support response time, such as "4 business hours"'),
  leadSharing: z
    .boolean()
    .describe('Whether the vendor passes customer leads and lists the partner first in the directory'),
  internalLicences: z
    .object({
      plan: ref('plans').describe('Plan the free licences are for'),
      seats: z
        .number()
        .int('Must be a whole number')
        .min(0, 'Must be 0 or more')
        .describe('Number of free seats for the partner’s own staff'),
    })
    .describe('Free licences for the partner’s own team'),
  badgeColour: hexColour().describe('Colour of the tier badge, as #rrggbb'),
});

export type Tier = z.output<typeof tierSchema>;
