import type { Locale } from '../locales.ts';
import { partner as en } from '../en/partner.ts';
import { partner as ru } from '../ru/partner.ts';

export const partner: Record<Locale, typeof en> = { en, ru };
