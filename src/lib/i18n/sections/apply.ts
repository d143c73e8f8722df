import type { Locale } from '../locales';
import { apply as en } from '../en/apply';
import { apply as ru } from '../ru/apply';

export const apply: Record<Locale, typeof en> = { en, ru };
