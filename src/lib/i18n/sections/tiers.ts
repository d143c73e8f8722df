import type { Locale } from '../locales';
import { tiers as en } from '../en/tiers';
import { tiers as ru } from '../ru/tiers';

export const tiers: Record<Locale, typeof en> = { en, ru };
