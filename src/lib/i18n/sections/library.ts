import type { Locale } from '../locales.ts';
import { library as en } from '../en/library.ts';
import { library as ru } from '../ru/library.ts';

export const library: Record<Locale, typeof en> = { en, ru };
