import type { Locale } from '../locales';
import { site as en } from '../en/site';
import { site as ru } from '../ru/site';

export const site: Record<Locale, typeof en> = { en, ru };
