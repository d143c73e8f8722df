import type { Locale } from '../locales.ts';
import { search as en } from '../en/search.ts';
import { search as ru } from '../ru/search.ts';

export const search: Record<Locale, typeof en> = { en, ru };
