import type { Locale } from '../locales.ts';
import { home as en } from '../en/home.ts';
import { home as ru } from '../ru/home.ts';

export const home: Record<Locale, typeof en> = { en, ru };
