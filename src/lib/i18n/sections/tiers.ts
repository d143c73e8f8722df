import type { Locale } from '../locales.ts';
import { tiers as en } from '../en/tiers.ts';
import { tiers as ru } from '../ru/tiers.ts';

export const tiers: Record<Locale, typeof en> = { en, ru };
