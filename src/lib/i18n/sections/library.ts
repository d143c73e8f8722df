import type { Locale } from '../locales';
import { library as en } from '../en/library';
import { library as ru } from '../ru/library';

export const library: Record<Locale, typeof en> = { en, ru };
