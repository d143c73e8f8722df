import type { Locale } from '../locales.ts';
import { reviews as en } from '../en/reviews.ts';
import { reviews as ru } from '../ru/reviews.ts';

export const reviews: Record<Locale, typeof en> = { en, ru };
