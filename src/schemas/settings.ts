import { z } from 'astro/zod';
import { currencyCode, httpUrl, plainText, sitePath, translatable } from './shared';

export const navigationItemSchema = z.object({
  label: translatable(plainText(40)).describe('Link text shown in the header'),
  href: sitePath().describe('Page the link opens, such as /tiers/'),
});

export const settingsSchema = z.object({
  siteName: translatable(plainText(80)).describe('Name of the portal, shown in the header and in page titles'),
  vendorName: translatable(plainText(80)).describe('Company that runs the partner program'),
  tagline: translatable(plainText(160)).describe('One sentence under the site name on the home page'),
  currency: currencyCode().describe('ISO 4217 code of the currency every price and payout is in, such as RUB'),
  contactEmail: z
    .email('Must be an email address')
    .describe('Address of the partner team, shown in the footer and on the application page'),
  applicationEndpoint: z
    .union([httpUrl(), z.literal('')])
    .default('')
    .describe(
      'Address the application form posts to (a CRM webhook or form service); leave empty to offer the contact email instead',
    ),
  applicationFormat: z
    .enum(['form-data', 'json'])
    .default('form-data')
    .describe('How the application form sends its data to the endpoint: as form fields or as JSON'),
  staleAfterMonths: z
    .number()
    .int('Must be a whole number of months')
    .min(1, 'Must be at least 1')
    .max(60, 'Must be at most 60')
    .default(12)
    .describe(
      'A partner profile verified longer ago than this many months asks visitors to check its details; the CMS filter of profiles to re-verify uses the same period',
    ),
  navigation: translatable(
    z.array(navigationItemSchema).min(1, 'Add at least one link').max(8, 'At most 8 links fit in the header'),
  ).describe('Links in the header, in order'),
});

export type Settings = z.infer<typeof settingsSchema>;
