import { z } from 'astro/zod';
import { moneyAmount, plainText, sortOrder, translatable } from './shared';

export const planSchema = z
  .object({
    name: translatable(plainText(60)).describe('Product name as customers see it'),
    order: sortOrder().describe('Position in lists of plans; lower comes first'),
    pricePerSeat: moneyAmount().describe(
      'List price per seat per month in the site currency, for example 250 or 249.90',
    ),
    seatUnit: translatable(plainText(30)).describe('What one seat is called, in the singular: mailbox, user'),
    description: translatable(plainText(300)).describe('One or two sentences on what the plan includes'),
    sellableByPartners: z
      .boolean()
      .describe('Whether partners may sell or refer this plan; free plans are not, and never count toward earnings'),
  })
  .refine((plan) => !plan.sellableByPartners || plan.pricePerSeat > 0, {
    path: ['pricePerSeat'],
    message: 'A plan sold by partners must have a price above 0',
  });

export type Plan = z.infer<typeof planSchema>;
