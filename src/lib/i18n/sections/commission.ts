import type { Locale } from '../locales.ts';
import { commission as en } from '../en/commission.ts';
import { commission as ru } from '../ru/commission.ts';

export const commission: Record<Locale, typeof en> = { en, ru };
