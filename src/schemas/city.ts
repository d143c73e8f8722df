import { z } from 'astro/zod';
import { properName, ref, translatable } from './shared';

/** A coordinate in decimal degrees, at most five decimals (about a metre). */
const degrees = (limit: number, what: string) =>
  z
    .number(`Must be a number of degrees, such as ${what === 'latitude' ? '55.79' : '49.12'}`)
    .min(-limit, `Must be ${-limit} or more`)
    .max(limit, `Must be ${limit} or less`)
    .refine((value) => Number.isInteger(Math.round(value * 1e5 * 1e6) / 1e6), 'Use at most five decimals');

/** A city of the gazetteer: partners' offices point at one, and the directory measures distances from it. */
export const citySchema = z.object({
  name: translatable(properName(80)).describe('Name of the city as people write it'),
  latitude: degrees(90, 'latitude').describe(
    'Latitude of the city centre in decimal degrees, north positive, such as 55.79',
  ),
  longitude: degrees(180, 'longitude').describe(
    'Longitude of the city centre in decimal degrees, east positive, such as 49.12',
  ),
  region: ref('regions').describe('Region the city belongs to: partners working remotely across it serve the city'),
});

export type City = z.infer<typeof citySchema>;
