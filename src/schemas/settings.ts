import { z } from 'astro/zod';
import { CLIENT_SIZE_ID } from '../lib/client-sizes';
import { currencyCode, httpUrl, moneyAmount, plainText, sitePath, translatable } from './shared';

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
  leadEndpoint: z
    .union([httpUrl(), z.literal('')])
    .default('')
    .describe(
      'Address the "Request a proposal" forms post to, on profiles, the directory and the comparison; leave empty to hide the forms',
    ),
  leadFormat: z
    .enum(['form-data', 'json'])
    .default('form-data')
    .describe('How the proposal request sends its data: as form fields or as JSON'),
  leadResponseDays: z
    .number()
    .int('Must be a whole number of days')
    .min(1, 'Must be at least 1')
    .max(30, 'Must be at most 30')
    .default(2)
    .describe('Business days within which partners answer a proposal request, promised after sending'),
  budgetRanges: z
    .array(
      z.object({
        upTo: moneyAmount()
          .min(1, 'Must be more than 0')
          .describe('Where this range ends, in the site currency; the next range starts here'),
      }),
    )
    .min(1, 'Add at least one range')
    .max(6, 'At most 6 ranges')
    .refine(
      (ranges) => ranges.every((range, i) => i === 0 || range.upTo > (ranges[i - 1]?.upTo ?? 0)),
      'List the ranges from smallest to largest',
    )
    .default([{ upTo: 100_000 }, { upTo: 500_000 }, { upTo: 2_000_000 }])
    .describe(
      'Budget ranges of the proposal request, smallest first: ends at 100000 and 500000 give "up to 100 000", "100 000 to 500 000" and "over 500 000"',
    ),
  clientSizes: translatable(
    z
      .array(
        z.object({
          id: z
            .string()
            .regex(CLIENT_SIZE_ID, 'Must be a range of users such as 11-50, or an open end such as 1001+')
            .describe('Range of users, such as 11-50 or 1001+: partners and reviews name the size by it'),
          label: translatable(plainText(40)).describe('How the size reads on the site, such as "11–50 users"'),
        }),
      )
      .min(1, 'Add at least one size')
      .max(8, 'At most 8 sizes')
      .refine(
        (sizes) => new Set(sizes.map((size) => size.id)).size === sizes.length,
        'Give each size a range of its own',
      ),
  ).describe(
    'Sizes of client company, smallest first: what partners say they serve, what a review says of its client, and a filter of the directory',
  ),
  reviewEndpoint: z
    .union([httpUrl(), z.literal('')])
    .default('')
    .describe('Address the "Review this partner" form on profiles posts to; leave empty to hide the form'),
  reviewFormat: z
    .enum(['form-data', 'json'])
    .default('form-data')
    .describe('How the review form sends its data: as form fields or as JSON'),
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
