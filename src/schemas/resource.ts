import { existsSync, statSync } from 'node:fs';
import { z } from 'astro/zod';
import { httpUrl, pastDate, plainText, ref, translatable } from './shared';

/** The kinds of resource; their labels, in each language, are the interface catalogue's `library.types`. */
export const resourceTypes = [
  'sales-playbook',
  'product-training',
  'certification-guide',
  'marketing-kit',
  'case-study',
  'price-list',
  'webinar-recording',
] as const;

/** Largest download accepted, so a partner on a slow line can still fetch it. */
export const MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024;

/** A file under public/uploads/, which must exist when the site is built. */
const uploadedFile = () =>
  z
    .string()
    .regex(
      /^\/uploads\/[\w.-]+\.(?:pdf|csv|xlsx|docx|pptx|zip|png|jpe?g|svg|PDF|CSV|XLSX|DOCX|PPTX|ZIP|PNG|JPE?G|SVG)$/,
      'Must be a file in /uploads/ (PDF, CSV, XLSX, DOCX, PPTX, ZIP or an image)',
    )
    .refine((path) => existsSync(`public${path}`), 'No such file in public/uploads/')
    .refine(
      (path) => !existsSync(`public${path}`) || statSync(`public${path}`).size <= MAX_DOWNLOAD_BYTES,
      'Files must be at most 20 MB',
    );

export const resourceSchema = z
  .object({
    title: translatable(plainText(120)).describe('Title as partners see it in the library'),
    type: z.enum(resourceTypes).describe('Kind of material'),
    topics: z.array(ref('topics')).min(1, 'Choose at least one topic').describe('What the material is about'),
    audience: z
      .array(ref('partnerTypes'))
      .default([])
      .describe('Partner types it is written for; leave empty for every partner'),
    minimumTier: ref('tiers').optional().describe('Lowest tier that may use it; leave empty for a public resource'),
    published: pastDate().describe('Date first published'),
    updated: pastDate().optional().describe('Date of the last substantial update'),
    summary: translatable(plainText(240)).describe('One or two sentences shown in the library list'),
    downloads: translatable(
      z.array(
        z.object({
          label: translatable(plainText(80)).describe('What the file is, such as "Playbook (PDF)"'),
          file: uploadedFile().describe('The file, uploaded to /uploads/'),
        }),
      ),
    )
      .default([])
      .describe('Files to download'),
    link: httpUrl().optional().describe('External page, such as a video recording'),
    durationMinutes: z
      .number()
      .int('Must be a whole number of minutes')
      .min(1, 'Must be at least 1 minute')
      .max(600, 'Must be at most 600 minutes')
      .optional()
      .describe('Length of a training or recording, in minutes'),
  })
  .refine((resource) => resource.downloads.length > 0 || resource.link !== undefined, {
    path: ['downloads'],
    message: 'Add a download or an external link',
  })
  .refine((resource) => !resource.updated || resource.updated.getTime() >= resource.published.getTime(), {
    path: ['updated'],
    message: 'Must not be before the publication date',
  });
