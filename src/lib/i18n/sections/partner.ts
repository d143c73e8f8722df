import type { Locale } from '../locales';
import { partner as en } from '../en/partner';
import { partner as ru } from '../ru/partner';

export const partner: Record<Locale, typeof en> = { en, ru };
