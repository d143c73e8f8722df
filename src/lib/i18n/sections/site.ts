import type { Locale } from '../locales.ts';
import { site as en } from '../en/site.ts';
import { site as ru } from '../ru/site.ts';

export const site: Record<Locale, typeof en> = { en, ru };
