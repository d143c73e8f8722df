import type { Locale } from '../locales.ts';
import { compare as en } from '../en/compare.ts';
import { compare as ru } from '../ru/compare.ts';

export const compare: Record<Locale, typeof en> = { en, ru };
