import type { Locale } from '../locales';
import { search as en } from '../en/search';
import { search as ru } from '../ru/search';

export const search: Record<Locale, typeof en> = { en, ru };
