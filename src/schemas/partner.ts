import { z } from 'astro/zod';
import { DEFAULT_LOCALE, LOCALES } from '../lib/i18n/locales';
import { PHONE_NUMBER } from '../lib/text';
import { clientSize, httpUrl, moneyAmount, pastDate, plainText, properName, ref } from './shared';

const FIRST_YEAR = 1990;

const references = <C extends 'partnerTypes' | 'regions' | 'services' | 'industries' | 'languages'>(collection: C) =>
  z.array(ref(collection));

export const partnerSchema = z.object({
  name: properName(120).describe('Company name as customers know it'),
  tier: ref('tiers').describe('Current partner tier'),
  types: references('partnerTypes')
    .min(1, 'Choose at least one partner type')
    .describe('How the partner works with Polynya Cloud'),
  regions: references('regions')
    .min(1, 'Choose at least one region')
    .describe('Regions where the partner serves clients'),
  services: references('services').min(1, 'Choose at least one service').describe('Services the partner offers'),
  languages: references('languages').min(1, 'Choose at least one language').describe('Languages the partner works in'),
  industries: references('industries').default([]).describe('Industries the partner specialises in'),
  summary: plainText(200).describe('One or two sentences shown in search results, at most 200 characters'),
  writtenIn: z
    .enum(LOCALES)
    .default(DEFAULT_LOCALE)
    .describe('Language the profile is written in; pages in the other language show it as written, with a note'),
  verified: pastDate().describe('Date the partner team last checked this profile'),
  offices: z
    .array(
      z.object({
        city: ref('cities').describe('City of the office, from the list of cities'),
        address: plainText(160)
          .optional()
          .describe('Street address as written on a letter, such as "ul. Lenina 12, office 4" (optional)'),
      }),
    )
    .min(1, 'Add at least one office')
    .max(5, 'At most 5 offices')
    .describe('Offices, the headquarters first; the directory measures distances to the nearest one'),
  remote: z
    .boolean()
    .default(false)
    .describe('Works with clients remotely anywhere in its regions, not only near its offices'),
  acceptingClients: z
    .boolean()
    .default(true)
    .describe('Takes on new clients now; switch off while the partner is fully booked'),
  clientSizes: z
    .array(clientSize())
    .min(1, 'Choose at least one client size')
    .refine((sizes) => new Set(sizes).size === sizes.length, 'Choose each size once')
    .describe('Sizes of client company the partner serves, in users'),
  minProject: moneyAmount()
    .optional()
    .describe('Smallest project the partner takes on, in the site currency; leave empty when there is no minimum'),
  website: httpUrl().optional().describe('Website, starting with https:// or http://'),
  email: z.email('Must be an email address').optional().describe('Address for new client enquiries'),
  phone: z
    .string()
    .regex(PHONE_NUMBER, 'Must be a phone number such as +7 495 123-45-67')
    .optional()
    .describe('Phone number for new client enquiries, in international format'),
  logo: z
    .string()
    .regex(
      /^\/uploads\/[\w.-]+\.(?:svg|png|jpe?g|webp|SVG|PNG|JPE?G|WEBP)$/,
      'Must be an image uploaded to /uploads/ (SVG, PNG, JPEG or WebP)',
    )
    .optional()
    .describe('Logo image, square, at least 160 × 160 pixels'),
  certifiedStaff: z
    .number()
    .int('Must be a whole number')
    .min(0, 'Must be 0 or more')
    .max(100_000, 'Must be at most 100,000')
    .optional()
    .describe('Number of employees holding a current Polynya certification'),
  since: z
    .number()
    .int('Must be a year such as 2019')
    .min(FIRST_YEAR, `Must be ${FIRST_YEAR} or later`)
    .refine((year) => year <= new Date().getFullYear(), 'Must not be in the future')
    .optional()
    .describe('Year the company became a Polynya partner'),
  caseStudies: z
    .array(
      z.object({
        title: plainText(120).describe('Title of the case study'),
        summary: plainText(400).describe('What was done and the result, in two or three sentences'),
        url: httpUrl().optional().describe('Link to the full story, if published'),
      }),
    )
    .max(10, 'At most 10 case studies')
    .default([])
    .describe('Client projects the partner can show'),
  featured: z.boolean().default(false).describe('Highlight this partner on the home page'),
});

export type Partner = z.infer<typeof partnerSchema>;
