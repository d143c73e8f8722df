import type { Locale } from '../locales.ts';
import { apply as en } from '../en/apply.ts';
import { apply as ru } from '../ru/apply.ts';

export const apply: Record<Locale, typeof en> = { en, ru };
