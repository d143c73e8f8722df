import type { Locale } from '../locales.ts';
import { lead as en } from '../en/lead.ts';
import { lead as ru } from '../ru/lead.ts';

export const lead: Record<Locale, typeof en> = { en, ru };
