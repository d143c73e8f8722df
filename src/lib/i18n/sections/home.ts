import type { Locale } from '../locales';
import { home as en } from '../en/home';
import { home as ru } from '../ru/home';

export const home: Record<Locale, typeof en> = { en, ru };
