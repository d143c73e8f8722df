import { z } from 'astro/zod';
import { PARTNER_MODELS } from '../lib/earnings';
import { plainText, sortOrder, translatable } from './shared';

export const partnerTypeSchema = z.object({
  name: translatable(plainText(60)).describe('Name of the partner type, such as Reseller'),
  order: sortOrder().describe('Position in lists of partner types; lower comes first'),
  summary: translatable(plainText(200)).describe('One sentence on what this kind of partner does'),
  fitsWho: translatable(plainText(300)).describe('Which companies this type suits'),
  howItEarns: translatable(plainText(300)).describe('How a partner of this type is paid'),
  partnerModel: z
    .enum(PARTNER_MODELS)
    .describe(
      'Whether this type mainly earns a referral commission or a resale discount; the calculator linked from the type’s page starts from it',
    ),
});

export type PartnerType = z.infer<typeof partnerTypeSchema>;
