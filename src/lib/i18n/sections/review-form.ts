import type { Locale } from '../locales.ts';
import { reviewForm as en } from '../en/review-form.ts';
import { reviewForm as ru } from '../ru/review-form.ts';

export const reviewForm: Record<Locale, typeof en> = { en, ru };
