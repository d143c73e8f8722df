import type { Locale } from '../locales';
import { commission as en } from '../en/commission';
import { commission as ru } from '../ru/commission';

export const commission: Record<Locale, typeof en> = { en, ru };
